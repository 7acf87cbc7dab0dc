"""incidents: claims grouped into real-world incidents, with figures per outcome

Revision ID: 0003_incidents
Revises: 0002_reviews
Create Date: 2026-11-27

One row per incident (where, when, first and latest report), one row per
(incident, outcome) with the UCDP-style low / best / high figures, and the
names each page repeats (what grouping reads besides the claims, kept so that
an update does not re-read old pages). Which claims belong to an incident is
``claims.incident``, the column that already exists. Values are written out
here, not imported, so that this script keeps creating the same schema.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_incidents"
down_revision = "0002_reviews"
branch_labels = None
depends_on = None

OUTCOMES = ("killed", "injured", "captured", "missing", "casualties")
SCOPES = ("incident", "cumulative")


def one_of(column: str, values: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{value}'" for value in values)
    return f"{column} IS NULL OR {column} IN ({listed})"


def upgrade() -> None:
    create_incidents()
    create_incident_outcomes()
    create_incident_pages()


def create_incidents() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String, nullable=False),
        sa.Column("scope", sa.String, nullable=False),
        sa.Column("location", sa.Text),
        sa.Column("date", sa.String),
        sa.Column("side", sa.String),
        sa.Column("origin", sa.String),
        sa.Column("first_report", sa.String),
        sa.Column("latest_report", sa.String),
        sa.Column("claim_count", sa.Integer, nullable=False),
        sa.Column("document_count", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.CheckConstraint(one_of("scope", SCOPES), name=op.f("ck_incidents_scope")),
    )
    for column in ("date", "first_report"):
        op.create_index(op.f(f"ix_incidents_{column}"), "incidents", [column])


def create_incident_outcomes() -> None:
    op.create_table(
        "incident_outcomes",
        sa.Column("incident_id", sa.String, nullable=False),
        sa.Column("outcome", sa.String, nullable=False),
        sa.Column("low", sa.Integer),
        sa.Column("best", sa.Integer),
        sa.Column("high", sa.Integer),
        sa.Column("first_report", sa.String),
        sa.Column("latest_report", sa.String),
        sa.Column("disagreement", sa.Boolean, nullable=False),
        sa.Column("source_count", sa.Integer, nullable=False),
        sa.Column("subgroups", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "outcome", name=op.f("pk_incident_outcomes")),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE",
                                name=op.f("fk_incident_outcomes_incident_id_incidents")),
        sa.CheckConstraint(one_of("outcome", OUTCOMES), name=op.f("ck_incident_outcomes_outcome")),
    )


def create_incident_pages() -> None:
    op.create_table(
        "incident_pages",
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("names", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_incident_pages")),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_incident_pages_document_id_documents")),
    )


def downgrade() -> None:
    op.drop_table("incident_pages")
    op.drop_table("incident_outcomes")
    op.drop_table("incidents")
