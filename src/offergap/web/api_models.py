"""The JSON API's request and response bodies (they make up /api/v1/openapi.json)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from offergap.web.security import EMAIL_PATTERN


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NewAccount(_Body):
    email: str = Field(max_length=320, pattern=EMAIL_PATTERN, examples=["dana@example.com"])
    password: str = Field(min_length=10, max_length=1024)
    role: Literal["seeker", "counselor"]
    name: str | None = Field(default=None, max_length=200)


class AccountOut(BaseModel):
    id: int
    email: str
    role: Literal["seeker", "counselor"]
    name: str


class SignIn(_Body):
    email: str = Field(max_length=320, pattern=EMAIL_PATTERN)
    password: str = Field(max_length=1024)


class TokenOut(BaseModel):
    token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="seconds")


class ProblemOut(BaseModel):
    where: str
    reason: str
    hint: str = ""


class ImportOut(BaseModel):
    seeker: str
    added: list[str]
    updated: list[str]
    skipped: list[str]
    resumes_added: list[str]
    resumes_updated: list[str]
    problems: list[ProblemOut] = []


class OpportunityRowOut(BaseModel):
    id: str
    company: str
    title: str
    stage: str = Field(description="the furthest stage reached: considered … offer")
    stage_label: str
    outcome: str
    days_since_contact: int | None
    applied_on: date | None


class TimelineEntryOut(BaseModel):
    date: date
    kind: str
    summary: str
    details: list[str]


class OpportunityOut(OpportunityRowOut):
    events: list[dict[str, Any]]
    timeline: list[TimelineEntryOut]
    opportunity: dict[str, Any] = Field(description="the opportunity exactly as in the workbook format")


class InvitationOut(BaseModel):
    code: str = Field(description="one-time code for the counselor; shown only this once")
    expires_at: datetime


class ClientOut(BaseModel):
    id: int
    name: str
    headline: str | None = Field(description="the diagnosis's headline cause, when the diagnosis is installed")
    last_activity: date | None
    opportunities: int


class CounselorOut(BaseModel):
    id: int
    name: str
    email: str
    granted_at: datetime


class ErrorDetail(BaseModel):
    code: str
    message: str
    hint: str | None = None
    problems: list[ProblemOut] | None = None


class ErrorOut(BaseModel):
    error: ErrorDetail


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses an operation can answer."""
    return {status: {"model": ErrorOut} for status in statuses}
