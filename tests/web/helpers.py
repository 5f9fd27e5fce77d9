"""Helpers shared by the web tests: CSRF tokens from pages, accounts, and a small world of users."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from offergap.store import schema as t
from offergap.store.accounts import account
from offergap.workbook import dump_workbook, load_workbook

SECRET = "test-secret-key-for-the-web-app-only-0123456789"
PASSWORD = "correct horse battery"
DEV_WORKBOOK = Path(__file__).resolve().parents[3] / "shared" / "dev" / "diagnose" / "dev-normal.json"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def example_data() -> dict[str, Any]:
    """The packaged example search (Dana Reyes), or a development workbook when it is absent."""
    try:
        from offergap.examples import example_workbook
    except ImportError:
        return dump_workbook(load_workbook(DEV_WORKBOOK))
    return dump_workbook(example_workbook())


def small_workbook(prefix: str, name: str) -> dict[str, Any]:
    return {
        "format": "offergap.workbook/1",
        "as_of": "2026-11-20",
        "seeker": {"name": name},
        "resumes": [{"id": f"{prefix}-cv", "text": "Analyst. SQL, Python, Tableau."}],
        "opportunities": [
            {
                "id": f"{prefix}-1",
                "company": f"{prefix.upper()} Corp",
                "title": "Analyst",
                "resume": f"{prefix}-cv",
                "applied_on": "2026-10-01",
                "posting": {"text": "We need an analyst with SQL and Python."},
                "events": [{"type": "screen", "date": "2026-10-08"}],
            }
        ],
    }


def sign_up(client: TestClient, email: str, role: str = "seeker", name: str = "") -> None:
    page = client.get("/signup")
    form = {"csrf_token": csrf(page.text), "email": email, "password": PASSWORD, "role": role, "name": name}
    response = client.post("/signup", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> Any:
    page = client.get("/signin")
    form = {"csrf_token": csrf(page.text), "email": email, "password": password}
    return client.post("/signin", data=form, follow_redirects=False)


def api_token(client: TestClient, email: str, password: str = PASSWORD) -> dict[str, str]:
    response = client.post("/api/v1/tokens", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def import_workbook(client: TestClient, data: dict[str, Any]) -> Any:
    page = client.get("/import")
    files = {"file": ("workbook.json", json.dumps(data).encode(), "application/json")}
    return client.post("/import", data={"csrf_token": csrf(page.text)}, files=files)


def invite_code(client: TestClient) -> str:
    page = client.get("/sharing")
    response = client.post("/sharing/invitations", data={"csrf_token": csrf(page.text)})
    found = re.search(r"<output[^>]*>([A-Z0-9-]+)</output>", response.text)
    assert found, response.text
    return found.group(1)


def accept_code(client: TestClient, code: str) -> Any:
    page = client.get("/clients")
    return client.post(
        "/clients/accept", data={"csrf_token": csrf(page.text), "code": code}, follow_redirects=False
    )


@dataclass
class Person:
    email: str
    client: TestClient
    bearer: dict[str, str]


@dataclass
class World:
    app: FastAPI
    anonymous: TestClient
    seeker_a: Person
    seeker_b: Person
    counselor_a: Person  # A invited them
    counselor_other: Person  # B's counselor, never invited by A
    a_search_id: int
    b_search_id: int
    a_opportunity: str
    b_opportunity: str
    a_resume: str
    counselor_a_account: int
    counselor_other_account: int

    def person(self, role: str) -> Person | None:
        return {
            "seeker_a": self.seeker_a,
            "seeker_b": self.seeker_b,
            "counselor_a": self.counselor_a,
            "counselor_other": self.counselor_other,
        }.get(role)


def _person(app: FastAPI, email: str, role: str, name: str) -> Person:
    client = TestClient(app)
    sign_up(client, email, role, name)
    return Person(email, client, api_token(client, email))


def _search_id(app: FastAPI, email: str) -> int:
    store = app.state.web.store
    query = select(t.seeker.c.id).join(account, account.c.id == t.seeker.c.account_id)
    with store.transaction() as conn:
        return int(conn.execute(query.where(account.c.email == email)).scalar_one())


def build_world(app: FastAPI) -> World:
    a = _person(app, "a@example.com", "seeker", "Dana")
    b = _person(app, "b@example.com", "seeker", "Dana")  # the same name on purpose: names never scope
    ca = _person(app, "ca@example.com", "counselor", "Casey")
    co = _person(app, "co@example.com", "counselor", "Olivia")
    example = example_data()
    assert import_workbook(a.client, example).status_code == 200
    assert import_workbook(b.client, small_workbook("b", "Dana")).status_code == 200
    assert accept_code(ca.client, invite_code(a.client)).status_code == 303
    assert accept_code(co.client, invite_code(b.client)).status_code == 303
    return World(
        app=app,
        anonymous=TestClient(app),
        seeker_a=a,
        seeker_b=b,
        counselor_a=ca,
        counselor_other=co,
        a_search_id=_search_id(app, a.email),
        b_search_id=_search_id(app, b.email),
        a_opportunity=example["opportunities"][0]["id"],
        b_opportunity="b-1",
        a_resume=example["resumes"][0]["id"],
        counselor_a_account=_account_id(ca),
        counselor_other_account=_account_id(co),
    )


def _account_id(person: Person) -> int:
    response = person.client.get("/api/v1/account", headers=person.bearer)
    return int(response.json()["id"])
