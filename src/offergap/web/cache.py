"""What is derived from a search (the workbook object, the board, the analyses) kept in memory
until the search changes.

A search's fingerprint is read from the database on every request: the content hash the store
keeps for each opportunity, the resume versions and the as-of date. Any write, through this app,
another worker or the command line, changes it, so a cached value is never stale.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select

from offergap.store import schema as t

T = TypeVar("T")


def search_fingerprint(conn: Connection, seeker_id: int) -> str:
    opportunities = conn.execute(
        select(t.opportunity.c.id, t.opportunity.c.key, t.opportunity.c.content_hash)
        .where(t.opportunity.c.seeker_id == seeker_id)
        .order_by(t.opportunity.c.position)
    )
    digest = hashlib.sha256()
    for row in opportunities:
        digest.update(f"{row.id}|{row.key}|{row.content_hash}\n".encode())
    resumes = conn.execute(
        select(func.count(), func.max(t.resume_version.c.id)).where(t.resume_version.c.seeker_id == seeker_id)
    ).one()
    seeker = conn.execute(
        select(t.seeker.c.as_of, t.seeker.c.name, t.seeker.c.target_roles).where(t.seeker.c.id == seeker_id)
    ).one()
    # Without an as-of date the derived values follow today's date.
    digest.update(f"{tuple(resumes)}|{tuple(seeker)}|{seeker.as_of or date.today()}".encode())
    return digest.hexdigest()


class DerivedCache:
    """A small thread-safe LRU of (kind, seeker) -> (fingerprint, value).

    One thread computes a missing value while the others asking for it wait (a cold board takes
    about a second; computing it once per request in parallel would starve the worker).
    """

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, int], tuple[str, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[tuple[str, int], threading.Lock] = {}

    def _cached(self, key: tuple[str, int], fingerprint: str) -> tuple[bool, Any]:
        with self._lock:
            found = self._items.get(key)
            if found is not None and found[0] == fingerprint:
                self._items.move_to_end(key)
                return True, found[1]
            return False, None

    def get(self, kind: str, seeker_id: int, fingerprint: str, compute: Callable[[], T]) -> T:
        key = (kind, seeker_id)
        hit, value = self._cached(key, fingerprint)
        if hit:
            return value  # type: ignore[no-any-return]
        with self._lock:
            flight = self._computing.setdefault(key, threading.Lock())
        with flight:
            hit, value = self._cached(key, fingerprint)
            if hit:
                return value  # type: ignore[no-any-return]
            computed = compute()
            with self._lock:
                self._items[key] = (fingerprint, computed)
                self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return computed
