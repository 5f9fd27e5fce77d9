"""The database tables. Every row carries the seeker (workspace) it belongs to.

Lists keep their order through a `position` column; each table mirrors one object of the
workbook format so that an opportunity can be rebuilt from the database without loss.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

Json = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")
Money = Numeric(18, 4, asdecimal=True)


def _seeker_fk() -> Column[int]:
    return Column("seeker_id", Integer, ForeignKey("seeker.id", ondelete="CASCADE"), nullable=False, index=True)


seeker = Table(
    "seeker",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    # The web account that owns this search; NULL for the single-user command line.
    Column("account_id", Integer, index=True),
    Column("target_roles", Json),
    Column("location", String(200)),
    Column("years_experience", Numeric(6, 2, asdecimal=True)),
    Column("as_of", Date),
    Column("extra", Json),
    Column("workbook_extra", Json),
    Column("created_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

resume = Table(
    "resume",
    metadata,
    Column("id", Integer, primary_key=True),
    _seeker_fk(),
    Column("key", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column("label", String(500)),
    Column("path", String(1000)),
    Column("extra", Json),
    UniqueConstraint("seeker_id", "key", name="uq_resume_seeker_key"),
)

resume_version = Table(
    "resume_version",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("resume_id", Integer, ForeignKey("resume.id", ondelete="CASCADE"), nullable=False, index=True),
    _seeker_fk(),
    Column("version", Integer, nullable=False),
    Column("file_name", String(500)),
    Column("media_type", String(200)),
    Column("content", LargeBinary),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    UniqueConstraint("resume_id", "version", name="uq_resume_version_resume_version"),
)

opportunity = Table(
    "opportunity",
    metadata,
    Column("id", Integer, primary_key=True),
    _seeker_fk(),
    Column("key", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column("company", String(500), nullable=False),
    Column("title", String(500), nullable=False),
    Column("resume_id", Integer, ForeignKey("resume.id", ondelete="SET NULL")),
    Column("source", String(200)),
    Column("referral", Boolean),
    Column("location", String(500)),
    Column("company_research", Text),
    Column("applied_on", Date),
    Column("outcome", String(20)),
    Column("extra", Json),
    # Which optional lists were written as [] rather than left out, so an export gives them back.
    Column("empty_lists", Json),
    Column("content_hash", String(64), nullable=False),
    Column("updated_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    UniqueConstraint("seeker_id", "key", name="uq_opportunity_seeker_key"),
)


def _opportunity_fk(unique: bool = False) -> Column[int]:
    return Column(
        "opportunity_id",
        Integer,
        ForeignKey("opportunity.id", ondelete="CASCADE"),
        nullable=False,
        index=not unique,
        unique=unique,
    )


posting = Table(
    "posting",
    metadata,
    Column("id", Integer, primary_key=True),
    _opportunity_fk(unique=True),
    _seeker_fk(),
    Column("text", Text),
    Column("url", String(2000)),
    Column("posted_on", Date),
    Column("first_seen_on", Date),
    Column("repost_count", Integer),
    Column("applicant_count", Integer),
    Column("salary_min", Money),
    Column("salary_max", Money),
    Column("salary_currency", String(3)),
    Column("salary_period", String(10)),
    Column("extra", Json),
)

signals = Table(
    "signals",
    metadata,
    Column("id", Integer, primary_key=True),
    _opportunity_fk(unique=True),
    _seeker_fk(),
    Column("internal_candidate", Boolean),
    Column("interview_required_by_policy", Boolean),
    Column("hiring_freeze_or_layoffs", Boolean),
    Column("role_already_filled_rumor", Boolean),
    Column("budget_approved", Boolean),
    Column("decision_timeline_given", Boolean),
    Column("hiring_manager_met", Boolean),
    Column("interviewers_engaged", Boolean),
    Column("interview_shorter_than_scheduled", Boolean),
    Column("employer_paid_travel", Boolean),
    Column("notes", Text),
    Column("extra", Json),
)

event = Table(
    "event",
    metadata,
    Column("id", Integer, primary_key=True),
    _opportunity_fk(),
    _seeker_fk(),
    Column("position", Integer, nullable=False),
    Column("type", String(20), nullable=False),
    Column("date", Date, nullable=False),
    Column("round", Integer),
    Column("format", String(20)),
    Column("scheduled_minutes", Integer),
    Column("actual_minutes", Integer),
    Column("self_rating", Integer),
    Column("next_step_promised", Text),
    Column("notes", Text),
    Column("extra", Json),
    Column("empty_lists", Json),
    Index("ix_event_opportunity_date", "opportunity_id", "date"),
)


def _event_fk() -> Column[int]:
    return Column("event_id", Integer, ForeignKey("event.id", ondelete="CASCADE"), nullable=False, index=True)


interviewer = Table(
    "interviewer",
    metadata,
    Column("id", Integer, primary_key=True),
    _event_fk(),
    _seeker_fk(),
    Column("position", Integer, nullable=False),
    Column("name", String(500)),
    Column("role", String(500)),
    Column("extra", Json),
)

question_asked = Table(
    "question_asked",
    metadata,
    Column("id", Integer, primary_key=True),
    _event_fk(),
    _seeker_fk(),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

question_answered = Table(
    "question_answered",
    metadata,
    Column("id", Integer, primary_key=True),
    _event_fk(),
    _seeker_fk(),
    Column("position", Integer, nullable=False),
    Column("question", Text, nullable=False),
    Column("my_answer", Text),
    Column("extra", Json),
)

expense = Table(
    "expense",
    metadata,
    Column("id", Integer, primary_key=True),
    _opportunity_fk(),
    _seeker_fk(),
    Column("position", Integer, nullable=False),
    Column("date", Date),
    Column("category", String(20), nullable=False),
    Column("amount", Money, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("reimbursed", Boolean),
    Column("note", Text),
    Column("extra", Json),
)

# The fit of each stored opportunity against the resume that was sent, recomputed when the
# resume text, the posting text or the scorer changes (input_hash covers all three).
fit_cache = Table(
    "fit_cache",
    metadata,
    Column("id", Integer, primary_key=True),
    _seeker_fk(),
    Column("opportunity_key", String(200), nullable=False),
    Column("input_hash", String(64), nullable=False),
    Column("score", Numeric(6, 2, asdecimal=False), nullable=False),
    Column("label", String(20), nullable=False),
    Column("summary", Text),
    Column("computed_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    UniqueConstraint("seeker_id", "opportunity_key", name="uq_fit_cache_seeker_opportunity"),
)
