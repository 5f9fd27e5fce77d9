"""A real browser (Playwright driving Debian's Chromium) through what a seeker and a counselor do:
sign up, import the example, the board, an opportunity, the diagnosis, a counselor invited and
viewing it. Screenshots of each page go to test-artifacts/web/ for a person to look at."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from tests.browser import CHROMIUM, FLAGS, require_browser
from tests.web.helpers import PASSWORD, example_data
from tests.web.server import running

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"




@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def artifacts() -> Path:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


class Shots:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    def take(self, page: Any, name: str) -> None:
        self.count += 1
        page.screenshot(path=str(self.folder / f"{self.count:02d}-{name}.png"), full_page=True)


def _sign_up(page: Any, base: str, email: str, name: str, counselor: bool = False) -> None:
    page.goto(f"{base}/signup")
    if counselor:
        page.get_by_label("a career counselor").check()
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()


def test_seeker_and_counselor_journey(browser: Any, app: FastAPI, artifacts: Path, tmp_path: Path) -> None:
    data = example_data()
    workbook = tmp_path / "dana-reyes.json"
    workbook.write_text(json.dumps(data))
    errors: list[str] = []
    shots = Shots(artifacts)
    with running(app) as base:
        seeker = browser.new_page(viewport={"width": 1280, "height": 900})
        seeker.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        seeker.on("pageerror", lambda e: errors.append(str(e)))
        seeker.goto(base)
        shots.take(seeker, "home")
        _sign_up(seeker, base, "dana@example.com", "Dana Reyes")
        assert seeker.url.endswith("/board")
        shots.take(seeker, "empty-board")

        seeker.get_by_role("link", name="Import & export").click()
        seeker.get_by_label("File", exact=True).set_input_files(str(workbook))
        seeker.get_by_role("button", name="Import").click()
        assert f"{len(data['opportunities'])} added" in seeker.locator(".report").inner_text()
        shots.take(seeker, "imported")

        seeker.get_by_role("link", name="See the board").click()
        cards = seeker.locator("li.card")
        assert cards.count() == len(data["opportunities"])
        shots.take(seeker, "board")

        considered = seeker.locator('section[data-stage="applied"] li.card').first
        company = considered.locator("strong").inner_text()
        considered.get_by_role("combobox").select_option("screen")
        considered.get_by_role("button", name="Move").click()
        assert f"Moved {company} to screen" in seeker.locator(".flash").inner_text()
        assert company in seeker.locator('section[data-stage="screen"]').inner_text()

        first = data["opportunities"][0]
        seeker.locator(f'a.card-title[href="/opportunities/{first["id"]}"]').click()
        assert seeker.get_by_role("heading", level=1).inner_text().startswith(first["company"])
        assert seeker.locator("ol.timeline > li").count() >= 1
        shots.take(seeker, "opportunity")

        seeker.get_by_label("Date", exact=True).first.fill("2026-11-21")
        seeker.get_by_label("Notes", exact=True).first.fill("Logged from the browser test")
        seeker.get_by_role("button", name="Log it").click()
        assert "Logged the interview" in seeker.locator(".flash").inner_text()
        assert "Logged from the browser test" in seeker.locator("ol.timeline").inner_text()

        seeker.get_by_role("link", name="Diagnosis").click()
        assert seeker.get_by_role("heading", level=1).inner_text() == "Why interviews are not becoming offers"
        shots.take(seeker, "diagnosis")

        seeker.get_by_role("link", name="Counselors").click()
        seeker.get_by_role("button", name="Create an invitation code").click()
        code = seeker.locator("output").inner_text()
        assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
        shots.take(seeker, "invitation")

        counselor = browser.new_page(viewport={"width": 390, "height": 844})  # a phone screen
        counselor.on("pageerror", lambda e: errors.append(str(e)))
        _sign_up(counselor, base, "casey@example.com", "Casey Counselor", counselor=True)
        assert counselor.url.endswith("/clients")
        counselor.get_by_label("Invitation code from your client").fill(code)
        counselor.get_by_role("button", name="Accept the invitation").click()
        assert counselor.get_by_role("heading", level=1).inner_text() == "Dana Reyes"
        counselor.get_by_label("New note").fill("Practise the salary question before round 2.")
        counselor.get_by_role("button", name="Save the note").click()
        assert "Practise the salary question" in counselor.locator("ul.notes").inner_text()
        shots.take(counselor, "counselor-client-phone")
        counselor.get_by_role("link", name="All clients").click()
        rows = counselor.locator("table tbody tr")
        assert rows.count() == 1 and "Dana Reyes" in rows.first.inner_text()
        shots.take(counselor, "counselor-clients-phone")
        seeker.goto(f"{base}/board")
        seeker.set_viewport_size({"width": 390, "height": 844})
        shots.take(seeker, "board-phone")
    assert errors == []
    assert shots.count == 10 and all(p.stat().st_size > 1000 for p in artifacts.iterdir())


def test_keyboard_only_sign_in(browser: Any, app: FastAPI) -> None:
    with running(app) as base:
        page = browser.new_page()
        _sign_up(page, base, "dana@example.com", "Dana")
        page.get_by_role("button", name="Sign out").click()
        page.goto(f"{base}/signin")
        page.keyboard.press("Tab")  # the skip link comes first
        assert page.evaluate("document.activeElement.textContent") == "Skip to content"
        page.get_by_label("Email").focus()
        page.keyboard.type("dana@example.com")
        page.keyboard.press("Tab")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(f"{base}/board")
        assert page.get_by_role("heading", level=1).inner_text() == "Dana's pipeline"
