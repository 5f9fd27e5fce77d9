"""Tracker CSV exports (Huntr, Teal, JobSpy, plain CSV with --map) into workbook opportunities."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from offergap.errors import InvalidInput
from offergap.ingest.csvfile import BadValue, html_to_text, parse_amount, parse_date, parse_salary_text
from offergap.ingest.trackers import MAP_FIELDS, TrackerImport, detect_format, read_tracker_csv
from offergap.workbook import FORMAT, Opportunity, validate_workbook

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 7, 15)


def load(name: str, **options: object) -> TrackerImport:
    return read_tracker_csv((DATA / name).read_bytes(), name, today=TODAY, **options)  # type: ignore[arg-type]


def by_company(result: TrackerImport) -> dict[str, Opportunity]:
    return {o.company: o for o in result.opportunities}


def events(opportunity: Opportunity) -> list[tuple[str, date]]:
    return [(e.type, e.date) for e in opportunity.events or []]


# --- detection ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("huntr.csv", "huntr"),
        ("huntr_one_bad_row.csv", "huntr"),
        ("teal_excel_cp1252.csv", "teal"),
        ("teal_bad_rows.csv", "teal"),
        ("jobspy.csv", "jobspy"),
        ("plain_semicolon.csv", None),
        ("binary.csv", None),
        ("saved_as_xlsx.csv", None),
    ],
)
def test_detect_format_from_the_header(name: str, expected: str | None) -> None:
    assert detect_format((DATA / name).read_bytes()) == expected


def test_detection_ignores_column_order_and_header_spelling() -> None:
    teal = b"Status Name,Applied At,Role,Company Name\nApplied,2026-06-01,Analyst,Acme\n"
    jobspy = b"title,company,job_url,site,interval\nAnalyst,Acme,https://x.example/1,indeed,yearly\n"
    assert detect_format(teal) == "teal"
    assert detect_format(jobspy) == "jobspy"
    assert detect_format(b"") is None
    assert detect_format(b'{"format": "offergap.workbook/1"}') is None


# --- Huntr ----------------------------------------------------------------------------------


def test_huntr_columns_stages_and_salaries() -> None:
    result = load("huntr.csv")
    assert result.format == "huntr"
    assert result.unmapped_columns == ("boardName", "employmentType")
    assert result.skipped == ()
    jobs = by_company(result)
    assert list(jobs) == ["Northwind Analytics", "Acme Logistics", "Bluebird Health", "Cedar & Pine Co.",
                          "Globex", "Initech"]

    wishlist = jobs["Northwind Analytics"]
    assert wishlist.id == "huntr-64f1c2a9e4b0a1d2c3e4f5a6"
    assert wishlist.title == "Senior Data Analyst"
    assert wishlist.location == "Columbus, OH"
    assert wishlist.source == "linkedin"  # from the posting's url
    assert wishlist.events is None and wishlist.applied_on is None
    posting = wishlist.posting
    assert posting is not None
    assert posting.url == "https://www.linkedin.com/jobs/view/3921457781"
    assert posting.first_seen_on == date(2026, 5, 28)
    assert (posting.salary_min, posting.salary_max) == (Decimal(70000), Decimal(85000))
    assert (posting.salary_currency, posting.salary_period) == ("USD", "year")
    assert posting.text == (
        "Northwind is hiring a Senior Data Analyst to own reporting for our freight network.\n\n"
        "What you'll do:\n\n"
        "- Build Tableau dashboards for operations\n"
        "- Write SQL against Snowflake & dbt models"
    )
    assert wishlist.extra == {"huntr": {
        "id": "64f1c2a9e4b0a1d2c3e4f5a6", "salary": "$70,000 - $85,000", "listName": "Wishlist",
        "lastMovedAt": "2026-05-28T15:42:10.512Z", "boardName": "Job Search 2026",
        "employmentType": "Full-time",
    }}


def test_huntr_stage_becomes_dated_events() -> None:
    jobs = by_company(load("huntr.csv"))
    applied = jobs["Acme Logistics"]
    assert events(applied) == [("applied", date(2026, 6, 5))]  # lastMovedAt
    assert applied.applied_on == date(2026, 6, 5)
    interviewed = jobs["Bluebird Health"]
    assert events(interviewed) == [("applied", date(2026, 6, 2)), ("interview", date(2026, 6, 20))]
    assert events(jobs["Cedar & Pine Co."]) == [("applied", date(2026, 5, 20)), ("offer", date(2026, 7, 1))]
    assert events(jobs["Globex"]) == [("applied", date(2026, 5, 25)), ("rejection", date(2026, 6, 30))]
    custom = jobs["Initech"]
    assert custom.events is None
    assert custom.extra is not None and custom.extra["huntr"]["listName"] == "Dream Jobs"
    assert interviewed.events is not None
    assert {e.notes for e in interviewed.events} == {"imported from Huntr list 'Interview'"}


def test_huntr_salary_text_forms() -> None:
    jobs = by_company(load("huntr.csv"))
    hourly = jobs["Acme Logistics"].posting
    assert hourly is not None
    assert (hourly.salary_min, hourly.salary_max, hourly.salary_currency, hourly.salary_period) == (
        Decimal(45), Decimal(45), "USD", "hour")
    thousands = jobs["Bluebird Health"].posting
    assert thousands is not None
    assert (thousands.salary_min, thousands.salary_max, thousands.salary_currency) == (
        Decimal(70000), Decimal(85000), None)
    euros = jobs["Initech"].posting
    assert euros is not None and (euros.salary_min, euros.salary_currency) == (Decimal(50000), "EUR")
    unparsed = jobs["Cedar & Pine Co."]
    assert unparsed.posting is not None and unparsed.posting.salary_min is None
    assert unparsed.extra is not None and unparsed.extra["huntr"]["salary"] == "Competitive"


def test_quoted_newlines_in_a_plain_description_are_kept() -> None:
    posting = by_company(load("huntr.csv"))["Bluebird Health"].posting
    assert posting is not None and posting.text == "Plain text description.\nSecond line."


# --- Teal -----------------------------------------------------------------------------------


def test_teal_excel_windows_1252_export() -> None:
    result = load("teal_excel_cp1252.csv")
    assert result.format == "teal"
    assert result.unmapped_columns == ("excitement", "follow_up_at", "notes")
    jobs = by_company(result)
    assert list(jobs) == ["Nestlé Purina", "Zeta Corp", "Orbit Insurance", "Quill Media", "Harbor Bank",
                          "Lumen Energy"]  # the blank Excel row is ignored
    nestle = jobs["Nestlé Purina"]
    assert nestle.source == "LinkedIn"
    assert nestle.applied_on == date(2026, 6, 3)  # US month/day/year
    assert events(nestle) == [("applied", date(2026, 6, 3))]
    assert nestle.posting is not None and nestle.posting.first_seen_on == date(2026, 6, 1)
    assert (nestle.posting.salary_min, nestle.posting.salary_max, nestle.posting.salary_period) == (
        Decimal(70000), Decimal(85000), "year")
    assert nestle.extra is not None
    assert nestle.extra["teal"]["notes"] == "Recruiter said they’re hiring 3 analysts"
    assert nestle.extra["teal"]["excitement"] == "4"
    assert not any(key.startswith("column") for key in nestle.extra["teal"])
    assert jobs["Zeta Corp"].title == "Sr. Analyst – Pricing"


def test_teal_statuses() -> None:
    jobs = by_company(load("teal_excel_cp1252.csv"))
    zeta = jobs["Zeta Corp"]
    assert events(zeta) == [("applied", date(2026, 5, 12)), ("interview", date(2026, 6, 2))]
    assert zeta.referral is True  # source "Referral"
    orbit = jobs["Orbit Insurance"]
    assert events(orbit) == [("applied", date(2026, 4, 22)), ("rejection", date(2026, 5, 15))]  # archived_at
    assert orbit.posting is not None and orbit.posting.salary_period == "hour"
    assert jobs["Quill Media"].events is None
    harbor = jobs["Harbor Bank"]
    assert (events(harbor), harbor.outcome) == ([("applied", date(2026, 3, 1))], "ghosted")
    lumen = jobs["Lumen Energy"]
    assert (events(lumen), lumen.outcome) == ([("applied", date(2026, 5, 1)), ("offer", date(2026, 6, 15))],
                                              "accepted")


def test_undated_stage_events_use_today() -> None:
    data = b"company_name,role,statusName,added_at\nAcme,Analyst,Interviewing,\n"
    (only,) = read_tracker_csv(data, "t.csv", today=date(2026, 3, 9)).opportunities
    assert events(only) == [("applied", date(2026, 3, 9)), ("interview", date(2026, 3, 9))]
    assert only.events is not None and "day of the import" in (only.events[0].notes or "")


def test_a_stage_event_never_precedes_the_application() -> None:
    data = (b"company_name,role,statusName,applied_at,updated_at\n"
            b"Acme,Analyst,Interviewing,2026-06-10,2026-06-01\n")
    (only,) = read_tracker_csv(data, "t.csv").opportunities
    assert events(only) == [("applied", date(2026, 6, 10)), ("interview", date(2026, 6, 10))]


# --- JobSpy ---------------------------------------------------------------------------------


def test_jobspy_postings_without_events() -> None:
    result = load("jobspy.csv")
    assert result.format == "jobspy"
    assert "is_remote" in result.unmapped_columns and "site" not in result.unmapped_columns
    first = result.opportunities[0]
    assert (first.company, first.title, first.source, first.location) == (
        "Acme Logistics", "Data Analyst", "indeed", "Columbus, OH, US")
    assert first.events is None and first.applied_on is None
    assert first.posting is not None
    assert first.posting.posted_on == date(2026, 6, 2)
    assert (first.posting.salary_min, first.posting.salary_max, first.posting.salary_currency) == (
        Decimal(70000), Decimal(85000), "USD")
    assert first.posting.text is not None and first.posting.text.startswith("**About the role**\n\nAcme")
    assert first.extra is not None
    assert first.extra["jobspy"]["job_url_direct"] == "https://careers.acme.example/jobs/123"
    assert "emails" not in first.extra["jobspy"]  # empty cells are not kept


def test_jobspy_intervals_and_html_description() -> None:
    jobs = {o.title: o for o in load("jobspy.csv").opportunities}
    contract = jobs["Data Analyst (Contract)"].posting
    assert contract is not None and (contract.salary_min, contract.salary_period) == (Decimal(40), "hour")
    weekly = jobs["Temporary Analyst"].posting
    assert weekly is not None
    assert (weekly.salary_min, weekly.salary_max) == (Decimal(78000), Decimal(93600))  # x 52 weeks
    assert weekly.salary_period == "year"
    assert weekly.extra == {"salary_as_written": {"salary_min": "1500.0", "salary_max": "1800.0",
                                                  "salary_period": "weekly"}}
    monthly = jobs["Junior Analyst"].posting
    assert monthly is not None and (monthly.salary_period, monthly.salary_currency) == ("month", "EUR")
    html = jobs["BI Developer"].posting
    assert html is not None and html.text == "Globex builds widgets.\n\n- SQL Server\n- SSIS"
    assert html.salary_min is None


# --- ids ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["huntr.csv", "teal_excel_cp1252.csv", "jobspy.csv", "plain_semicolon.csv"])
def test_ids_are_deterministic_and_unique(name: str) -> None:
    mapping = {"Company": "company", "Job": "title"} if name.startswith("plain") else None
    first = load(name, mapping=mapping)
    data = (DATA / name).read_bytes()
    again = read_tracker_csv(data, "renamed.csv", today=date(2030, 1, 1), mapping=mapping)
    ids = [o.id for o in first.opportunities]
    assert ids == [o.id for o in again.opportunities]
    assert len(set(ids)) == len(ids)


def test_repeated_posting_gets_a_suffixed_id() -> None:
    ids = [o.id for o in load("jobspy.csv").opportunities]
    assert ids[0].startswith("jobspy-acme-logistics-data-analyst-")
    assert ids[4] == ids[0] + "-2"


def test_teal_id_survives_a_status_change() -> None:
    before = b"company_name,role,url,statusName,updated_at\nAcme,Analyst,https://a.example/1,Applied,2026-06-01\n"
    after = b"company_name,role,url,statusName,updated_at\nAcme,Analyst,https://a.example/1,Interviewing,2026-06-09\n"
    other = b"company_name,role,url,statusName,updated_at\nAcme,Analyst,https://a.example/2,Applied,2026-06-01\n"
    ids = [read_tracker_csv(data, "t.csv").opportunities[0].id for data in (before, after, other)]
    assert ids[0] == ids[1] != ids[2]
    assert ids[0].startswith("teal-acme-analyst-")


def test_plain_csv_id_survives_edits_to_other_columns() -> None:
    header = b"company,title,location,stage,notes\n"
    before = header + b"Acme,Analyst,Ohio,saved,\nAcme,Analyst,Texas,saved,\n"
    after = header + b"Acme,Analyst,Ohio,applied,called Kim\nAcme,Analyst,Texas,saved,\n"
    ids_before = [o.id for o in read_tracker_csv(before, "c.csv").opportunities]
    ids_after = [o.id for o in read_tracker_csv(after, "c.csv").opportunities]
    assert ids_before == ids_after
    assert ids_before[0] != ids_before[1]  # another location is another job


# --- bad rows and line numbers --------------------------------------------------------------


def test_one_bad_row_refuses_the_file_with_its_line() -> None:
    with pytest.raises(InvalidInput) as caught:
        load("huntr_one_bad_row.csv")
    assert "nothing was imported" in caught.value.message
    (problem,) = caught.value.problems
    # Line 7 of the file: the first row spans lines 2-4 and line 5 is blank.
    assert problem.where == "huntr_one_bad_row.csv line 7"
    assert "createdAt" in problem.reason and "sometime in May" in problem.reason


def test_skip_bad_rows_imports_the_rest() -> None:
    result = load("huntr_one_bad_row.csv", skip_bad_rows=True)
    assert [o.company for o in result.opportunities] == ["Foxtrot Inc", "Golf LLC", "India Co"]
    assert [p.where for p in result.skipped] == ["huntr_one_bad_row.csv line 7"]


def test_every_bad_row_is_listed() -> None:
    with pytest.raises(InvalidInput) as caught:
        load("teal_bad_rows.csv")
    problems = caught.value.problems
    assert [p.where for p in problems] == [f"teal_bad_rows.csv line {n}" for n in (3, 4, 5, 7)]
    reasons = [p.reason for p in problems]
    assert "applied_at 'next week' is not a date" in reasons[0]
    assert "company is empty" in reasons[1]
    assert "5 values, but the header has 16 columns" in reasons[2] and "line 6" in reasons[2]
    assert "min_salary '-5000' is negative" in reasons[3] and "salary_currency 'dollars'" in reasons[3]
    skipped = load("teal_bad_rows.csv", skip_bad_rows=True)
    assert [o.company for o in skipped.opportunities] == ["Alpha Co", "Echo Co"]
    assert skipped.skipped == problems


def test_line_numbers_count_crlf_and_quoted_newlines() -> None:
    data = (
        b"company,title,applied_on\r\n"
        b"\r\n"
        b'Acme,"Analyst\r\nwith two\r\nlines",2026-06-01\r\n'
        b",,\r\n"
        b"Beta,Analyst,2026-13-45\r\n"
        b'Gamma,"Analyst, ""senior""",2026-06-02\r\n'
        b"Delta,Analyst,2026-06-03,extra\r\n"
        b"Echo,Analyst,2026-06-04,,,\r\n"
    )
    with pytest.raises(InvalidInput) as caught:
        read_tracker_csv(data, "mine.csv")
    assert [p.where for p in caught.value.problems] == ["mine.csv line 7", "mine.csv line 9"]
    result = read_tracker_csv(data, "mine.csv", skip_bad_rows=True)
    # A title is one line: the quoted newlines become spaces.
    titles = [o.title for o in result.opportunities]
    assert titles == ["Analyst with two lines", 'Analyst, "senior"', "Analyst"]


