"""web accounts: sessions, API tokens, sign-in failures, invitations, counselor access and notes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The foreign key from seeker.account_id to account.id is added on PostgreSQL only. On SQLite it
would need batch mode, which copies and drops the seeker table; with foreign keys on (offergap
always turns them on, and the pragma cannot change inside the migration's transaction) dropping
the table cascades to every resume and opportunity. The web app scopes every query by account,
so the constraint is a second safeguard, not the first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _created(name: str = "created_at") -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(), nullable=False)


def _account_fk(table: str, column: str = "account_id", ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["account.id"], name=f"fk_{table}_{column}_account", ondelete=ondelete)


def _seeker_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["seeker_id"], ["seeker.id"], name=f"fk_{table}_seeker_id_seeker", ondelete="CASCADE"
    )


def _secret_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        _created(),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        _account_fk(name),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
        sa.UniqueConstraint("token_hash", name=f"uq_{name}_token_hash"),
    )
    op.create_index(f"ix_{name}_account_id", name, ["account_id"])


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("password_hash", sa.String(length=500), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        _created(),
        sa.PrimaryKeyConstraint("id", name="pk_account"),
        sa.UniqueConstraint("email", name="uq_account_email"),
    )
    _secret_table("web_session")
    _secret_table("api_token")
    op.create_table(
        "signin_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_signin_failure"),
    )
    op.create_index("ix_signin_failure_key_at", "signin_failure", ["key", "at"])
    op.create_table(
        "invitation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        _created(),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_by", sa.Integer(), nullable=True),
        _seeker_fk("invitation"),
        _account_fk("invitation", "used_by", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_invitation"),
        sa.UniqueConstraint("code_hash", name="uq_invitation_code_hash"),
    )
    op.create_index("ix_invitation_seeker_id", "invitation", ["seeker_id"])
    op.create_table(
        "counselor_access",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("counselor_id", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        _seeker_fk("counselor_access"),
        _account_fk("counselor_access", "counselor_id"),
        sa.PrimaryKeyConstraint("id", name="pk_counselor_access"),
        sa.UniqueConstraint("seeker_id", "counselor_id", name="uq_counselor_access_seeker_counselor"),
    )
    op.create_index("ix_counselor_access_seeker_id", "counselor_access", ["seeker_id"])
    op.create_index("ix_counselor_access_counselor_id", "counselor_access", ["counselor_id"])
    op.create_table(
        "counselor_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("counselor_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        _created(),
        _seeker_fk("counselor_note"),
        _account_fk("counselor_note", "counselor_id"),
        sa.PrimaryKeyConstraint("id", name="pk_counselor_note"),
    )
    op.create_index("ix_counselor_note_seeker_id", "counselor_note", ["seeker_id"])
    op.create_index("ix_counselor_note_counselor_id", "counselor_note", ["counselor_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.create_foreign_key(
            "fk_seeker_account_id_account", "seeker", "account", ["account_id"], ["id"], ondelete="CASCADE"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("fk_seeker_account_id_account", "seeker", type_="foreignkey")
    for table in (
        "counselor_note",
        "counselor_access",
        "invitation",
        "signin_failure",
        "api_token",
        "web_session",
    ):
        op.drop_table(table)
    op.drop_table("account")
