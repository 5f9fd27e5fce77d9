"""Web accounts, sessions, API tokens, invitations, counselor access and counselor notes.

Every query here is scoped to the caller: a function that reads a seeker's search or a note
takes the account asking and answers NotFound for anything that account may not see, exactly
as for something that does not exist. Secrets (session tokens, API tokens, invitation codes)
are stored only as SHA-256 digests; password hashing is the caller's (the web app uses Argon2).

Times are naive UTC datetimes, compared in SQL, so SQLite and PostgreSQL behave alike.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
    update,
)

from offergap.errors import Conflict, NotFound
from offergap.store import schema as t
from offergap.store.seekers import SeekerRef, create_seeker

Role = Literal["seeker", "counselor"]
ROLES: tuple[Role, ...] = ("seeker", "counselor")

# Kept apart from the search tables' metadata: these tables belong to the web app (migration 0002).
metadata = MetaData(naming_convention=t.metadata.naming_convention)


def _account_fk(name: str = "account_id") -> Column[int]:
    return Column(name, Integer, ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True)


account = Table(
    "account",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("password_hash", String(500), nullable=False),
    Column("role", String(20), nullable=False),
    Column("name", String(200), nullable=False),
    Column("created_at", DateTime, nullable=False),
)

web_session = Table(
    "web_session",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    _account_fk(),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
)

api_token = Table(
    "api_token",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    _account_fk(),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
)

signin_failure = Table(
    "signin_failure",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(400), nullable=False),
    Column("at", DateTime, nullable=False),
    Index("ix_signin_failure_key_at", "key", "at"),
)

invitation = Table(
    "invitation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code_hash", String(64), nullable=False, unique=True),
    Column("seeker_id", Integer, ForeignKey(t.seeker.c.id, ondelete="CASCADE"), nullable=False, index=True),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("used_at", DateTime),
    Column("used_by", Integer, ForeignKey("account.id", ondelete="SET NULL")),
)

counselor_access = Table(
    "counselor_access",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seeker_id", Integer, ForeignKey(t.seeker.c.id, ondelete="CASCADE"), nullable=False, index=True),
    _account_fk("counselor_id"),
    Column("granted_at", DateTime, nullable=False),
    UniqueConstraint("seeker_id", "counselor_id", name="uq_counselor_access_seeker_counselor"),
)

counselor_note = Table(
    "counselor_note",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seeker_id", Integer, ForeignKey(t.seeker.c.id, ondelete="CASCADE"), nullable=False, index=True),
    _account_fk("counselor_id"),
    Column("body", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


# --- accounts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    id: int
    email: str
    role: Role
    name: str


@dataclass(frozen=True)
class Credentials:
    account: Account
    password_hash: str


def _account(row: Any) -> Account:
    return Account(id=row.id, email=row.email, role=row.role, name=row.name)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def create_account(conn: Connection, email: str, password_hash: str, role: Role, name: str) -> Account:
    """A new account; a seeker account gets its own search (a seeker row it owns)."""
    email = normalise_email(email)
    if find_credentials(conn, email) is not None:
        raise email_taken()
    values = {
        "email": email,
        "password_hash": password_hash,
        "role": role,
        "name": name,
        "created_at": utcnow(),
    }
    # Two sign-ups racing past this check meet the unique index; the caller turns that into email_taken().
    new_id = conn.execute(insert(account).returning(account.c.id), values).scalar_one()
    if role == "seeker":
        create_seeker(conn, name, owner_id=new_id)
    return Account(id=new_id, email=email, role=role, name=name)


def email_taken() -> Conflict:
    return Conflict("an account with this email exists", hint="sign in, or use another email")


def find_credentials(conn: Connection, email: str) -> Credentials | None:
    row = conn.execute(select(account).where(account.c.email == normalise_email(email))).first()
    return None if row is None else Credentials(_account(row), row.password_hash)


def set_password_hash(conn: Connection, account_id: int, password_hash: str) -> None:
    conn.execute(update(account).where(account.c.id == account_id).values(password_hash=password_hash))


def own_search(conn: Connection, who: Account) -> SeekerRef:
    """The search a seeker account owns (created on first use if it is missing)."""
    if who.role != "seeker":
        raise NotFound("counselor accounts have no job search of their own")
    row = conn.execute(
        select(t.seeker.c.id, t.seeker.c.name).where(t.seeker.c.account_id == who.id).order_by(t.seeker.c.id)
    ).first()
    return SeekerRef(row.id, row.name) if row else create_seeker(conn, who.name, owner_id=who.id)


# --- sessions and API tokens ---------------------------------------------------------------


def _new_secret_row(conn: Connection, table: Table, account_id: int, secret: str, ttl: timedelta) -> None:
    now = utcnow()
    conn.execute(
        insert(table),
        {"token_hash": digest(secret), "account_id": account_id, "created_at": now, "expires_at": now + ttl},
    )


def _account_for_secret(conn: Connection, table: Table, secret: str) -> Account | None:
    query = (
        select(account)
        .join(table, table.c.account_id == account.c.id)
        .where(table.c.token_hash == digest(secret), table.c.expires_at > utcnow())
    )
    row = conn.execute(query).first()
    return None if row is None else _account(row)


def create_session(conn: Connection, account_id: int, token: str, ttl: timedelta) -> None:
    _new_secret_row(conn, web_session, account_id, token, ttl)


def session_account(conn: Connection, token: str) -> Account | None:
    return _account_for_secret(conn, web_session, token)


def end_session(conn: Connection, token: str) -> None:
    conn.execute(delete(web_session).where(web_session.c.token_hash == digest(token)))


def purge_expired(conn: Connection) -> None:
    now = utcnow()
    for table in (web_session, api_token):
        conn.execute(delete(table).where(table.c.expires_at <= now))


def create_api_token(conn: Connection, account_id: int, token: str, ttl: timedelta) -> None:
    _new_secret_row(conn, api_token, account_id, token, ttl)


def token_account(conn: Connection, token: str) -> Account | None:
    return _account_for_secret(conn, api_token, token)


def revoke_api_token(conn: Connection, token: str) -> None:
    conn.execute(delete(api_token).where(api_token.c.token_hash == digest(token)))


# --- sign-in rate limiting -----------------------------------------------------------------


def recent_failures(conn: Connection, key: str, window: timedelta) -> int:
    query = select(func.count()).where(signin_failure.c.key == key, signin_failure.c.at > utcnow() - window)
    return int(conn.execute(query).scalar_one())


def record_failure(conn: Connection, keys: list[str]) -> None:
    now = utcnow()
    conn.execute(insert(signin_failure), [{"key": key, "at": now} for key in keys])


def clear_failures(conn: Connection, key: str) -> None:
    conn.execute(delete(signin_failure).where(signin_failure.c.key == key))


# --- invitations and counselor access ------------------------------------------------------


@dataclass(frozen=True)
class Client:
    """A seeker's search as a counselor sees it in the client list."""

    seeker_id: int
    name: str
    granted_at: datetime


