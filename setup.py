"""Compiles the modules that read postings and score fit with mypyc, for speed; everything else is in
pyproject.toml. OFFERGAP_PURE_PYTHON=1 skips the compiling (the modules then run as plain Python), and so does
a machine without a C compiler: the extensions are optional."""

from __future__ import annotations

import os

from setuptools import Extension, setup

# the ranking path: reading postings and resumes and scoring the fit. Not skills.py: its Taxonomy is pickled to
# the disk cache, and a class mypyc compiles cannot be unpickled without its constructor's arguments.
COMPILED = [
    "src/offergap/analysis/phrase_spans.py",
    "src/offergap/analysis/posting_text.py",
    "src/offergap/analysis/posting_layout.py",
    "src/offergap/analysis/posting_levels.py",
    "src/offergap/analysis/posting_credentials.py",
    "src/offergap/analysis/official_languages.py",
    "src/offergap/analysis/posting_rejections.py",
    "src/offergap/analysis/postings.py",
    "src/offergap/analysis/resumes.py",
    "src/offergap/analysis/work_rights.py",
    "src/offergap/analysis/fit.py",
]


def compiled_modules() -> list[Extension]:
    if os.environ.get("OFFERGAP_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify

    extensions = mypycify(COMPILED, opt_level="3")
    for extension in extensions:
        extension.optional = True  # no compiler: the plain Python modules are used
    return extensions


setup(ext_modules=compiled_modules())