def test_an_unclosed_quote_is_reported_at_the_row_it_opens() -> None:
    data = b'company,title,location\nAcme,Analyst,Ohio\nBeta,"Analyst,Ohio\nGamma,Analyst,Ohio\n'
    with pytest.raises(InvalidInput) as caught:
        read_tracker_csv(data, "q.csv")
    (problem,) = caught.value.problems
    assert problem.where == "q.csv line 3" and "quote" in problem.reason


# --- not CSV, encodings ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["binary.csv", "saved_as_xlsx.csv"])
def test_binary_files_are_not_csv(name: str) -> None:
    with pytest.raises(InvalidInput, match="not a CSV file"):
        load(name)


def test_empty_and_header_only_files() -> None:
    with pytest.raises(InvalidInput, match="empty"):
        read_tracker_csv(b"\r\n\r\n", "e.csv")
    result = read_tracker_csv(b"company_name,role,statusName\r\n", "h.csv")
    assert (result.format, result.opportunities) == ("teal", ())


def test_utf16_from_excel_unicode_text() -> None:
    data = "company\ttitle\tlocation\nCafé Müller\tBarista Lead\tKöln\n".encode("utf-16")
    (only,) = read_tracker_csv(data, "u.txt").opportunities
    assert (only.company, only.location) == ("Café Müller", "Köln")


