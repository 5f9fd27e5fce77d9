"""Resumes: upload a PDF, DOCX or text file; see the text extracted from it and the skills found."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response

from offergap.web import analyses
from offergap.web.auth import Seeker, csrf_protect
from offergap.web.context import web
from offergap.web.pages import render, see_other
from offergap.web.resumes import list_resumes, one_resume
from offergap.web.search import own_search
from offergap.web.uploads import add_resume_upload

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


@router.get("/resumes")
def resumes(request: Request, account: Seeker) -> Response:
    app = web(request)
    return render(request, "resumes.html", {"resumes": list_resumes(app, own_search(app, account))})


@router.get("/resumes/{key}")
def resume(request: Request, account: Seeker, key: str) -> Response:
    app = web(request)
    found = one_resume(app, own_search(app, account), key)
    skills = analyses.resume_skills(found.latest.text) if found.latest else None
    return render(request, "resume.html", {"resume": found, "skills": skills})


@router.post("/resumes")
def upload(
    request: Request,
    account: Seeker,
    file: Annotated[UploadFile, File()],
    label: Annotated[str | None, Form(max_length=500)] = None,
    key: Annotated[str | None, Form(max_length=200)] = None,
) -> Response:
    app = web(request)
    added = add_resume_upload(
        app,
        own_search(app, account),
        file.file.read(),
        file.filename or "resume",
        key=key or None,
        label=label or None,
    )
    message = f"Read {added.characters} characters from {file.filename} (version {added.version})."
    return see_other(request, f"/resumes/{added.key}", message)
