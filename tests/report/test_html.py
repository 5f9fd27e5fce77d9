"""The HTML report of the diagnosis: content, escaping, no outside resources, the CSP-safe fragment,
and a real browser (Playwright driving Debian's Chromium) rendering the example's report."""

from __future__ import annotations

import itertools
import re
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from offergap.analysis.diagnose import CAUSES, Diagnosis, diagnose
from offergap.examples import example_workbook
from offergap.report.html import CAUSE_TITLES, render_html, report_fragment
from offergap.workbook import Expense, Workbook
from tests.browser import CHROMIUM, FLAGS, require_browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "report"
CHARTS = ("og-chart-funnel", "og-chart-fit", "og-chart-risk")
HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def example() -> Diagnosis:
    return diagnose(example_workbook())


@pytest.fixture(scope="module")
def page_html(example: Diagnosis) -> str:
    return render_html(example)


def _with_company(workbook: Workbook, company: str) -> Workbook:
    first, *rest = workbook.opportunities
    renamed = first.model_copy(update={"company": company})
    return workbook.model_copy(update={"opportunities": [renamed, *rest]})


def test_headline_summary_and_confidence_are_shown(example: Diagnosis, page_html: str) -> None:
    assert CAUSE_TITLES[example.headline.cause] in page_html
    assert example.headline.summary.replace("'", "&#x27;") in page_html
    assert f"Confidence: {example.headline.confidence}" in page_html


def test_all_four_causes_highest_first_with_evidence_and_actions(example: Diagnosis, page_html: str) -> None:
    positions = [page_html.index(f'id="og-cause-{c.cause}"') for c in example.causes]
    assert sorted(positions) == positions
    assert {c.cause for c in example.causes} == set(CAUSES)
    for cause in example.causes:
        assert f"{cause.score:.2f} of 1" in page_html
        for line in (*cause.evidence, *cause.actions):
            assert _escaped(line) in page_html


