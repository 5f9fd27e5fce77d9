"""The access matrix: every role against every resource, with the exact status each must get.

Roles: anonymous, seeker A, seeker B, A's counselor (invited by A), another counselor (B's).
An id that belongs to someone else answers 404, exactly like an id that does not exist.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.helpers import World, csrf, small_workbook

ROLES = ("anonymous", "seeker_a", "seeker_b", "counselor_a", "counselor_other")
SIGN_IN = 303  # a page asked for without a session redirects to the sign-in form
DIAGNOSIS = 200

# (method, path, statuses for anonymous, seeker A, seeker B, A's counselor, another counselor)
PAGES: list[tuple[str, str, tuple[int | None, ...]]] = [
    ("GET", "/board", (SIGN_IN, 200, 200, 403, 403)),
    ("GET", "/opportunities/{a_opp}", (SIGN_IN, 200, 404, 403, 403)),
    ("GET", "/opportunities/{b_opp}", (SIGN_IN, 404, 200, 403, 403)),
    ("GET", "/opportunities/no-such-id", (SIGN_IN, 404, 404, 403, 403)),
    ("GET", "/resumes", (SIGN_IN, 200, 200, 403, 403)),
    ("GET", "/resumes/{a_resume}", (SIGN_IN, 200, 404, 403, 403)),
    ("GET", "/import", (SIGN_IN, 200, 200, 403, 403)),
    ("GET", "/export", (SIGN_IN, 200, 200, 403, 403)),
    ("GET", "/diagnosis", (SIGN_IN, 200, 200, 403, 403)),
    ("GET", "/sharing", (SIGN_IN, 200, 200, 403, 403)),
    ("GET", "/clients", (SIGN_IN, 403, 403, 200, 200)),
    ("GET", "/clients/{a_id}", (SIGN_IN, 403, 403, 200, 404)),
    ("GET", "/clients/{b_id}", (SIGN_IN, 403, 403, 404, 200)),
    ("GET", "/clients/999999", (SIGN_IN, 403, 403, 404, 404)),
    ("GET", "/clients/{a_id}/opportunities/{a_opp}", (SIGN_IN, 403, 403, 200, 404)),
    ("GET", "/clients/{a_id}/opportunities/{b_opp}", (SIGN_IN, 403, 403, 404, 404)),
    ("POST", "/opportunities/{a_opp}/expenses", (SIGN_IN, 303, 404, 403, 403)),
    ("POST", "/board/move?card={b_opp}", (SIGN_IN, 404, 303, 403, 403)),
    ("POST", "/clients/{a_id}/notes", (SIGN_IN, 403, 403, 303, 404)),
    ("POST", "/clients/{b_id}/notes/1/delete", (SIGN_IN, 403, 403, 404, 404)),
    ("POST", "/sharing/counselors/999999/revoke", (SIGN_IN, 404, 404, 403, 403)),
]

API: list[tuple[str, str, tuple[int | None, ...]]] = [
    ("GET", "/api/v1/account", (401, 200, 200, 200, 200)),
    ("GET", "/api/v1/workbook", (401, 200, 200, 403, 403)),
    ("GET", "/api/v1/opportunities", (401, 200, 200, 403, 403)),
    ("GET", "/api/v1/opportunities/{a_opp}", (401, 200, 404, 403, 403)),
    ("GET", "/api/v1/opportunities/{b_opp}", (401, 404, 200, 403, 403)),
    ("GET", "/api/v1/diagnosis", (401, DIAGNOSIS, DIAGNOSIS, 403, 403)),
    ("GET", "/api/v1/counselors", (401, 200, 200, 403, 403)),
    ("GET", "/api/v1/clients", (401, 403, 403, 200, 200)),
    ("GET", "/api/v1/clients/{a_id}/diagnosis", (401, 403, 403, DIAGNOSIS, 404)),
    ("GET", "/api/v1/clients/{b_id}/diagnosis", (401, 403, 403, 404, DIAGNOSIS)),
    ("GET", "/api/v1/clients/{a_id}/workbook", (401, 403, 403, 200, 404)),
    ("GET", "/api/v1/clients/999999/workbook", (401, 403, 403, 404, 404)),
    ("POST", "/api/v1/invitations", (401, 201, 201, 403, 403)),
    ("POST", "/api/v1/invitations/AAAA-BBBB-CCCC/accept", (401, 403, 403, 404, 404)),
    # A revoking B's counselor, and B revoking A's: neither has that counselor, so 404. (None: the
    # owner's own revocation, which would change the world, is tested in test_sharing.py.)
    ("DELETE", "/api/v1/counselors/{co_account}", (401, 404, None, 403, 403)),
    ("DELETE", "/api/v1/counselors/{ca_account}", (401, None, 404, 403, 403)),
    ("POST", "/api/v1/workbooks", (401, 201, 201, 403, 403)),
]

FORMS = {
    "/opportunities/{a_opp}/expenses": {"category": "travel", "amount": "20", "currency": "USD"},
    "/board/move?card={b_opp}": {"move": "{b_opp}", "stage:{b_opp}": "offer"},
    "/clients/{a_id}/notes": {"body": "A note from the access matrix"},
}


def _fill(path: str, world: World) -> str:
    return path.format(
        a_opp=world.a_opportunity,
        b_opp=world.b_opportunity,
        a_resume=world.a_resume,
        a_id=world.a_search_id,
        b_id=world.b_search_id,
        ca_account=world.counselor_a_account,
        co_account=world.counselor_other_account,
    )


def _page_request(world: World, role: str, method: str, path: str) -> int:
    person = world.person(role)
    client = person.client if person else world.anonymous
    url = _fill(path, world)
    if method == "GET":
        return int(client.get(url, follow_redirects=False).status_code)
    fields = {_fill(k, world): _fill(v, world) for k, v in FORMS.get(path, {}).items()}
    form = {"csrf_token": csrf(client.get("/signin").text), **fields}
    return int(client.post(url, data=form, follow_redirects=False).status_code)


def _api_request(world: World, role: str, method: str, path: str) -> int:
    person = world.person(role)
    headers = person.bearer if person else {}
    body: Any = None
    if path.endswith("/workbooks"):
        body = small_workbook(f"api-{role}", "Dana")
    response = world.anonymous.request(method, _fill(path, world), headers=headers, json=body)
    return int(response.status_code)


def _ids(rows: list[tuple[str, str, tuple[int | None, ...]]]) -> list[str]:
    return [f"{method} {path}" for method, path, _ in rows]


@pytest.mark.parametrize(("method", "path", "expected"), PAGES, ids=_ids(PAGES))
def test_pages_answer_each_role_exactly(
    world: World, method: str, path: str, expected: tuple[int, ...]
) -> None:
    actual = tuple(
        None if want is None else _page_request(world, role, method, path)
        for role, want in zip(ROLES, expected, strict=True)
    )
    assert dict(zip(ROLES, actual, strict=True)) == dict(zip(ROLES, expected, strict=True))


@pytest.mark.parametrize(("method", "path", "expected"), API, ids=_ids(API))
def test_api_answers_each_role_exactly(
    world: World, method: str, path: str, expected: tuple[int, ...]
) -> None:
    actual = tuple(
        None if want is None else _api_request(world, role, method, path)
        for role, want in zip(ROLES, expected, strict=True)
    )
    assert dict(zip(ROLES, actual, strict=True)) == dict(zip(ROLES, expected, strict=True))


def test_anonymous_pages_redirect_to_sign_in_and_come_back(world: World) -> None:
    response = world.anonymous.get("/clients/1", follow_redirects=False)
    assert response.headers["location"] == "/signin?next=/clients/1"


def test_someone_elses_opportunity_reads_exactly_like_a_missing_one(world: World) -> None:
    b = world.seeker_b.bearer
    theirs = world.anonymous.get(f"/api/v1/opportunities/{world.a_opportunity}", headers=b)
    missing = world.anonymous.get("/api/v1/opportunities/zz-missing", headers=b)
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == {
        "error": {
            **missing.json()["error"],
            "message": missing.json()["error"]["message"].replace("zz-missing", world.a_opportunity),
        }
    }
    assert set(theirs.headers) == set(missing.headers)


def test_someone_elses_client_reads_exactly_like_a_missing_one(world: World) -> None:
    other = world.counselor_other.bearer
    theirs = world.anonymous.get(f"/api/v1/clients/{world.a_search_id}/workbook", headers=other)
    missing = world.anonymous.get("/api/v1/clients/999999/workbook", headers=other)
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json()["error"]["message"].replace(str(world.a_search_id), "N") == missing.json()["error"][
        "message"
    ].replace("999999", "N")


def test_a_counselor_sees_only_the_clients_who_invited_them(world: World) -> None:
    listed = world.anonymous.get("/api/v1/clients", headers=world.counselor_a.bearer).json()
    assert [c["id"] for c in listed] == [world.a_search_id]
    listed = world.anonymous.get("/api/v1/clients", headers=world.counselor_other.bearer).json()
    assert [c["id"] for c in listed] == [world.b_search_id]


def test_counselor_notes_are_private_to_their_author(world: World) -> None:
    client = world.counselor_a.client
    page = client.get(f"/clients/{world.a_search_id}")
    secret_note = "Private: practise salary questions"
    client.post(
        f"/clients/{world.a_search_id}/notes", data={"csrf_token": csrf(page.text), "body": secret_note}
    )
    assert secret_note in client.get(f"/clients/{world.a_search_id}").text
    seeker_pages = ["/board", "/diagnosis", f"/opportunities/{world.a_opportunity}", "/sharing", "/export"]
    for path in seeker_pages:
        assert secret_note not in world.seeker_a.client.get(path).text, path


def test_a_counselor_view_is_read_only(world: World) -> None:
    page = world.counselor_a.client.get(f"/clients/{world.a_search_id}/opportunities/{world.a_opportunity}")
    assert page.status_code == 200
    assert "/events" not in page.text and "read-only" in page.text
