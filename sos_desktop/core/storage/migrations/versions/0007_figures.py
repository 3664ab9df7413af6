"""Per-visit counts kept by triggers, so the visit list costs the same at 300k sign-ups as at none.

The main window lists every visit with its responses, sign-ups and consented sign-ups no export
has carried yet. Counting those from the rows grew with every sign-up ever taken (a NOT EXISTS
per sign-up at each start); triggers now keep them in `visit_counts` as rows come and go, for
every writer (kiosk, import, bundle merge, export marks) alike.

Revision ID: 0004_figures
Revises: 0004_seal
"""

import sqlalchemy as sa
from alembic import op

# The revision id is older than this file's name (files were renumbered in order; databases
# keep the id they were migrated to), so it is kept as it was.
revision = "0004_figures"
down_revision = "0004_seal"
branch_labels = None
depends_on = None

# 1 when a sign-up of this visit counts as "not exported": a consented channel, no export mark.
_UNEXPORTED = ("(({row}.email_consent OR {row}.sms_consent) AND NOT EXISTS"
               " (SELECT 1 FROM signup_exports e WHERE e.signup_id = {row}.id))")

TRIGGERS = {
    "visit_counts_visit_added": """
        AFTER INSERT ON visits BEGIN
            INSERT OR IGNORE INTO visit_counts (visit_id) VALUES (NEW.id);
        END""",
    "visit_counts_visit_removed": """
        AFTER DELETE ON visits BEGIN
            DELETE FROM visit_counts WHERE visit_id = OLD.id;
        END""",
    "visit_counts_response_added": """
        AFTER INSERT ON survey_responses BEGIN
            UPDATE visit_counts SET responses = responses + 1 WHERE visit_id = NEW.visit_id;
        END""",
    "visit_counts_response_removed": """
        AFTER DELETE ON survey_responses BEGIN
            UPDATE visit_counts SET responses = responses - 1 WHERE visit_id = OLD.visit_id;
        END""",
    "visit_counts_response_moved": """
        AFTER UPDATE OF visit_id ON survey_responses BEGIN
            UPDATE visit_counts SET responses = responses - 1 WHERE visit_id = OLD.visit_id;
            UPDATE visit_counts SET responses = responses + 1 WHERE visit_id = NEW.visit_id;
        END""",
    "visit_counts_signup_added": f"""
        AFTER INSERT ON signups BEGIN
            UPDATE visit_counts SET signups = signups + 1,
                unexported = unexported + {_UNEXPORTED.format(row="NEW")}
            WHERE visit_id = NEW.visit_id;
        END""",
    # BEFORE: the sign-up's export marks go with it (ON DELETE CASCADE), so read them first.
    "visit_counts_signup_removed": f"""
        BEFORE DELETE ON signups BEGIN
            UPDATE visit_counts SET signups = signups - 1,
                unexported = unexported - {_UNEXPORTED.format(row="OLD")}
            WHERE visit_id = OLD.visit_id;
        END""",
    "visit_counts_signup_changed": f"""
        AFTER UPDATE OF visit_id, email_consent, sms_consent ON signups BEGIN
            UPDATE visit_counts SET signups = signups - 1,
                unexported = unexported - (OLD.email_consent OR OLD.sms_consent)
                    * NOT EXISTS (SELECT 1 FROM signup_exports e WHERE e.signup_id = OLD.id)
            WHERE visit_id = OLD.visit_id;
            UPDATE visit_counts SET signups = signups + 1,
                unexported = unexported + {_UNEXPORTED.format(row="NEW")}
            WHERE visit_id = NEW.visit_id;
        END""",
    # The first mark of a sign-up (under any profile) takes it out of "not exported".
    "visit_counts_signup_marked": """
        AFTER INSERT ON signup_exports
        WHEN NOT EXISTS (SELECT 1 FROM signup_exports e
                         WHERE e.signup_id = NEW.signup_id AND e.profile <> NEW.profile)
        BEGIN
            UPDATE visit_counts SET unexported = unexported - 1
            WHERE visit_id = (SELECT s.visit_id FROM signups s
                              WHERE s.id = NEW.signup_id
                                AND (s.email_consent OR s.sms_consent));
        END""",
    "visit_counts_signup_unmarked": """
        AFTER DELETE ON signup_exports
        WHEN NOT EXISTS (SELECT 1 FROM signup_exports e WHERE e.signup_id = OLD.signup_id)
        BEGIN
            UPDATE visit_counts SET unexported = unexported + 1
            WHERE visit_id = (SELECT s.visit_id FROM signups s
                              WHERE s.id = OLD.signup_id
                                AND (s.email_consent OR s.sms_consent));
        END""",
}

# The counts from the rows themselves: fills the table once, and tests compare against it.
RECOUNT_SQL = f"""
SELECT v.id,
       (SELECT count(*) FROM survey_responses r WHERE r.visit_id = v.id),
       (SELECT count(*) FROM signups s WHERE s.visit_id = v.id),
       (SELECT count(*) FROM signups s WHERE s.visit_id = v.id AND {_UNEXPORTED.format(row="s")})
FROM visits v
"""


def upgrade() -> None:
    op.create_table(
        "visit_counts",
        sa.Column("visit_id", sa.String(36), primary_key=True),
        sa.Column("responses", sa.Integer, nullable=False, server_default="0"),
        sa.Column("signups", sa.Integer, nullable=False, server_default="0"),
        sa.Column("unexported", sa.Integer, nullable=False, server_default="0"),
        sqlite_with_rowid=False,
    )
    op.execute(f"INSERT INTO visit_counts (visit_id, responses, signups, unexported) {RECOUNT_SQL}")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("visit_counts")
