"""Initial schema: settings, visits, survey definitions, responses, sign-ups, export receipts.

Revision ID: 0001_initial
Revises:
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def _uuid() -> sa.Column:
    return sa.Column("id", sa.String(36), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    settings = sa.table("settings", sa.column("key"), sa.column("value"))
    op.bulk_insert(settings, [{"key": "device_id", "value": str(uuid.uuid4())}])

    op.create_table(
        "visits",
        _uuid(),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("school", sa.String(120), nullable=False),
        sa.Column("group_name", sa.String(120), nullable=False),
        sa.Column("educator_name", sa.String(120), nullable=False),
        sa.Column("educator_email", sa.String(254), nullable=False),
        sa.Column("visit_date", sa.Date, nullable=False),
        sa.Column("presenters", sa.String(400), nullable=False),
        sa.Column("survey_key", sa.String(64), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("closed", sa.Boolean, nullable=False),
    )
    op.create_table(
        "survey_definitions",
        _uuid(),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("languages", sa.String(100), nullable=False),
        sa.Column("definition", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("key", "version", name="uq_survey_key_version"),
    )
    op.create_table(
        "survey_responses",
        _uuid(),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("visit_id", sa.String(36), sa.ForeignKey("visits.id"), nullable=False),
        sa.Column(
            "survey_definition_id",
            sa.String(36),
            sa.ForeignKey("survey_definitions.id"),
            nullable=False,
        ),
        sa.Column("language", sa.String(8), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_survey_responses_visit_id", "survey_responses", ["visit_id"])
    # Keyed by (response, question): answers sit together with their response on disk.
    op.create_table(
        "survey_answers",
        sa.Column(
            "response_id",
            sa.String(36),
            sa.ForeignKey("survey_responses.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("question_key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "signups",
        _uuid(),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("visit_id", sa.String(36), sa.ForeignKey("visits.id"), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("first_name", sa.Text, nullable=False),
        sa.Column("last_name", sa.Text, nullable=False),
        sa.Column("preferred_name", sa.Text, nullable=False),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("phone", sa.Text, nullable=False),
        sa.Column("zip_code", sa.Text, nullable=False),
        sa.Column("school", sa.String(120), nullable=False),
        sa.Column("grade", sa.String(16), nullable=False),
        sa.Column("interests", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("visit_requested", sa.Boolean, nullable=False),
        sa.Column("age_13_plus", sa.Boolean, nullable=False),
        sa.Column("email_consent", sa.Boolean, nullable=False),
        sa.Column("email_consent_at", sa.DateTime, nullable=True),
        sa.Column("email_consent_version", sa.String(40), nullable=False),
        sa.Column("email_consent_text", sa.Text, nullable=False),
        sa.Column("sms_consent", sa.Boolean, nullable=False),
        sa.Column("sms_consent_at", sa.DateTime, nullable=True),
        sa.Column("sms_consent_version", sa.String(40), nullable=False),
        sa.Column("sms_consent_text", sa.Text, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_signups_visit_id", "signups", ["visit_id"])
    op.create_table(
        "export_receipts",
        _uuid(),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("profile", sa.String(32), nullable=False),
        sa.Column("row_count", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("details", sa.Text, nullable=False),
    )
    op.create_table(
        "signup_exports",
        sa.Column(
            "signup_id",
            sa.String(36),
            sa.ForeignKey("signups.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("profile", sa.String(32), primary_key=True),
        sa.Column(
            "receipt_id", sa.String(36), sa.ForeignKey("export_receipts.id"), nullable=False
        ),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    for table in (
        "signup_exports",
        "export_receipts",
        "signups",
        "survey_answers",
        "survey_responses",
        "survey_definitions",
        "visits",
        "settings",
    ):
        op.drop_table(table)
