"""documents and claims

Revision ID: 0001
Revises:
Create Date: 2026-11-25

The first schema: one row per stored page, one row per claim read from it.
Values are written out here (not imported from the model) so that this script
keeps creating the same schema whatever the code becomes later. Names are
wrapped in op.f() so that no naming convention rewrites them.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

OUTCOMES = ("killed", "injured", "captured", "missing", "casualties")
COUNT_KINDS = ("exact", "at_least", "at_most", "approx", "vague", "unknown")
ROLES = ("military", "civilian", "armed_group", "mixed", "unspecified")
SCOPES = ("incident", "cumulative")


def one_of(column: str, values: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{value}'" for value in values)
    return f"{column} IS NULL OR {column} IN ({listed})"


def upgrade() -> None:
    create_documents()
    create_claims()


def create_documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("url", sa.String),
        sa.Column("site", sa.String),
        sa.Column("published", sa.String),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("extractor_version", sa.String, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_documents_content_hash")),
    )
    for column in ("name", "source", "url", "published"):
        op.create_index(op.f(f"ix_documents_{column}"), "documents", [column])


def create_claims() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("outcome", sa.String, nullable=False),
        sa.Column("count_best", sa.Integer),
        sa.Column("count_kind", sa.String, nullable=False),
        sa.Column("count_text", sa.Text, nullable=False),
        sa.Column("victims_text", sa.Text),
        sa.Column("victims_role", sa.String, nullable=False),
        sa.Column("side", sa.String),
        sa.Column("origin", sa.String),
        sa.Column("location", sa.Text),
        sa.Column("date", sa.String),
        sa.Column("scope", sa.String, nullable=False),
        sa.Column("reported_by", sa.Text),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("incident", sa.String),
        sa.Column("extractor_version", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_claims_document_id_documents")),
        sa.CheckConstraint(one_of("outcome", OUTCOMES), name=op.f("ck_claims_outcome")),
        sa.CheckConstraint(one_of("count_kind", COUNT_KINDS), name=op.f("ck_claims_count_kind")),
        sa.CheckConstraint(one_of("victims_role", ROLES), name=op.f("ck_claims_victims_role")),
        sa.CheckConstraint(one_of("scope", SCOPES), name=op.f("ck_claims_scope")),
        sa.CheckConstraint("count_best IS NULL OR count_best >= 0", name=op.f("ck_claims_count_best")),
        sa.CheckConstraint("span_start >= 0 AND span_end >= span_start", name=op.f("ck_claims_span")),
    )
    for column in ("document_id", "outcome", "date", "incident"):
        op.create_index(op.f(f"ix_claims_{column}"), "claims", [column])


def downgrade() -> None:
    op.drop_table("claims")
    op.drop_table("documents")
