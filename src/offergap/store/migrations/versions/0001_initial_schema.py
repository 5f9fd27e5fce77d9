"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seeker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column(
            "target_roles",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("years_experience", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column(
            "extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "workbook_extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seeker")),
    )
    with op.batch_alter_table("seeker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seeker_account_id"), ["account_id"], unique=False)

    op.create_table(
        "resume",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=500), nullable=True),
        sa.Column("path", sa.String(length=1000), nullable=True),
        sa.Column(
            "extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_resume_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resume")),
        sa.UniqueConstraint("seeker_id", "key", name="uq_resume_seeker_key"),
    )
    with op.batch_alter_table("resume", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resume_seeker_id"), ["seeker_id"], unique=False)

    op.create_table(
        "opportunity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("company", sa.String(length=500), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("resume_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("referral", sa.Boolean(), nullable=True),
        sa.Column("location", sa.String(length=500), nullable=True),
        sa.Column("company_research", sa.Text(), nullable=True),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column(
            "extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "empty_lists",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resume_id"], ["resume.id"], name=op.f("fk_opportunity_resume_id_resume"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_opportunity_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity")),
        sa.UniqueConstraint("seeker_id", "key", name="uq_opportunity_seeker_key"),
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunity_seeker_id"), ["seeker_id"], unique=False)

    op.create_table(
        "resume_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resume_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=True),
        sa.Column("media_type", sa.String(length=200), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resume_id"], ["resume.id"], name=op.f("fk_resume_version_resume_id_resume"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_resume_version_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resume_version")),
        sa.UniqueConstraint("resume_id", "version", name="uq_resume_version_resume_version"),
    )
    with op.batch_alter_table("resume_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resume_version_resume_id"), ["resume_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_resume_version_seeker_id"), ["seeker_id"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=True),
        sa.Column("format", sa.String(length=20), nullable=True),
        sa.Column("scheduled_minutes", sa.Integer(), nullable=True),
        sa.Column("actual_minutes", sa.Integer(), nullable=True),
        sa.Column("self_rating", sa.Integer(), nullable=True),
        sa.Column("next_step_promised", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.Column(
            "empty_lists",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_event_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_event_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index("ix_event_opportunity_date", ["opportunity_id", "date"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_opportunity_id"), ["opportunity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_seeker_id"), ["seeker_id"], unique=False)

    op.create_table(
        "expense",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reimbursed", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_expense_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_expense_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expense")),
    )
    with op.batch_alter_table("expense", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expense_opportunity_id"), ["opportunity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_expense_seeker_id"), ["seeker_id"], unique=False)

    op.create_table(
        "posting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("posted_on", sa.Date(), nullable=True),
        sa.Column("first_seen_on", sa.Date(), nullable=True),
        sa.Column("repost_count", sa.Integer(), nullable=True),
        sa.Column("applicant_count", sa.Integer(), nullable=True),
        sa.Column("salary_min", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("salary_max", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("salary_currency", sa.String(length=3), nullable=True),
        sa.Column("salary_period", sa.String(length=10), nullable=True),
        sa.Column(
            "extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_posting_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_posting_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posting")),
        sa.UniqueConstraint("opportunity_id", name=op.f("uq_posting_opportunity_id")),
    )
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posting_seeker_id"), ["seeker_id"], unique=False)

    op.create_table(
        "signals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("internal_candidate", sa.Boolean(), nullable=True),
        sa.Column("interview_required_by_policy", sa.Boolean(), nullable=True),
        sa.Column("hiring_freeze_or_layoffs", sa.Boolean(), nullable=True),
        sa.Column("role_already_filled_rumor", sa.Boolean(), nullable=True),
        sa.Column("budget_approved", sa.Boolean(), nullable=True),
        sa.Column("decision_timeline_given", sa.Boolean(), nullable=True),
        sa.Column("hiring_manager_met", sa.Boolean(), nullable=True),
        sa.Column("interviewers_engaged", sa.Boolean(), nullable=True),
        sa.Column("interview_shorter_than_scheduled", sa.Boolean(), nullable=True),
        sa.Column("employer_paid_travel", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_signals_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_signals_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signals")),
        sa.UniqueConstraint("opportunity_id", name=op.f("uq_signals_opportunity_id")),
    )
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signals_seeker_id"), ["seeker_id"], unique=False)

    op.create_table(
        "interviewer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=True),
        sa.Column("role", sa.String(length=500), nullable=True),
        sa.Column(
            "extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_interviewer_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_interviewer_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviewer")),
    )
    with op.batch_alter_table("interviewer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interviewer_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interviewer_seeker_id"), ["seeker_id"], unique=False)

    op.create_table(
        "question_answered",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("my_answer", sa.Text(), nullable=True),
        sa.Column(
            "extra",
            sa.JSON(none_as_null=True).with_variant(
                postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), "postgresql"
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_question_answered_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"],
            ["seeker.id"],
            name=op.f("fk_question_answered_seeker_id_seeker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question_answered")),
    )
    with op.batch_alter_table("question_answered", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_answered_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_question_answered_seeker_id"), ["seeker_id"], unique=False)

    op.create_table(
        "question_asked",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_question_asked_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["seeker_id"], ["seeker.id"], name=op.f("fk_question_asked_seeker_id_seeker"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question_asked")),
    )
    with op.batch_alter_table("question_asked", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_asked_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_question_asked_seeker_id"), ["seeker_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("question_asked", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_asked_seeker_id"))
        batch_op.drop_index(batch_op.f("ix_question_asked_event_id"))

    op.drop_table("question_asked")
    with op.batch_alter_table("question_answered", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_answered_seeker_id"))
        batch_op.drop_index(batch_op.f("ix_question_answered_event_id"))

    op.drop_table("question_answered")
    with op.batch_alter_table("interviewer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interviewer_seeker_id"))
        batch_op.drop_index(batch_op.f("ix_interviewer_event_id"))

    op.drop_table("interviewer")
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signals_seeker_id"))

    op.drop_table("signals")
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_posting_seeker_id"))

    op.drop_table("posting")
    with op.batch_alter_table("expense", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expense_seeker_id"))
        batch_op.drop_index(batch_op.f("ix_expense_opportunity_id"))

    op.drop_table("expense")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_seeker_id"))
        batch_op.drop_index(batch_op.f("ix_event_opportunity_id"))
        batch_op.drop_index("ix_event_opportunity_date")

    op.drop_table("event")
    with op.batch_alter_table("resume_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resume_version_seeker_id"))
        batch_op.drop_index(batch_op.f("ix_resume_version_resume_id"))

    op.drop_table("resume_version")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_seeker_id"))

    op.drop_table("opportunity")
    with op.batch_alter_table("resume", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resume_seeker_id"))

    op.drop_table("resume")
    with op.batch_alter_table("seeker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seeker_account_id"))

    op.drop_table("seeker")
