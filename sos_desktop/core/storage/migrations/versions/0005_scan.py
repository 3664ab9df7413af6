"""Visits say how their class answers: at the kiosk, on paper answer sheets, or both.

Revision ID: 0004_scan
Revises: 0004_paper (chained after the paper branch's migration when merged)
"""

import sqlalchemy as sa
from alembic import op

# The revision id is older than this file's name (files were renumbered in order; databases
# keep the id they were migrated to), so it is kept as it was.
revision = "0004_scan"
down_revision = "0004_paper"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        batch.add_column(
            sa.Column("answer_mode", sa.String(8), nullable=False, server_default="kiosk")
        )


def downgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        batch.drop_column("answer_mode")