def test_repeated_and_unnamed_header_columns_are_kept_apart() -> None:
    data = b"company,title,notes,,notes,,\nAcme,Analyst,first,unnamed,second,,\n"
    result = read_tracker_csv(data, "d.csv")
    assert result.unmapped_columns == ("notes", "column 4", "notes (2)")
    kept = {"notes": "first", "column 4": "unnamed", "notes (2)": "second"}
    assert result.opportunities[0].extra == {"csv": kept}


def test_utf8_with_bom_reads_the_first_column() -> None:
    data = "\ufeffcompany,title\nÅre Skistar,Guide\n".encode()
    (only,) = read_tracker_csv(data, "b.csv").opportunities
    assert only.company == "Åre Skistar"


# --- plain CSV and --map --------------------------------------------------------------------


def test_plain_csv_with_map_and_automatic_columns() -> None:
    mapping = {"Company": "company", "Job": "title", "Stage": "extra.stage"}
    result = load("plain_semicolon.csv", mapping=mapping)
    assert result.format == "csv"
    assert result.unmapped_columns == ("Pay", "Contact")
    first, second = result.opportunities
    assert (first.company, first.title, first.applied_on) == ("Marigold Foods", "Supply Chain Analyst",
                                                              date(2026, 6, 5))
    assert events(first) == [("applied", date(2026, 6, 5))]
    assert first.posting is not None and first.posting.url == "https://marigold.example/j/1"
    assert first.extra == {"stage": "Applied", "csv": {"Pay": "$72,000", "Contact": "Ana (recruiter)"}}
    assert second.posting is None and second.extra == {"stage": "Phone screen"}


