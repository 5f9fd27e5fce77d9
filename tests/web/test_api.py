"""The JSON API: importing and reading a search, with errors as {"error": {"code", "message"}}."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from offergap.analysis.diagnose import diagnose
from offergap.workbook import validate_workbook
from tests.web.helpers import PASSWORD, example_data, small_workbook


@pytest.fixture
def bearer(client: TestClient) -> dict[str, str]:
    assert (
        client.post(
            "/api/v1/accounts",
            json={"email": "dana@example.com", "password": PASSWORD, "role": "seeker", "name": "Dana"},
        ).status_code
        == 201
    )
    token = client.post("/api/v1/tokens", json={"email": "dana@example.com", "password": PASSWORD}).json()
    assert token["token_type"] == "bearer" and token["expires_in"] > 0
    return {"Authorization": f"Bearer {token['token']}"}


def test_import_then_read_the_workbook_back(client: TestClient, bearer: dict[str, str]) -> None:
    data = example_data()
    created = client.post("/api/v1/workbooks", json=data, headers=bearer)
    assert created.status_code == 201
    assert created.json()["added"] == [o["id"] for o in data["opportunities"]]
    again = client.post("/api/v1/workbooks", json=data, headers=bearer).json()
    assert again["added"] == [] and len(again["skipped"]) == len(data["opportunities"])
    exported = client.get("/api/v1/workbook", headers=bearer).json()
    assert exported["opportunities"] == data["opportunities"]
    assert exported["resumes"] == data["resumes"]


def test_opportunities_list_and_one_with_its_events(client: TestClient, bearer: dict[str, str]) -> None:
    client.post("/api/v1/workbooks", json=small_workbook("s", "Dana"), headers=bearer)
    rows = client.get("/api/v1/opportunities", headers=bearer).json()
    assert rows == [
        {
            "id": "s-1",
            "company": "S Corp",
            "title": "Analyst",
            "stage": "screen",
            "stage_label": "screen",
            "outcome": "ghosted",
            "days_since_contact": 43,
            "applied_on": "2026-10-01",
        }
    ]
    one = client.get("/api/v1/opportunities/s-1", headers=bearer).json()
    assert one["events"] == [{"type": "screen", "date": "2026-10-08"}]
    assert [e["kind"] for e in one["timeline"]] == ["applied", "screen"]
    assert one["opportunity"]["posting"]["text"].startswith("We need an analyst")


def test_schema_errors_list_each_problem_with_its_path(client: TestClient, bearer: dict[str, str]) -> None:
    bad = small_workbook("s", "Dana")
    bad["opportunities"][0]["events"][0]["type"] = "party"
    bad["unknown"] = 1
    response = client.post("/api/v1/workbooks", json=bad, headers=bearer)
    assert response.status_code == 422
    wheres = {p["where"] for p in response.json()["error"]["problems"]}
    assert "$.unknown" in wheres and any(
        w.startswith("$.opportunities.0.events.0.type") or w.startswith("$.opportunities[0].events[0].type")
        for w in wheres
    )


def test_cross_record_errors_are_refused_and_nothing_is_written(
    client: TestClient, bearer: dict[str, str]
) -> None:
    bad = small_workbook("s", "Dana")
    bad["opportunities"].append({**bad["opportunities"][0]})
    bad["opportunities"][1]["resume"] = "no-such-resume"
    response = client.post("/api/v1/workbooks", json=bad, headers=bearer)
    assert response.status_code == 400
    reasons = " ".join(p["reason"] for p in response.json()["error"]["problems"])
    assert "duplicate id" in reasons and "does not exist" in reasons
    assert client.get("/api/v1/workbook", headers=bearer).json()["opportunities"] == []


def test_a_resume_path_is_refused_over_the_api(client: TestClient, bearer: dict[str, str]) -> None:
    data = {
        "format": "offergap.workbook/1",
        "resumes": [{"id": "r", "path": "../../etc/passwd", "text": "x"}],
    }
    response = client.post("/api/v1/workbooks", json=data, headers=bearer)
    assert (
        response.status_code == 400
        and response.json()["error"]["problems"][0]["where"] == "$.resumes[0].path"
    )


def test_malformed_json_is_a_clean_error(client: TestClient, bearer: dict[str, str]) -> None:
    response = client.post(
        "/api/v1/workbooks", content=b"{not json", headers={**bearer, "content-type": "application/json"}
    )
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_input"


def test_a_bearer_token_must_be_real(client: TestClient) -> None:
    for header in ("Bearer nope", "Basic abc", "Bearer"):
        response = client.get("/api/v1/workbook", headers={"Authorization": header})
        assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"


def test_the_diagnosis_json(client: TestClient, bearer: dict[str, str]) -> None:
    client.post("/api/v1/workbooks", json=example_data(), headers=bearer)
    response = client.get("/api/v1/diagnosis", headers=bearer)
    exported = client.get("/api/v1/workbook", headers=bearer).json()
    assert response.status_code == 200
    assert response.json() == json.loads(
        json.dumps(diagnose(validate_workbook(exported)).as_json(), default=str)
    )


def test_the_openapi_document_lists_the_api_only(client: TestClient) -> None:
    document = client.get("/api/v1/openapi.json").json()
    paths = set(document["paths"])
    assert {
        "/api/v1/accounts",
        "/api/v1/tokens",
        "/api/v1/workbooks",
        "/api/v1/workbook",
        "/api/v1/diagnosis",
        "/api/v1/opportunities/{opportunity_id}",
        "/api/v1/invitations/{code}/accept",
        "/api/v1/clients/{client_id}/diagnosis",
    } <= paths
    assert all(p.startswith("/api/v1/") for p in paths)
    assert client.get("/docs").status_code == 404  # no documentation UI that would load from a CDN
