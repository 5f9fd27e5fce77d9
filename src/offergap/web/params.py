"""Path parameters shared by pages and API."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

# Database ids: a number past what the column holds is refused as invalid, never sent to the database.
RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]