def test_map_reaches_every_field() -> None:
    header = ["Ref", "Org", "Job", "From", "Where", "Sent", "Result", "Notes", "Referred", "JD", "Link",
              "Posted", "Seen", "Low", "High", "Cur", "Per", "Applicants", "Reposts", "Mood"]
    row = ["R-1", "Acme", "Analyst", "LinkedIn", "Remote", "2026-06-01", "rejected", "They make drones",
           "yes", "<p>Do SQL.</p>", "https://a.example/1", "05/30/2026", "2026-05-31", "$70k", "85,000",
           "usd", "annually", "1,400", "2", "hopeful"]
    fields = ["id", "company", "title", "source", "location", "applied_on", "outcome", "company_research",
              "referral", "posting.text", "posting.url", "posting.posted_on", "posting.first_seen_on",
              "posting.salary_min", "posting.salary_max", "posting.salary_currency", "posting.salary_period",
              "posting.applicant_count", "posting.repost_count", "extra.mood"]
    assert set(fields) - {"extra.mood"} <= set(MAP_FIELDS)
    data = (",".join(header) + "\n" + ",".join(f'"{v}"' for v in row) + "\n").encode()
    result = read_tracker_csv(data, "all.csv", mapping=dict(zip(header, fields, strict=True)))
    (opp,) = result.opportunities
    assert result.unmapped_columns == ()
    assert (opp.id, opp.company, opp.title) == ("R-1", "Acme", "Analyst")
    assert (opp.source, opp.location) == ("LinkedIn", "Remote")
    assert (opp.applied_on, opp.outcome, opp.company_research, opp.referral) == (
        date(2026, 6, 1), "rejected", "They make drones", True)
    posting = opp.posting
    assert posting is not None
    assert (posting.text, posting.url, posting.posted_on, posting.first_seen_on) == (
        "Do SQL.", "https://a.example/1", date(2026, 5, 30), date(2026, 5, 31))
    assert (posting.salary_min, posting.salary_max, posting.salary_currency, posting.salary_period) == (
        Decimal(70000), Decimal(85000), "USD", "year")
    assert (posting.applicant_count, posting.repost_count) == (1400, 2)
    assert opp.extra == {"mood": "hopeful"}


