"""The main window's sign-up totals kept by triggers, so its start costs the same at 100k
sign-ups as at 10k.

Under the visit list the window says how many sign-ups are stored in all, how many belong to
no visit and how many consent to no channel. Counting those read every sign-up at each start
(~46 ms at 100k); triggers now keep them in the one row of `signup_totals`, in the same
transaction as the rows they count, for every writer (kiosk, import, bundle merge, repair).

Revision ID: 0010_signup_totals
Revises: 0009_laptop_keys
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_signup_totals"
down_revision = "0009_laptop_keys"
branch_labels = None
depends_on = None

# What one sign-up adds to each total: 1 or 0.
_STORED, _WITHOUT_VISIT = "1", "({row}.visit_id IS NULL)"
_NO_CHANNEL = "(NOT {row}.email_consent AND NOT {row}.sms_consent)"


def _change(sign: str, row: str) -> str:
    return (f"UPDATE signup_totals SET stored = stored {sign} {_STORED},"
            f" without_visit = without_visit {sign} {_WITHOUT_VISIT.format(row=row)},"
            f" no_channel = no_channel {sign} {_NO_CHANNEL.format(row=row)} WHERE id = 1;")


TRIGGERS = {
    "signup_totals_added": f"AFTER INSERT ON signups BEGIN {_change('+', 'NEW')} END",
    "signup_totals_removed": f"AFTER DELETE ON signups BEGIN {_change('-', 'OLD')} END",
    "signup_totals_changed": ("AFTER UPDATE OF visit_id, email_consent, sms_consent ON signups"
                              f" BEGIN {_change('-', 'OLD')} {_change('+', 'NEW')} END"),
}

# The totals from the rows themselves: fills the row once, and tests compare against it.
RECOUNT_SQL = ("SELECT count(*), coalesce(sum(visit_id IS NULL), 0),"
               " coalesce(sum(NOT email_consent AND NOT sms_consent), 0) FROM signups")


def upgrade() -> None:
    op.create_table(
        "signup_totals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("stored", sa.Integer, nullable=False, server_default="0"),
        sa.Column("without_visit", sa.Integer, nullable=False, server_default="0"),
        sa.Column("no_channel", sa.Integer, nullable=False, server_default="0"),
        sa.CheckConstraint("id = 1", name="ck_signup_totals_one_row"),
    )
    op.execute(f"INSERT INTO signup_totals (id, stored, without_visit, no_channel)"
               f" SELECT 1, * FROM ({RECOUNT_SQL})")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("signup_totals")
