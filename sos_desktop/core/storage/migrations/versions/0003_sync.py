"""Sync: CRM import marks, bundle receipts, records already bundled, merge conflicts.

Revision ID: 0003_sync
Revises: 0002_visit_deck
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_sync"
down_revision = "0002_visit_deck"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crm_imports",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("marked_at", sa.DateTime, nullable=False),
        sa.Column(
            "receipt_id",
            sa.String(36),
            sa.ForeignKey("export_receipts.id"),
            nullable=False,
            unique=True,
        ),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table(
        "bundle_receipts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("source_device_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.UniqueConstraint("direction", "bundle_id", name="uq_bundle_direction_id"),
    )
    # Which records already travelled (for `bundle export --new`). No bundle id, no time:
    # nothing here lines anonymous responses up with sign-ups.
    op.create_table(
        "bundled_records",
        sa.Column("table_name", sa.String(32), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "merge_conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("incoming_sha256", sa.String(64), nullable=False),
        sa.Column("incoming", sa.Text, nullable=False),
        sa.Column("resolved", sa.Boolean, nullable=False),
        sa.UniqueConstraint(
            "table_name", "record_id", "incoming_sha256", name="uq_conflict_incoming"
        ),
    )


def downgrade() -> None:
    for table in ("merge_conflicts", "bundled_records", "bundle_receipts", "crm_imports"):
        op.drop_table(table)