def test_map_errors_name_the_column_or_field() -> None:
    data = (DATA / "plain_semicolon.csv").read_bytes()
    with pytest.raises(InvalidInput) as caught:
        read_tracker_csv(data, "p.csv", mapping={"Company": "company", "Job": "job_title", "Salary": "title"})
    wheres = [p.where for p in caught.value.problems]
    assert wheres == ["--map Job=job_title", "--map Salary=title"]
    assert "unknown field 'job_title'" in caught.value.problems[0].reason
    assert "posting.salary_min" in caught.value.problems[0].hint and "extra.NAME" in caught.value.hint
    assert "'Salary' is not in the file's header" in caught.value.problems[1].reason
    assert "Date Applied" in caught.value.problems[1].hint


def test_plain_csv_without_company_or_title_asks_for_map() -> None:
    with pytest.raises(InvalidInput) as caught:
        load("plain_semicolon.csv")
    # "Company" maps itself; nothing is named like a title.
    assert "no column is mapped to title" in caught.value.message
    assert "Job, Date Applied" in caught.value.message and "--map" in caught.value.hint
    with pytest.raises(InvalidInput, match="company or title"):
        load("plain_semicolon.csv", mapping={"Company": "extra.employer"})


def test_map_is_for_plain_csv_and_formats_are_checked() -> None:
    data = (DATA / "huntr.csv").read_bytes()
    with pytest.raises(InvalidInput, match="--map applies to plain CSV files") as caught:
        read_tracker_csv(data, "h.csv", fmt="huntr", mapping={"title": "title"})
    assert "--format csv" in caught.value.hint
    with pytest.raises(InvalidInput, match="unknown format"):
        read_tracker_csv(data, "h.csv", fmt="lever")
    forced = read_tracker_csv(data, "h.csv", fmt="csv", mapping={"companyName": "company"})
    assert forced.format == "csv" and forced.opportunities[0].company == "Northwind Analytics"


