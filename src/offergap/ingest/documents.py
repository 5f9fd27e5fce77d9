"""Plain text out of resume and posting files: PDF, DOCX, TXT and MD.

The original bytes are kept by the caller; this module only extracts text, and refuses
what it cannot read (a scanned PDF has no text) rather than inventing an empty document.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from offergap.errors import InvalidInput

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain",
    ".md": "text/markdown",
}


@dataclass(frozen=True)
class Document:
    file_name: str
    media_type: str
    content: bytes
    text: str


def sniff_media_type(content: bytes, file_name: str) -> str:
    """The media type by content first (a renamed file is still what it is), then by name."""
    if content.startswith(b"%PDF"):
        return MEDIA_TYPES[".pdf"]
    if content.startswith(b"PK\x03\x04") and b"word/" in content[:65536]:
        return MEDIA_TYPES[".docx"]
    if content.startswith(b"PK\x03\x04") or b"\x00" in content[:4096]:
        raise InvalidInput(
            f"{file_name}: not a PDF, DOCX or text file",
            hint="save the document as PDF, DOCX, TXT or MD",
        )
    suffix = Path(file_name).suffix.lower()
    return MEDIA_TYPES[".md"] if suffix in {".md", ".markdown"} else MEDIA_TYPES[".txt"]


def _pdf_text(content: bytes, file_name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(content))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as error:
        raise InvalidInput(f"{file_name}: this PDF cannot be read ({error})") from None


def _docx_text(content: bytes, file_name: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(content))
    except Exception as error:  # python-docx raises several unrelated types for a broken file
        raise InvalidInput(f"{file_name}: this DOCX cannot be read ({error})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(lines)


def _plain_text(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def extract_text(content: bytes, file_name: str) -> Document:
    media_type = sniff_media_type(content, file_name)
    if media_type == MEDIA_TYPES[".pdf"]:
        text = _pdf_text(content, file_name)
    elif media_type == MEDIA_TYPES[".docx"]:
        text = _docx_text(content, file_name)
    else:
        text = _plain_text(content)
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise _empty_document(file_name, media_type)
    return Document(file_name=file_name, media_type=media_type, content=content, text=text)


def _empty_document(file_name: str, media_type: str) -> InvalidInput:
    if media_type == MEDIA_TYPES[".pdf"]:
        return InvalidInput(
            f"{file_name}: this PDF has no extractable text (it looks like a scan)",
            hint="export the resume from your word processor as a text PDF, or save it as DOCX or TXT",
        )
    return InvalidInput(f"{file_name}: the document is empty")


def read_document(path: Path | str) -> Document:
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise InvalidInput(f"{path}: over the {MAX_DOCUMENT_BYTES // 2**20} MB limit")
    return extract_text(path.read_bytes(), path.name)
