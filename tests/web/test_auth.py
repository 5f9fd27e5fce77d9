"""Accounts and sessions: Argon2 hashes, sessions rotated on sign-in, CSRF, the sign-in rate limit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from offergap.store.accounts import account, web_session
from offergap.web import create_app
from offergap.web.config import WebSettings
from tests.web.helpers import PASSWORD, SECRET, csrf, sign_in, sign_up


def _stored_hash(app: FastAPI, email: str) -> str:
    with app.state.web.store.transaction() as conn:
        return str(conn.execute(select(account.c.password_hash).where(account.c.email == email)).scalar_one())


def test_sign_up_stores_an_argon2id_hash_and_signs_in(app: FastAPI, client: TestClient) -> None:
    sign_up(client, "Dana@Example.com", name="Dana")
    stored = _stored_hash(app, "dana@example.com")
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert client.get("/board").status_code == 200


def test_a_short_password_or_bad_email_is_refused_with_the_form_again(client: TestClient) -> None:
    page = client.get("/signup")
    form = {"csrf_token": csrf(page.text), "email": "not-an-email", "password": "short", "role": "seeker"}
    response = client.post("/signup", data=form)
    assert response.status_code == 400
    assert "not an email address" in response.text and "shorter than 10 characters" in response.text


def test_the_same_email_cannot_sign_up_twice(client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    other = TestClient(client.app)
    page = other.get("/signup")
    form = {
        "csrf_token": csrf(page.text),
        "email": "DANA@example.com",
        "password": PASSWORD,
        "role": "seeker",
    }
    assert other.post("/signup", data=form).status_code == 409


def test_session_cookie_is_signed_httponly_samesite_and_rotated_on_sign_in(
    app: FastAPI, client: TestClient
) -> None:
    sign_up(client, "dana@example.com")
    first = client.cookies["og_session"]
    response = sign_in(client, "dana@example.com")
    assert response.status_code == 303
    cookie_header = response.headers["set-cookie"].lower()
    assert "httponly" in cookie_header and "samesite=lax" in cookie_header
    second = client.cookies["og_session"]
    assert second != first and "." in second  # value.timestamp.signature
    stale = TestClient(app, cookies={"og_session": first})
    assert stale.get("/board", follow_redirects=False).status_code == 303
    with app.state.web.store.transaction() as conn:
        assert len(conn.execute(select(web_session)).all()) == 1


def test_a_tampered_session_cookie_is_ignored(app: FastAPI, client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    value = client.cookies["og_session"]
    forged = TestClient(
        app, cookies={"og_session": value[:-2] + ("AA" if not value.endswith("AA") else "BB")}
    )
    assert forged.get("/board", follow_redirects=False).status_code == 303


def test_sign_out_ends_the_session_on_the_server(app: FastAPI, client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    cookie = client.cookies["og_session"]
    page = client.get("/board")
    assert (
        client.post("/signout", data={"csrf_token": csrf(page.text)}, follow_redirects=False).status_code
        == 303
    )
    replay = TestClient(app, cookies={"og_session": cookie})
    assert replay.get("/board", follow_redirects=False).status_code == 303


def test_sign_in_returns_to_the_page_asked_for_but_never_off_site(client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    client.cookies.clear()
    page = client.get("/signin?next=/resumes")
    form = {
        "csrf_token": csrf(page.text),
        "email": "dana@example.com",
        "password": PASSWORD,
        "next": "/resumes",
    }
    assert client.post("/signin", data=form, follow_redirects=False).headers["location"] == "/resumes"
    client.cookies.clear()
    page = client.get("/signin")
    form |= {"csrf_token": csrf(page.text), "next": "//evil.example/"}
    assert client.post("/signin", data=form, follow_redirects=False).headers["location"] == "/board"


@pytest.mark.parametrize(
    "path",
    ["/signup", "/signin", "/signout", "/opportunities", "/import", "/resumes", "/sharing/invitations"],
)
def test_state_changing_forms_need_the_csrf_token(client: TestClient, path: str) -> None:
    sign_up(client, "dana@example.com")
    assert client.post(path, data={"email": "x@example.com"}, follow_redirects=False).status_code == 403
    assert client.post(path, data={"csrf_token": "0" * 64}, follow_redirects=False).status_code == 403


def test_a_csrf_token_from_another_browser_is_refused(app: FastAPI, client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    other = TestClient(app)
    sign_up(other, "eve@example.com")
    their_token = csrf(other.get("/board").text)
    form = {"csrf_token": their_token, "company": "Acme", "title": "Analyst"}
    assert client.post("/opportunities", data=form, follow_redirects=False).status_code == 403
    form["csrf_token"] = csrf(client.get("/board").text)
    assert client.post("/opportunities", data=form, follow_redirects=False).status_code == 303


def test_the_csrf_token_changes_when_the_session_does(client: TestClient) -> None:
    before = csrf(client.get("/signin").text)
    sign_up(client, "dana@example.com")
    after = csrf(client.get("/board").text)
    assert before != after


def test_sign_in_is_rate_limited_per_email(app: FastAPI, client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    attacker = TestClient(app)
    statuses = [sign_in(attacker, "dana@example.com", "wrong password!").status_code for _ in range(5)]
    assert statuses == [401] * 5
    blocked = sign_in(attacker, "dana@example.com")  # even the right password, for now
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    api = attacker.post("/api/v1/tokens", json={"email": "dana@example.com", "password": PASSWORD})
    assert api.status_code == 429 and api.json()["error"]["code"] == "too_many_attempts"


def test_sign_in_is_rate_limited_per_address(db_url: str) -> None:
    settings = WebSettings(secret_key=SECRET, signin_failures_per_address=3)
    app = create_app(db_url, settings=settings)
    with TestClient(app) as client:
        statuses = [sign_in(client, f"user{n}@example.com", "wrong password!").status_code for n in range(4)]
    app.state.web.store.close()
    assert statuses == [401, 401, 401, 429]


def test_failures_age_out_of_the_window(db_url: str) -> None:
    settings = WebSettings(secret_key=SECRET, signin_window=timedelta(seconds=0), signin_failures_per_email=1)
    app = create_app(db_url, settings=settings)
    with TestClient(app) as client:
        sign_up(client, "dana@example.com")
        client.cookies.clear()
        assert sign_in(client, "dana@example.com", "wrong password!").status_code == 401
        assert sign_in(client, "dana@example.com").status_code == 303
    app.state.web.store.close()


def test_api_accounts_and_tokens(client: TestClient) -> None:
    created = client.post(
        "/api/v1/accounts", json={"email": "c@example.com", "password": PASSWORD, "role": "counselor"}
    )
    assert created.status_code == 201
    assert created.json() == {
        "id": created.json()["id"],
        "email": "c@example.com",
        "role": "counselor",
        "name": "c",
    }
    again = client.post(
        "/api/v1/accounts", json={"email": "c@example.com", "password": PASSWORD, "role": "seeker"}
    )
    assert again.status_code == 409 and again.json()["error"]["code"] == "conflict"
    wrong = client.post("/api/v1/tokens", json={"email": "c@example.com", "password": "nope nope nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    token = client.post("/api/v1/tokens", json={"email": "c@example.com", "password": PASSWORD}).json()[
        "token"
    ]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/account", headers=headers).json()["role"] == "counselor"
    assert client.delete("/api/v1/tokens/current", headers=headers).status_code == 204
    assert client.get("/api/v1/account", headers=headers).status_code == 401


def test_api_token_cookies_are_not_api_credentials(client: TestClient) -> None:
    sign_up(client, "dana@example.com")
    assert client.get("/api/v1/workbook").status_code == 401