# --- every result is a valid workbook -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("huntr.csv", {}),
        ("teal_excel_cp1252.csv", {}),
        ("jobspy.csv", {}),
        ("plain_semicolon.csv", {"mapping": {"Company": "company", "Job": "title"}}),
        ("teal_bad_rows.csv", {"skip_bad_rows": True}),
        ("huntr_one_bad_row.csv", {"skip_bad_rows": True}),
    ],
)
def test_results_are_valid_workbook_opportunities(name: str, options: dict[str, object]) -> None:
    result = load(name, **options)
    assert result.opportunities
    raw = json.loads(json.dumps({
        "format": FORMAT,
        "resumes": [{"id": "r1", "text": "resume"}],
        "opportunities": [o.model_dump(mode="json", exclude_none=True) for o in result.opportunities],
    }))
    workbook = validate_workbook(raw, name)
    assert list(workbook.opportunities) == list(result.opportunities)


# --- cell values ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2026-06-05", "2026-06-05T14:03:11Z", "2026-06-05T14:03:11.512+02:00", "2026-06-05 14:03:11",
     "06/05/2026", "6/5/26", "6/5/2026 2:03 PM", "Jun 5, 2026", "Friday, June 5, 2026", "5 June 2026",
     "2026/06/05", "10 days ago", "1780617600"],
)
def test_date_forms(text: str) -> None:
    assert parse_date(text, today=date(2026, 6, 15)) == date(2026, 6, 5)