def _escaped(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def test_charts_are_inline_svg_with_titles(page_html: str) -> None:
    for chart in CHARTS:
        match = re.search(rf'<svg [^>]*id="{chart}"[^>]*>\s*<title[^>]*>[^<]+</title><desc[^>]*>[^<]+</desc>',
                          page_html)
        assert match, chart
    assert re.search(r'<svg [^>]*id="og-chart-money-usd"', page_html)


def test_sankey_flows_are_proportional_to_counts(example: Diagnosis, page_html: str) -> None:
    sankey = re.search(r'<svg [^>]*id="og-chart-funnel".*?</svg>', page_html, re.S)
    assert sankey
    nodes = re.findall(r'<rect [^>]*height="([\d.]+)"[^>]*fill="#1d4ed8"', sankey.group(0))
    heights = [float(h) for h in nodes]
    counts = [s.reached for s in example.funnel.stages]
    assert len(heights) == len(counts)
    ratio = heights[0] / counts[0]
    assert all(abs(h - c * ratio) < 0.2 for h, c in zip(heights, counts, strict=True))
    for stage, following in itertools.pairwise(counts):
        if stage > following:
            assert f"−{stage - following}</text>" in sankey.group(0)


def test_element_ids_are_unique(page_html: str) -> None:
    ids = re.findall(r'\sid="([^"]+)"', page_html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_stalls_show_the_follow_up_text(example: Diagnosis, page_html: str) -> None:
    assert example.funnel.stalls
    for stall in example.funnel.stalls:
        assert _escaped(stall.follow_up) in page_html


def test_missing_data_is_listed(example: Diagnosis, page_html: str) -> None:
    assert "What data is missing" in page_html
    for line in example.missing:
        assert _escaped(line) in page_html


def test_opportunity_table_has_a_row_per_opportunity(example: Diagnosis, page_html: str) -> None:
    table = page_html.split('id="og-opportunities"')[1]
    assert table.count('<th scope="row">') == len(example.opportunities)
    assert '<th scope="col">Pseudo risk</th>' in table


def test_money_is_summed_per_currency_never_across(example: Diagnosis) -> None:
    workbook = example_workbook()
    first = workbook.opportunities[0]
    euro = Expense(category="travel", amount=Decimal("1000"), currency="EUR", reimbursed=False)
    expenses = [*(first.expenses or []), euro]
    changed = workbook.model_copy(update={"opportunities": [first.model_copy(update={"expenses": expenses}),
                                                            *workbook.opportunities[1:]]})
    page = render_html(diagnose(changed))
    usd = sum(e.amount for o in workbook.opportunities for e in o.expenses or [] if not e.reimbursed)
    assert f"USD: {usd:,.2f} out of pocket" in page
    assert "EUR: 1,000.00 out of pocket" in page
    assert f"{usd + 1000:,.2f}" not in page


def test_user_text_is_escaped() -> None:
    page = render_html(diagnose(_with_company(example_workbook(), HOSTILE)))
    fragment = report_fragment(diagnose(_with_company(example_workbook(), HOSTILE)))
    for text in (page, fragment):
        assert HOSTILE not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        assert "<script" not in text.lower()


def test_page_loads_nothing_from_outside(page_html: str) -> None:
    assert not re.search(r"https?://", page_html)
    assert not re.search(r"<(link|script|img|iframe)\b", page_html, re.I)
    assert "url(" not in page_html and "@import" not in page_html
    assert page_html.count("<style>") == 1


def test_fragment_is_safe_under_the_web_apps_csp(example: Diagnosis, page_html: str) -> None:
    fragment = report_fragment(example)
    assert not re.search(r"<script|<style|\sstyle=|\son[a-z]+=", fragment, re.I)
    assert not fragment.lstrip().lower().startswith(("<!doctype", "<html"))
    assert fragment in page_html
    for chart in CHARTS:
        assert f'id="{chart}"' in fragment


def test_an_empty_search_still_renders() -> None:
    empty = example_workbook().model_copy(update={"opportunities": []})
    page = render_html(diagnose(empty))
    assert "Too early to tell" in page
    assert "No expenses recorded." in page
    assert 'id="og-chart-funnel"' in page


# --- a real browser ----------------------------------------------------------------------------------




@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    require_browser()
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=FLAGS, headless=True,
            viewport={"width": 1200, "height": 3000})
        yield context
        context.close()


def _box(page: Any, selector: str) -> dict[str, float]:
    box = page.locator(selector).bounding_box()
    assert box is not None, f"{selector} is not rendered"
    return dict(box)


def test_the_report_renders_in_chromium(browser: Any, example: Diagnosis, page_html: str,
                                        tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(page_html, encoding="utf-8")
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    outside: list[str] = []
    page = browser.new_page()
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else outside.append(r.url))
    page.goto(report.as_uri())

    headline = page.locator("#og-headline-cause")
    assert headline.is_visible()
    assert headline.inner_text().strip() == CAUSE_TITLES[example.headline.cause]
    assert example.headline.summary in page.locator("#og-headline-summary").inner_text()
    for chart in (*CHARTS, "og-chart-money-usd"):
        box = _box(page, f"#{chart}")
        assert box["width"] > 300 and box["height"] > 50, chart
    # The Sankey's bands are drawn: the first stage's node is tall, the offer node (0 here) has no height.
    assert page.locator("#og-chart-funnel path").count() >= 2
    assert page.locator("#og-cause-" + example.causes[0].cause + " h3").inner_text().startswith("1.")
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    assert not outside
    assert (ARTIFACTS / "report.png").stat().st_size > 20_000


def test_the_report_fits_a_phone_screen(browser: Any, page_html: str, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(page_html, encoding="utf-8")
    page = browser.new_page()
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(report.as_uri())
    assert page.locator("#og-headline-cause").is_visible()
    # Nothing but the scrollable chart and table boxes is wider than the phone.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    for chart in ("og-chart-risk", "og-chart-money-usd"):
        assert _box(page, f"#{chart}")["width"] <= 375
    page.screenshot(path=str(ARTIFACTS / "report-phone.png"), full_page=True)
