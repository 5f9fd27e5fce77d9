"""Every page a seeker uses, through the test client: the board, an opportunity and its forms,
resumes, import and export, the diagnosis."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from tests.web.documents import docx, text_pdf
from tests.web.helpers import csrf, example_data, import_workbook, sign_up, small_workbook

HUNTR = (
    "id,createdAt,title,salary,location,url,htmlDescription,listName,companyName,lastMovedAt\r\n"
    'h1,2026-05-28T15:42:10.512Z,Data Analyst,,"Columbus, OH",https://example.com/1,'
    '"<p>SQL and <b>Tableau</b></p>",Applied,Northwind,2026-06-01T10:00:00.000Z\r\n'
    "h2,2026-05-29T15:42:10.512Z,BI Analyst,,Remote,https://example.com/2,<p>dbt</p>,Wishlist,Contoso,"
    "2026-05-29T15:42:10.512Z\r\n"
)


@pytest.fixture
def seeker(client: TestClient) -> TestClient:
    sign_up(client, "dana@example.com", name="Dana")
    return client


def _board_cards(client: TestClient) -> dict[str, str]:
    """Opportunity id -> the stage column its card sits in."""
    html = client.get("/board").text
    cards: dict[str, str] = {}
    for column in re.finditer(r'data-stage="([a-z_]+)">(.*?)</section>', html, re.S):
        for key in re.findall(r'class="card-title" href="/opportunities/([^"]+)"', column.group(2)):
            cards[key] = column.group(1)
    return cards


def test_home_and_static_files(client: TestClient) -> None:
    assert "Create an account" in client.get("/").text
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")
    assert "DOMContentLoaded" in client.get("/static/app.js").text
    assert client.get("/signup?role=counselor").text.count('value="counselor" checked') == 1


def test_signed_in_home_goes_to_the_right_place(client: TestClient) -> None:
    sign_up(client, "c@example.com", role="counselor")
    assert client.get("/", follow_redirects=False).headers["location"] == "/clients"


def test_import_the_example_then_the_board_shows_every_opportunity(seeker: TestClient) -> None:
    data = example_data()
    response = import_workbook(seeker, data)
    assert response.status_code == 200
    assert f"{len(data['opportunities'])} added" in response.text
    cards = _board_cards(seeker)
    assert set(cards) == {o["id"] for o in data["opportunities"]}
    again = import_workbook(seeker, data)
    assert f"0 added, 0 updated, {len(data['opportunities'])} unchanged" in again.text


def test_board_columns_follow_the_stage_reached(seeker: TestClient) -> None:
    import_workbook(seeker, small_workbook("s", "Dana"))
    assert _board_cards(seeker) == {"s-1": "screen"}
    html = seeker.get("/board").text
    assert "days since contact" in html and "S Corp" in html


def test_add_a_card_then_move_it_forward(seeker: TestClient) -> None:
    token = csrf(seeker.get("/board").text)
    form = {"csrf_token": token, "company": "Acme & Co", "title": "Data Analyst", "applied_on": "2026-11-01"}
    added = seeker.post("/opportunities", data=form, follow_redirects=False)
    assert added.status_code == 303 and added.headers["location"] == "/opportunities/acme-co-data-analyst"
    second = seeker.post("/opportunities", data=form, follow_redirects=False)
    assert second.headers["location"] == "/opportunities/acme-co-data-analyst-2"
    assert _board_cards(seeker)["acme-co-data-analyst"] == "applied"
    for stage in ("screen", "interview", "later_interview", "final", "offer"):
        form = {"csrf_token": token, "move": "acme-co-data-analyst", "stage:acme-co-data-analyst": stage}
        moved = seeker.post("/board/move", data=form, follow_redirects=False)
        assert moved.status_code == 303
        assert _board_cards(seeker)["acme-co-data-analyst"] == stage


def test_a_card_does_not_move_backwards(seeker: TestClient) -> None:
    import_workbook(seeker, small_workbook("s", "Dana"))
    token = csrf(seeker.get("/board").text)
    response = seeker.post("/board/move", data={"csrf_token": token, "move": "s-1", "stage:s-1": "applied"})
    assert response.status_code == 400 and "moves forward only" in response.text
    unknown = seeker.post("/board/move", data={"csrf_token": token, "move": "s-1", "stage:s-1": "hired"})
    assert unknown.status_code == 400


def test_adding_a_card_without_company_lists_the_problem(seeker: TestClient) -> None:
    token = csrf(seeker.get("/board").text)
    response = seeker.post("/opportunities", data={"csrf_token": token, "title": "Analyst"})
    assert response.status_code == 400 and "company" in response.text


def test_log_an_interview_with_everything_the_form_holds(seeker: TestClient) -> None:
    import_workbook(seeker, small_workbook("s", "Dana"))
    token = csrf(seeker.get("/opportunities/s-1").text)
    form = {
        "csrf_token": token,
        "type": "interview",
        "date": "2026-10-15",
        "round": "1",
        "format": "video",
        "scheduled_minutes": "45",
        "actual_minutes": "20",
        "interviewer_name": ["Ann Lee", ""],
        "interviewer_role": ["hiring manager", ""],
        "qa_question": ["Tell me about a dashboard", "Why us?", ""],
        "qa_answer": ["The freight one", "", ""],
        "questions_i_asked": "What does success look like?\n\nWho decides?",
        "self_rating": "4",
        "next_step_promised": "decision next week",
        "notes": "cut short",
    }
    assert seeker.post("/opportunities/s-1/events", data=form, follow_redirects=False).status_code == 303
    event = seeker.get("/export").json()["opportunities"][0]["events"][-1]
    assert event == {
        "type": "interview",
        "date": "2026-10-15",
        "round": 1,
        "format": "video",
        "scheduled_minutes": 45,
        "actual_minutes": 20,
        "interviewers": [{"name": "Ann Lee", "role": "hiring manager"}],
        "questions_i_asked": ["What does success look like?", "Who decides?"],
        "questions_asked_of_me": [
            {"question": "Tell me about a dashboard", "my_answer": "The freight one"},
            {"question": "Why us?"},
        ],
        "self_rating": 4,
        "next_step_promised": "decision next week",
        "notes": "cut short",
    }
    page = seeker.get("/opportunities/s-1").text
    assert "interview, round 1, video, 20 of 45 min" in page and "Ann Lee" in page


def test_bad_event_fields_are_all_reported_and_nothing_is_saved(seeker: TestClient) -> None:
    import_workbook(seeker, small_workbook("s", "Dana"))
    token = csrf(seeker.get("/opportunities/s-1").text)
    form = {
        "csrf_token": token,
        "type": "party",
        "date": "15/10/2026",
        "round": "two",
        "qa_answer": ["orphan"],
    }
    response = seeker.post("/opportunities/s-1/events", data=form)
    assert response.status_code == 400
    for field in ("date", "round", "qa_question", "type"):
        assert f"<li>{field}" in response.text, field
    assert len(seeker.get("/export").json()["opportunities"][0]["events"]) == 1


def test_record_an_expense_and_signals(seeker: TestClient) -> None:
    import_workbook(seeker, small_workbook("s", "Dana"))
    token = csrf(seeker.get("/opportunities/s-1").text)
    expense = {
        "csrf_token": token,
        "category": "travel",
        "amount": "1,234.50",
        "currency": "usd",
        "reimbursed": "yes",
    }
    assert seeker.post("/opportunities/s-1/expenses", data=expense, follow_redirects=False).status_code == 303
    signals = {
        "csrf_token": token,
        "internal_candidate": "yes",
        "budget_approved": "no",
        "notes": "acting lead",
    }
    assert seeker.post("/opportunities/s-1/signals", data=signals, follow_redirects=False).status_code == 303
    saved = seeker.get("/export").json()["opportunities"][0]
    assert saved["expenses"] == [
        {"category": "travel", "amount": 1234.5, "currency": "USD", "reimbursed": True}
    ]
    assert saved["signals"] == {"internal_candidate": True, "budget_approved": False, "notes": "acting lead"}
    page = seeker.get("/opportunities/s-1").text
    assert re.search(r'name="internal_candidate">.*?<option value="yes" selected>', page, re.S)
    negative = seeker.post("/opportunities/s-1/expenses", data={**expense, "amount": "-5"})
    assert negative.status_code == 400


def test_opportunity_page_shows_each_analysis(seeker: TestClient) -> None:
    import_workbook(seeker, example_data())
    first = example_data()["opportunities"][0]["id"]
    page = seeker.get(f"/opportunities/{first}").text
    for title in ("Resume fit", "Pseudo-interview risk", "Question check", "Questions to ask next"):
        assert f"<h3>{title}</h3>" in page


def test_the_analyses_say_what_they_found(seeker: TestClient) -> None:
    import_workbook(seeker, example_data())
    interviewed = next(o for o in example_data()["opportunities"] if o.get("events") and o.get("posting"))
    page = seeker.get(f"/opportunities/{interviewed['id']}").text
    assert re.search(r"\d+/100, (good|potential|no) fit", page)
    assert re.search(r"\d+% \((low|medium|high)\) that the interviews were not meant to hire", page)
    assert "reviewed." in page and "For the " in page
    board = seeker.get("/board").text
    assert re.search(r'class="badge badge-\w+" title="[^"]*">fit \d+', board)
    assert re.search(r'class="badge badge-\w+" title="[^"]*">risk \d+%', board)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("cv.pdf", text_pdf("Dana Reyes SQL Tableau Python"), "Dana Reyes SQL Tableau Python"),
        ("cv.docx", docx(["Dana Reyes", "Skills: SQL, Tableau"]), "Skills: SQL, Tableau"),
        ("cv.md", b"# Dana Reyes\n\nSQL, dbt", "SQL, dbt"),
    ],
)
def test_upload_a_resume_and_see_its_text(
    seeker: TestClient, name: str, content: bytes, expected: str
) -> None:
    token = csrf(seeker.get("/resumes").text)
    response = seeker.post(
        "/resumes",
        data={"csrf_token": token, "label": "general"},
        files={"file": (name, content, "application/x")},
    )
    assert response.status_code == 200 and expected in response.text
    assert "general" in seeker.get("/resumes").text


def test_a_second_upload_is_a_new_version(seeker: TestClient) -> None:
    token = csrf(seeker.get("/resumes").text)
    seeker.post(
        "/resumes", data={"csrf_token": token}, files={"file": ("cv.txt", b"Analyst, SQL", "text/plain")}
    )
    page = seeker.post(
        "/resumes",
        data={"csrf_token": token, "key": "r-cv"},
        files={"file": ("cv2.txt", b"Analyst, SQL, dbt", "text/plain")},
    )
    assert "Version 2" in page.text and "Analyst, SQL, dbt" in page.text
    assert seeker.get("/export").json()["resumes"][0]["text"] == "Analyst, SQL, dbt"


def test_the_resume_page_lists_the_skills_found(seeker: TestClient) -> None:
    token = csrf(seeker.get("/resumes").text)
    page = seeker.post(
        "/resumes",
        data={"csrf_token": token},
        files={"file": ("cv.txt", b"Analyst\nSQL, Tableau, dbt", "text/plain")},
    ).text
    assert re.search(r'<ul class="chips"><li>SQL</li><li>Tableau</li><li>dbt</li></ul>', page.replace("\n", ""))


def test_import_a_huntr_csv(seeker: TestClient) -> None:
    token = csrf(seeker.get("/import").text)
    files = {"file": ("huntr.csv", HUNTR.encode("utf-8-sig"), "text/csv")}
    response = seeker.post("/import", data={"csrf_token": token}, files=files)
    assert response.status_code == 200 and "(huntr)" in response.text and "2 added" in response.text
    companies = {o["company"] for o in seeker.get("/export").json()["opportunities"]}
    assert companies == {"Northwind", "Contoso"}


def test_import_a_plain_csv_with_a_mapping(seeker: TestClient) -> None:
    token = csrf(seeker.get("/import").text)
    csv = b"Employer,Role\nAcme,Analyst\n"
    form = {"csrf_token": token, "format": "csv", "mapping": "Employer=company\nRole=title"}
    response = seeker.post("/import", data=form, files={"file": ("jobs.csv", csv, "text/csv")})
    assert response.status_code == 200, response.text
    assert [o["company"] for o in seeker.get("/export").json()["opportunities"]] == ["Acme"]


def test_an_invalid_workbook_lists_every_problem_and_writes_nothing(seeker: TestClient) -> None:
    bad = small_workbook("s", "Dana")
    bad["opportunities"][0]["applied_on"] = "yesterday"
    bad["opportunities"].append({"id": "s-1", "company": "Dup", "title": "T", "colour": "red"})
    response = import_workbook(seeker, bad)
    assert response.status_code == 400
    for where in ("$.opportunities[0].applied_on", "$.opportunities[1].colour", "$.opportunities[1].id"):
        assert where in response.text
    assert seeker.get("/export").json()["opportunities"] == []


def test_export_round_trips_through_import(seeker: TestClient, client: TestClient) -> None:
    data = example_data()
    import_workbook(seeker, data)
    exported = seeker.get("/export")
    assert exported.headers["content-disposition"].startswith("attachment")
    other = TestClient(client.app)
    sign_up(other, "eve@example.com", name="Dana")  # the search keeps its account's name
    import_workbook(other, json.loads(exported.text))
    assert other.get("/export").json() == exported.json()


def test_the_diagnosis_page(seeker: TestClient) -> None:
    import_workbook(seeker, example_data())
    page = seeker.get("/diagnosis")
    assert page.status_code == 200
    assert 'class="report-body"' in page.text and 'id="og-chart-funnel"' in page.text


def test_the_report_stylesheet_is_served_and_linked(seeker: TestClient) -> None:
    import_workbook(seeker, example_data())
    css = seeker.get("/report.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert ".og-report" in css.text
    assert '<link rel="stylesheet" href="/report.css">' in seeker.get("/diagnosis").text