@pytest.mark.parametrize("text", ["next week", "2026-02-30", "13/45/2026", "05.06.2026x", ""])
def test_dates_that_do_not_parse(text: str) -> None:
    with pytest.raises(BadValue, match="not a date"):
        parse_date(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$70,000 - $85,000", ("70000", "85000", "USD", "year")),
        ("$45/hr", ("45", "45", "USD", "hour")),
        ("70k-85k", ("70000", "85000", None, "year")),
        ("70-85K", ("70000", "85000", None, "year")),
        ("USD 120K/yr", ("120000", "120000", "USD", "year")),
        ("£40,000 per annum + 10% bonus", ("40000", "40000", "GBP", "year")),
        ("$30 - $35 an hour", ("30", "35", "USD", "hour")),
        ("CA$5,000/month", ("5000", "5000", "CAD", "month")),
        ("$1,000 a week", ("52000", "52000", "USD", "year")),
    ],
)
def test_salary_text(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    salary = parse_salary_text(text)
    assert salary is not None
    low, high, currency, period = expected
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == (
        Decimal(low), Decimal(high), currency, period)


def test_salary_text_without_amount() -> None:
    assert parse_salary_text("Competitive, DOE") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("85000.0", ("85000.0", None)), ("$85,000", ("85000", "USD")), ("85k", ("85000", None)),
     ("EUR 1,250.50", ("1250.50", "EUR")), ("12.123456", ("12.1235", None))],
)
def test_amounts(text: str, expected: tuple[str, str | None]) -> None:
    assert parse_amount(text) == (Decimal(expected[0]), expected[1])


@pytest.mark.parametrize("text", ["-5", "(500)", "1,5", "about 5", "12,34,567"])
def test_amounts_that_do_not_parse(text: str) -> None:
    with pytest.raises(BadValue):
        parse_amount(text)


def test_html_to_text() -> None:
    html = ("<h2>The role</h2>You will <em>build</em>\n dashboards."
            "<ul><li>SQL</li><li><p>Python</p></li></ul>"
            "<p>Line<br>two &amp; more</p><script>track()</script><style>p {}</style>")
    expected = "The role\n\nYou will build dashboards.\n\n- SQL\n- Python\n\nLine\ntwo & more"
    assert html_to_text(html) == expected
    # html.parser gives up on this markup; the text is still kept.
    assert html_to_text("<p>broken <<![ markup</p>") == "broken <<![ markup"
