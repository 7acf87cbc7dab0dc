"""The tables, as SQLAlchemy Core objects that the queries are built from.

The database itself is created by the Alembic scripts in ``migrations/``; this
module must describe the same schema as the newest script (a test compares the
two). To change the schema, edit both: write a new migration and update here.

The CHECK constraints list the values of the model's enums, so that a row the
model cannot read back is refused at write time. A new enum value therefore
needs a migration too (``tests/store`` fails until it has one).
"""
from __future__ import annotations

import sqlalchemy as sa

from tollbook.model import CountKind, Outcome, Role, Scope

metadata = sa.MetaData(naming_convention={
    # Stable constraint names, so later migrations can find and alter them.
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def one_of(column: str, values: type) -> str:
    """A CHECK expression that ``column`` holds one of an enum's values (or NULL)."""
    listed = ", ".join(f"'{value}'" for value in values)
    return f"{column} IS NULL OR {column} IN ({listed})"


documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String, nullable=False, index=True),  # Document.id: file name or record id
    sa.Column("source", sa.String, nullable=False, index=True),
    sa.Column("url", sa.String, index=True),
    sa.Column("site", sa.String),
    sa.Column("published", sa.String, index=True),              # "YYYY-MM-DD" or "YYYY-MM"
    sa.Column("title", sa.Text),
    sa.Column("language", sa.String),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("extractor_version", sa.String, nullable=False),  # the version that made its claims
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

claims = sa.Table(
    "claims", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("outcome", sa.String, nullable=False, index=True),
    sa.Column("count_best", sa.Integer),
    sa.Column("count_kind", sa.String, nullable=False),
    sa.Column("count_text", sa.Text, nullable=False),
    sa.Column("victims_text", sa.Text),
    sa.Column("victims_role", sa.String, nullable=False),
    sa.Column("side", sa.String),
    sa.Column("origin", sa.String),
    sa.Column("location", sa.Text),
    sa.Column("date", sa.String, index=True),                   # "YYYY-MM-DD"
    sa.Column("scope", sa.String, nullable=False),
    sa.Column("reported_by", sa.Text),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("incident", sa.String, index=True),
    sa.Column("extractor_version", sa.String, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint(one_of("outcome", Outcome), name="outcome"),
    sa.CheckConstraint(one_of("count_kind", CountKind), name="count_kind"),
    sa.CheckConstraint(one_of("victims_role", Role), name="victims_role"),
    sa.CheckConstraint(one_of("scope", Scope), name="scope"),
    sa.CheckConstraint("count_best IS NULL OR count_best >= 0", name="count_best"),
    sa.CheckConstraint("span_start >= 0 AND span_end >= span_start", name="span"),
)

# -- review (migration 0002_reviews) ----------------------------------------------
# A review belongs to the claim it was made on through an *anchor* that survives
# re-extraction: its document, the evidence text and the outcome as extracted.
# ``claim_id`` is only the claim the anchor points at now; a re-save of the page
# re-finds it (tollbook/store/reviews.py).

REVIEW_STATUSES = ("accepted", "rejected", "corrected")

reviews = sa.Table(
    "reviews", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="SET NULL"), index=True),
    sa.Column("anchor_outcome", sa.String, nullable=False),     # the outcome as extracted
    sa.Column("anchor_evidence", sa.Text, nullable=False),      # the evidence as extracted
    sa.Column("anchor_start", sa.Integer, nullable=False),      # where it was, to choose among repeats
    sa.Column("status", sa.String, nullable=False),
    sa.Column("corrections", sa.Text, nullable=False),          # JSON {column: value} that win
    sa.Column("reviewer", sa.String, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('accepted', 'rejected', 'corrected')", name="status"),
)

review_log = sa.Table(
    "review_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("review_id", sa.Integer, sa.ForeignKey("reviews.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("claim_id", sa.Integer),                          # the claim reviewed then (may be gone)
    sa.Column("action", sa.String, nullable=False),             # accept | reject | correct | move
    sa.Column("reviewer", sa.String, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("before", sa.Text, nullable=False),               # JSON of the claim's values before
    sa.Column("after", sa.Text, nullable=False),                # ... and after
    sa.Column("note", sa.Text),
)

# -- incidents (migration 0003_incidents) -------------------------------------------
# Which claims belong to an incident is ``claims.incident`` (a reviewer's move
# writes it too). The rows below are what grouping concluded, kept so that lists
# and tallies need no regrouping; ``tollbook/store/incidents.py`` reads and writes them.

incidents = sa.Table(
    "incidents", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("scope", sa.String, nullable=False),
    sa.Column("location", sa.Text),
    sa.Column("date", sa.String, index=True),
    sa.Column("side", sa.String),                               # the side its claims name, if any
    sa.Column("origin", sa.String),                             # the victims' home region, if any
    sa.Column("first_report", sa.String, index=True),
    sa.Column("latest_report", sa.String),
    sa.Column("claim_count", sa.Integer, nullable=False),       # members when written: a change marks it stale
    sa.Column("document_count", sa.Integer, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint(one_of("scope", Scope), name="scope"),
)

incident_outcomes = sa.Table(
    "incident_outcomes", metadata,
    sa.Column("incident_id", sa.String, sa.ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("outcome", sa.String, primary_key=True),
    sa.Column("low", sa.Integer),
    sa.Column("best", sa.Integer),
    sa.Column("high", sa.Integer),
    sa.Column("first_report", sa.String),
    sa.Column("latest_report", sa.String),
    sa.Column("disagreement", sa.Boolean, nullable=False),
    sa.Column("source_count", sa.Integer, nullable=False),
    sa.Column("subgroups", sa.Text, nullable=False),            # JSON list of claim ids listed, not counted
    sa.CheckConstraint(one_of("outcome", Outcome), name="outcome"),
)

incident_pages = sa.Table(
    "incident_pages", metadata,
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("names", sa.Text, nullable=False),                # JSON list: ClaimRecord.context of the page
)
