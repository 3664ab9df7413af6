"""Every response says how it came in (kiosk, paper, online); visits can be virtual; online
submissions already imported are remembered by a keyed hash only.

Revision ID: 0008_channel
Revises: 0004_figures

Existing responses: those with a writing-box image waiting (only answer sheets make them) or of a
visit that answered on paper only are "paper"; every other one was taken at the kiosk (typed-up
paper imports left no trace on their rows, so they read as kiosk).
`online_submissions` holds HMAC digests, no time, no visit, no link to any response
(WITHOUT ROWID: no insertion order either).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_channel"
down_revision = "0004_figures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("survey_responses") as batch:
        batch.add_column(sa.Column("channel", sa.String(8), nullable=False,
                                   server_default="kiosk"))
    op.execute(
        "UPDATE survey_responses SET channel = 'paper'"
        " WHERE id IN (SELECT response_id FROM paper_images WHERE response_id IS NOT NULL)"
        " OR visit_id IN (SELECT id FROM visits WHERE answer_mode = 'paper')")
    with op.batch_alter_table("visits") as batch:
        batch.add_column(sa.Column("virtual", sa.Boolean, nullable=False, server_default="0"))
        batch.add_column(sa.Column("online_form_url", sa.Text, nullable=False,
                                   server_default=""))
    op.create_table(
        "online_submissions",
        sa.Column("digest", sa.String(64), primary_key=True),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("online_submissions")
    with op.batch_alter_table("visits") as batch:
        batch.drop_column("online_form_url")
        batch.drop_column("virtual")
    with op.batch_alter_table("survey_responses") as batch:
        batch.drop_column("channel")
