"""reviews and their audit log

Revision ID: 0002_reviews
Revises: 0001
Create Date: 2026-11-26

A reviewer's verdict on a claim (accepted, rejected, corrected values) and an
append-only log of every change (who, when, before, after). A review is
anchored to its document + evidence text + extracted outcome, so that it can be
re-applied when the page is extracted again (tollbook/store/reviews.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_reviews"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_reviews()
    create_review_log()


def create_reviews() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("claim_id", sa.Integer),
        sa.Column("anchor_outcome", sa.String, nullable=False),
        sa.Column("anchor_evidence", sa.Text, nullable=False),
        sa.Column("anchor_start", sa.Integer, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("corrections", sa.Text, nullable=False),
        sa.Column("reviewer", sa.String, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_reviews_document_id_documents")),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="SET NULL",
                                name=op.f("fk_reviews_claim_id_claims")),
        sa.CheckConstraint("status IN ('accepted', 'rejected', 'corrected')", name=op.f("ck_reviews_status")),
    )
    for column in ("document_id", "claim_id"):
        op.create_index(op.f(f"ix_reviews_{column}"), "reviews", [column])


def create_review_log() -> None:
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("review_id", sa.Integer, nullable=False),
        sa.Column("claim_id", sa.Integer),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("reviewer", sa.String, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("before", sa.Text, nullable=False),
        sa.Column("after", sa.Text, nullable=False),
        sa.Column("note", sa.Text),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_log")),
        sa.ForeignKeyConstraint(["review_id"], ["reviews.id"], ondelete="CASCADE",
                                name=op.f("fk_review_log_review_id_reviews")),
    )
    op.create_index(op.f("ix_review_log_review_id"), "review_log", ["review_id"])


def downgrade() -> None:
    op.drop_table("review_log")
    op.drop_table("reviews")
