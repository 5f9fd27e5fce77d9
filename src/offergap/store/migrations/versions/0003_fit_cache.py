"""fit cache: each stored opportunity's fit against the resume sent

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fit_cache",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_key", sa.String(length=200), nullable=False),
        sa.Column("input_hash", sa.String(length=64), nullable=False),
        sa.Column("score", sa.Numeric(precision=6, scale=2, asdecimal=False), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("computed_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_fit_cache_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fit_cache")),
        sa.UniqueConstraint("seeker_id", "opportunity_key", name="uq_fit_cache_seeker_opportunity"),
    )
    op.create_index(op.f("ix_fit_cache_seeker_id"), "fit_cache", ["seeker_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_fit_cache_seeker_id"), table_name="fit_cache")
    op.drop_table("fit_cache")
