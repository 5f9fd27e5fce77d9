"""Import a workbook or a tracker export (Huntr, Teal, JobSpy, any CSV), and export the workbook."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response

from offergap.ingest.load import FORMATS, parse_mapping
from offergap.web.auth import Seeker, csrf_protect
from offergap.web.context import web
from offergap.web.pages import render
from offergap.web.search import load_workbook, own_search
from offergap.web.uploads import import_into, read_import_upload, safe_file_name
from offergap.workbook import workbook_json

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


@router.get("/import")
def import_form(request: Request, account: Seeker) -> Response:
    return render(request, "import.html", {"formats": FORMATS})


@router.post("/import")
def import_file(
    request: Request,
    account: Seeker,
    file: Annotated[UploadFile, File()],
    format: Annotated[str, Form(max_length=20)] = "auto",
    mapping: Annotated[str | None, Form(max_length=5000)] = None,
    skip_bad_rows: Annotated[bool, Form()] = False,
) -> Response:
    app = web(request)
    name = safe_file_name(file.filename, "upload")
    pairs = [line for line in (mapping or "").splitlines() if line.strip()]
    upload = read_import_upload(
        file.file.read(), name, format, mapping=parse_mapping(pairs) or None, skip_bad_rows=skip_bad_rows
    )
    report = import_into(app, own_search(app, account), upload)
    context = {"formats": FORMATS, "report": report, "source": name, "detected": upload.format}
    return render(request, "import.html", context)


@router.get("/export")
def export(request: Request, account: Seeker) -> Response:
    app = web(request)
    search = own_search(app, account)
    body = workbook_json(load_workbook(app, search))
    return Response(
        body,
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="offergap-workbook.json"'},
    )
