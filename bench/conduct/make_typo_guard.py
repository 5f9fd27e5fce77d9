"""Print the real English words one edit away from a typo-repair target (run when FUZZY_TARGETS changes).

The output replaces `_REAL_WORD_NEIGHBOURS` in src/offergap/analysis/textutil_conduct.py, so that a real
word such as "remove" is never "repaired" into the cue word "remote". Needs a word list (Debian's
wamerican package: /usr/share/dict/words) at development time only; the program never reads it.

    python bench/conduct/make_typo_guard.py [/usr/share/dict/words]
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from offergap.analysis.textutil_conduct import FUZZY_TARGETS, _within_one_edit


def real_word_neighbours(dictionary: Path) -> list[str]:
    vocabulary = {w.strip().lower() for w in dictionary.read_text(encoding="utf-8", errors="ignore").split()}
    vocabulary = {w for w in vocabulary if w.isalpha() and len(w) >= 4}
    by_length: dict[int, list[str]] = {}
    for target in FUZZY_TARGETS:
        by_length.setdefault(len(target), []).append(target)
    found = set()
    for word in vocabulary - FUZZY_TARGETS:
        near = [t for n in (len(word) - 1, len(word), len(word) + 1) for t in by_length.get(n, [])]
        if any(_within_one_edit(word, t) for t in near):
            found.add(word)
    return sorted(found)


def main() -> None:
    dictionary = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/words")
    print(textwrap.fill(" ".join(real_word_neighbours(dictionary)), width=100))


if __name__ == "__main__":
    main()
