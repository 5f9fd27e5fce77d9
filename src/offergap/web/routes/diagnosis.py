"""The diagnosis: why interviews are not becoming offers, with the same content as the HTML report."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from offergap.report.html import report_stylesheet
from offergap.web import analyses
from offergap.web.auth import Seeker
from offergap.web.context import WebApp, web
from offergap.web.pages import render
from offergap.web.search import SearchRef, own_search, snapshot

router = APIRouter(include_in_schema=False)


def diagnosis_context(app: WebApp, search: SearchRef) -> dict[str, Any]:
    current = snapshot(app, search)
    report = current.derived(app, "report", lambda: analyses.report_view(current.workbook))
    return {"report": report, "seeker_name": search.seeker.name, "workbook": current.workbook}


@router.get("/report.css")
def report_css() -> Response:
    """The HTML report's own stylesheet, so the embedded report is laid out as the standalone file."""
    return Response(report_stylesheet(), media_type="text/css", headers={"Cache-Control": "max-age=3600"})


@router.get("/diagnosis")
def diagnosis(request: Request, account: Seeker) -> Response:
    app = web(request)
    return render(request, "diagnosis.html", diagnosis_context(app, own_search(app, account)))