@dataclass(frozen=True)
class CounselorAccess:
    """A counselor with access to a seeker's search, as the seeker sees it."""

    counselor_id: int
    name: str
    email: str
    granted_at: datetime


def create_invitation(conn: Connection, seeker_id: int, code: str, ttl: timedelta) -> datetime:
    now = utcnow()
    conn.execute(
        insert(invitation),
        {"code_hash": digest(code), "seeker_id": seeker_id, "created_at": now, "expires_at": now + ttl},
    )
    return now + ttl


def accept_invitation(conn: Connection, code: str, counselor: Account) -> Client:
    """Use a one-time code: the counselor gains read access to the inviting seeker's search."""
    now = utcnow()
    claimed = conn.execute(
        update(invitation)
        .where(
            invitation.c.code_hash == digest(code),
            invitation.c.used_at.is_(None),
            invitation.c.expires_at > now,
        )
        .values(used_at=now, used_by=counselor.id)
        .returning(invitation.c.seeker_id)
    ).first()
    if claimed is None:
        raise NotFound("this invitation code is unknown, used or expired", hint="ask the seeker for a new one")
    seeker_id = int(claimed.seeker_id)
    existing = _access_row(conn, seeker_id, counselor.id)
    if existing is None:
        conn.execute(
            insert(counselor_access),
            {"seeker_id": seeker_id, "counselor_id": counselor.id, "granted_at": now},
        )
    return client(conn, counselor, seeker_id)


