"""Visits gain a deck choice (empty = the built-in deck) and a planned length in minutes.

Revision ID: 0002_visit_deck
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_visit_deck"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        batch.add_column(sa.Column("deck", sa.Text, nullable=False, server_default=""))
        batch.add_column(
            sa.Column("planned_minutes", sa.Integer, nullable=False, server_default="45")
        )


def downgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        batch.drop_column("planned_minutes")
        batch.drop_column("deck")
