"""Invitations are one-time and expire; access can be revoked; counselor notes stay with their author."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient

from offergap.web import create_app
from offergap.web.config import WebSettings
from tests.web.helpers import (
    SECRET,
    accept_code,
    api_token,
    csrf,
    import_workbook,
    invite_code,
    sign_up,
    small_workbook,
)


def _pair(client: TestClient) -> tuple[TestClient, TestClient]:
    seeker, counselor = client, TestClient(client.app)
    sign_up(seeker, "dana@example.com", name="Dana")
    sign_up(counselor, "casey@example.com", role="counselor", name="Casey")
    import_workbook(seeker, small_workbook("s", "Dana"))
    return seeker, counselor


def test_invite_accept_view_and_revoke(client: TestClient) -> None:
    seeker, counselor = _pair(client)
    accepted = accept_code(counselor, invite_code(seeker).lower().replace("-", " "))
    client_url = accepted.headers["location"]
    assert counselor.get(client_url).status_code == 200
    clients_page = counselor.get("/clients").text
    assert "Dana" in clients_page and "2026-10-08" in clients_page  # the last activity: the screen
    sharing = seeker.get("/sharing").text
    assert "Casey" in sharing and "casey@example.com" in sharing
    counselor_id = int(sharing.split("/sharing/counselors/")[1].split("/")[0])
    revoked = seeker.post(
        f"/sharing/counselors/{counselor_id}/revoke",
        data={"csrf_token": csrf(sharing)},
        follow_redirects=False,
    )
    assert revoked.status_code == 303
    assert counselor.get(client_url).status_code == 404
    assert "No client has invited you yet" in counselor.get("/clients").text


def test_an_invitation_code_works_once(client: TestClient) -> None:
    seeker, counselor = _pair(client)
    code = invite_code(seeker)
    assert accept_code(counselor, code).status_code == 303
    other = TestClient(client.app)
    sign_up(other, "olivia@example.com", role="counselor")
    assert accept_code(other, code).status_code == 404
    assert "No client has invited you yet" in other.get("/clients").text


def test_an_expired_invitation_is_refused(db_url: str) -> None:
    app = create_app(db_url, settings=WebSettings(secret_key=SECRET, invitation_ttl=timedelta(seconds=-1)))
    with TestClient(app) as client:
        seeker, counselor = _pair(client)
        assert accept_code(counselor, invite_code(seeker)).status_code == 404
    app.state.web.store.close()


def test_a_nonsense_code_is_a_clear_error(client: TestClient) -> None:
    _, counselor = _pair(client)
    assert accept_code(counselor, "!!").status_code == 400


def test_notes_can_be_deleted_by_their_author_only(client: TestClient) -> None:
    seeker, counselor = _pair(client)
    code = invite_code(seeker)
    location = accept_code(counselor, code).headers["location"]
    page = counselor.get(location)
    counselor.post(f"{location}/notes", data={"csrf_token": csrf(page.text), "body": "Mock interview Friday"})
    page = counselor.get(location)
    assert "Mock interview Friday" in page.text
    note_path = page.text.split('action="')[-1].split('"')[0]
    assert note_path.endswith("/delete")
    second = TestClient(client.app)
    sign_up(second, "olivia@example.com", role="counselor")
    accept_code(second, invite_code(seeker))
    assert "Mock interview Friday" not in second.get(location).text
    assert second.post(note_path, data={"csrf_token": csrf(second.get("/clients").text)}).status_code == 404
    assert (
        counselor.post(note_path, data={"csrf_token": csrf(page.text)}, follow_redirects=False).status_code
        == 303
    )
    assert "Mock interview Friday" not in counselor.get(location).text


def test_a_blank_note_is_refused(client: TestClient) -> None:
    seeker, counselor = _pair(client)
    location = accept_code(counselor, invite_code(seeker)).headers["location"]
    response = counselor.post(
        f"{location}/notes", data={"csrf_token": csrf(counselor.get(location).text), "body": "  "}
    )
    assert response.status_code == 400


def test_the_same_flow_through_the_api(client: TestClient) -> None:
    seeker, counselor = _pair(client)
    s_headers, c_headers = api_token(seeker, "dana@example.com"), api_token(counselor, "casey@example.com")
    invitation = client.post("/api/v1/invitations", headers=s_headers)
    assert invitation.status_code == 201 and len(invitation.json()["code"]) == 14
    accepted = client.post(f"/api/v1/invitations/{invitation.json()['code']}/accept", headers=c_headers)
    assert accepted.status_code == 200
    body = accepted.json()
    assert (body["name"], body["opportunities"], body["last_activity"]) == ("Dana", 1, "2026-10-08")
    assert [c["id"] for c in client.get("/api/v1/clients", headers=c_headers).json()] == [body["id"]]
    workbook = client.get(f"/api/v1/clients/{body['id']}/workbook", headers=c_headers).json()
    assert [o["id"] for o in workbook["opportunities"]] == ["s-1"]
    counselors = client.get("/api/v1/counselors", headers=s_headers).json()
    assert [c["email"] for c in counselors] == ["casey@example.com"]
    assert client.delete(f"/api/v1/counselors/{counselors[0]['id']}", headers=s_headers).status_code == 204
    assert client.get(f"/api/v1/clients/{body['id']}/workbook", headers=c_headers).status_code == 404
    assert client.get("/api/v1/clients", headers=c_headers).json() == []