def _access_row(conn: Connection, seeker_id: int, counselor_id: int) -> Any:
    return conn.execute(
        select(counselor_access).where(
            counselor_access.c.seeker_id == seeker_id, counselor_access.c.counselor_id == counselor_id
        )
    ).first()


def _client_query(counselor_id: int) -> Any:
    return (
        select(t.seeker.c.id, t.seeker.c.name, counselor_access.c.granted_at)
        .join(counselor_access, counselor_access.c.seeker_id == t.seeker.c.id)
        .where(counselor_access.c.counselor_id == counselor_id)
    )


def list_clients(conn: Connection, counselor: Account) -> list[Client]:
    rows = conn.execute(_client_query(counselor.id).order_by(t.seeker.c.name, t.seeker.c.id))
    return [Client(row.id, row.name, row.granted_at) for row in rows]


def client(conn: Connection, counselor: Account, seeker_id: int) -> Client:
    """One client of this counselor; NotFound for any search they were not invited to."""
    row = conn.execute(_client_query(counselor.id).where(t.seeker.c.id == seeker_id)).first()
    if row is None:
        raise NotFound(f"no client {seeker_id}")
    return Client(row.id, row.name, row.granted_at)


def list_counselors(conn: Connection, seeker_id: int) -> list[CounselorAccess]:
    query = (
        select(account.c.id, account.c.name, account.c.email, counselor_access.c.granted_at)
        .join(counselor_access, counselor_access.c.counselor_id == account.c.id)
        .where(counselor_access.c.seeker_id == seeker_id)
        .order_by(counselor_access.c.granted_at)
    )
    return [CounselorAccess(r.id, r.name, r.email, r.granted_at) for r in conn.execute(query)]


def revoke_access(conn: Connection, seeker_id: int, counselor_id: int) -> None:
    removed = conn.execute(
        delete(counselor_access).where(
            counselor_access.c.seeker_id == seeker_id, counselor_access.c.counselor_id == counselor_id
        )
    )
    if removed.rowcount == 0:
        raise NotFound(f"no counselor {counselor_id} has access to this search")


# --- counselor notes -----------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    id: int
    body: str
    created_at: datetime


def add_note(conn: Connection, counselor: Account, seeker_id: int, body: str) -> Note:
    client(conn, counselor, seeker_id)
    now = utcnow()
    note_id = conn.execute(
        insert(counselor_note).returning(counselor_note.c.id),
        {"seeker_id": seeker_id, "counselor_id": counselor.id, "body": body, "created_at": now},
    ).scalar_one()
    return Note(note_id, body, now)


def list_notes(conn: Connection, counselor: Account, seeker_id: int) -> list[Note]:
    """The notes this counselor wrote about this client: private to the counselor."""
    client(conn, counselor, seeker_id)
    query = (
        select(counselor_note)
        .where(counselor_note.c.seeker_id == seeker_id, counselor_note.c.counselor_id == counselor.id)
        .order_by(counselor_note.c.created_at.desc(), counselor_note.c.id.desc())
    )
    return [Note(r.id, r.body, r.created_at) for r in conn.execute(query)]


def delete_note(conn: Connection, counselor: Account, seeker_id: int, note_id: int) -> None:
    client(conn, counselor, seeker_id)
    removed = conn.execute(
        delete(counselor_note).where(
            counselor_note.c.id == note_id,
            counselor_note.c.seeker_id == seeker_id,
            counselor_note.c.counselor_id == counselor.id,
        )
    )
    if removed.rowcount == 0:
        raise NotFound(f"no note {note_id}")
