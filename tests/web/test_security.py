"""Security headers, upload limits and content checks, and errors that never show a stack trace."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from offergap.web import create_app
from offergap.web.config import WebSettings
from tests.web.documents import blank_pdf
from tests.web.helpers import SECRET, csrf, sign_up

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200


@pytest.mark.parametrize(
    "path", ["/", "/signin", "/static/app.css", "/api/v1/openapi.json", "/nope", "/api/v1/nope"]
)
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    policy = response.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert (
        directives["script-src"] == "'self'" and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    )
    assert directives["frame-ancestors"] == "'none'"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "same-origin"


def test_pages_are_not_cached_but_static_files_may_be(client: TestClient) -> None:
    assert client.get("/signin").headers["cache-control"] == "no-store"
    assert client.get("/static/app.js").headers.get("cache-control") != "no-store"


def test_pages_have_no_inline_script(client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    for path in ("/board", "/import", "/resumes", "/sharing", "/diagnosis"):
        html = client.get(path).text
        assert "<script>" not in html and " on" + "click=" not in html, path
        assert html.count("<script") == 1 and 'src="/static/app.js' in html


def test_missing_pages_and_routes_answer_404_in_the_right_format(client: TestClient) -> None:
    page = client.get("/no/such/page")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    api = client.get("/api/v1/no/such/route")
    assert api.status_code == 404 and api.json() == {"error": {"code": "not_found", "message": "Not Found"}}
    wrong_method = client.put("/api/v1/workbook")
    assert wrong_method.status_code == 405 and wrong_method.json()["error"]["code"] == "method_not_allowed"


def test_invalid_api_input_is_a_json_error_listing_each_problem(client: TestClient) -> None:
    response = client.post("/api/v1/accounts", json={"email": "x@example.com", "role": "boss"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_input"
    assert {p["where"] for p in error["problems"]} == {"$.password", "$.role"}


def test_a_bug_answers_500_without_a_stack_trace(app: FastAPI) -> None:
    def explode() -> None:
        raise RuntimeError("secret internals /etc/offergap")

    app.add_api_route("/api/v1/explode", explode)
    app.add_api_route("/explode", explode)
    with TestClient(app, raise_server_exceptions=False) as client:
        api = client.get("/api/v1/explode")
        page = client.get("/explode")
    assert api.status_code == 500 and api.json()["error"]["code"] == "internal_error"
    for response in (api, page):
        assert "secret internals" not in response.text and "Traceback" not in response.text
        assert response.headers["x-content-type-options"] == "nosniff"


def _small_app(db_url: str) -> FastAPI:
    return create_app(db_url, settings=WebSettings(secret_key=SECRET, max_body_bytes=64 * 1024))


def test_an_upload_over_the_limit_is_refused_before_it_is_read(db_url: str) -> None:
    app = _small_app(db_url)
    with TestClient(app) as client:
        sign_up(client, "dana@example.com")
        token = csrf(client.get("/resumes").text)
        big = b"Analyst " * 20000
        response = client.post(
            "/resumes", data={"csrf_token": token}, files={"file": ("cv.txt", big, "text/plain")}
        )
        assert response.status_code == 413 and client.get("/resumes").text.count("cv.txt") == 0
        api = client.post(
            "/api/v1/accounts",
            content=b"{" + b" " * 70000 + b"}",
            headers={"content-type": "application/json"},
        )
        assert api.status_code == 413 and api.json()["error"]["code"] == "payload_too_large"
    app.state.web.store.close()


def test_a_chunked_upload_over_the_limit_is_cut_off(db_url: str) -> None:
    app = _small_app(db_url)

    def chunks() -> object:
        for _ in range(20):
            yield b"x" * 8192

    with TestClient(app) as client:
        response = client.post(
            "/api/v1/accounts", content=chunks(), headers={"content-type": "application/json"}
        )
    app.state.web.store.close()
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("resume.pdf", PNG, "not a PDF, DOCX or text file"),
        ("resume.docx", b"PK\x03\x04" + b"\x00" * 100, "not a PDF, DOCX or text file"),
        ("scan.pdf", blank_pdf(), "no extractable text"),
        ("empty.txt", b"   ", "empty"),
    ],
)
def test_resume_uploads_are_checked_by_content(
    client: TestClient, name: str, content: bytes, message: str
) -> None:
    sign_up(client, "dana@example.com")
    token = csrf(client.get("/resumes").text)
    response = client.post(
        "/resumes", data={"csrf_token": token}, files={"file": (name, content, "application/pdf")}
    )
    assert response.status_code == 400 and message in response.text
    assert "No resume yet" in client.get("/resumes").text


def test_import_uploads_are_checked_by_content(client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    token = csrf(client.get("/import").text)
    for name in ("workbook.json", "jobs.csv"):
        response = client.post("/import", data={"csrf_token": token}, files={"file": (name, PNG, "text/csv")})
        assert response.status_code == 400, name
    assert client.get("/api/v1/account").status_code == 401  # nothing else changed the session


def test_a_web_workbook_cannot_make_the_server_read_its_own_files(client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    token = csrf(client.get("/import").text)
    workbook = (
        b'{"format": "offergap.workbook/1", "resumes": [{"id": "r", "path": "/etc/passwd", "text": "x"}]}'
    )
    response = client.post(
        "/import", data={"csrf_token": token}, files={"file": ("w.json", workbook, "application/json")}
    )
    assert response.status_code == 400 and "cannot point at a file" in response.text
    exported = client.get("/export").json()
    assert exported["resumes"] == []


def test_text_the_database_cannot_store_is_a_clean_400(client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    token = csrf(client.get("/board").text)
    form = {"csrf_token": token, "company": "Acme\x00", "title": "Analyst"}
    response = client.post("/opportunities", data=form, follow_redirects=False)
    # SQLite stores a NUL; PostgreSQL refuses it: either way, never a 500.
    assert response.status_code in {303, 400}
    api = client.post("/api/v1/tokens", json={"email": "a\x00@example.com", "password": "x"})
    assert api.status_code == 422
