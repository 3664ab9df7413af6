"""Answer sheets: sheet ids read, sheets waiting (for their other page or for review), and
writing-box images waiting for transcription.

Revision ID: 0004_paper
Revises: 0003_sync

No timestamps and WITHOUT ROWID throughout: nothing here says in which order sheets came in.
`paper_sheets_read` holds bare sheet ids, linked to no response: it only refuses a second
reading of the same sheet.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_paper"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "paper_sheets_read",
        sa.Column("sheet_id", sa.String(16), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "paper_pending",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("sheet_id", sa.String(16), nullable=False, unique=True),
        sa.Column("visit_id", sa.String(36), sa.ForeignKey("visits.id"), nullable=False,
                  index=True),
        sa.Column("survey_definition_id", sa.String(36),
                  sa.ForeignKey("survey_definitions.id"), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("pages_total", sa.Integer, nullable=False),
        sa.Column("pages", sa.Text, nullable=False),  # JSON: page number -> what it said
        sqlite_with_rowid=False,
    )
    op.create_table(
        "paper_images",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("pending_id", sa.String(36),
                  sa.ForeignKey("paper_pending.id", ondelete="CASCADE"), nullable=True,
                  index=True),
        sa.Column("response_id", sa.String(36),
                  sa.ForeignKey("survey_responses.id", ondelete="CASCADE"), nullable=True,
                  index=True),
        sa.Column("question_key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),  # review / writing
        sa.Column("png", sa.LargeBinary, nullable=False),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    for table in ("paper_images", "paper_pending", "paper_sheets_read"):
        op.drop_table(table)
