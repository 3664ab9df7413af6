"""Seal contact data: the organization's key table; sign-ups keep their contacts as one sealed
blob instead of six plain columns.

An existing database with sign-ups needs the organization's public key to seal them, so the
caller hands a `seal_keys` callable in config.attributes (it sets the passphrase and returns the
new keys); without one this migration refuses and the file stays at 0003. Plain columns are
dropped with secure_delete on, so their old cells are zeroed, and core.storage.schema vacuums after.

Revision ID: 0004_seal
Revises: 0003_sync
"""

import sqlalchemy as sa
from alembic import context, op

# The revision id is older than this file's name (files were renumbered in order; databases
# keep the id they were migrated to), so it is kept as it was.
revision = "0004_seal"
down_revision = "0004_scan"
branch_labels = None
depends_on = None

PLAIN = ("first_name", "last_name", "preferred_name", "email", "phone", "zip_code")


def upgrade() -> None:
    from dataclasses import asdict

    from sos_desktop.core.errors import SealingNeedsKeys
    from sos_desktop.core.security.sealing import Sealer

    raw = op.get_bind().connection.driver_connection  # plain sqlite3
    assert raw is not None
    if not raw.in_transaction:  # pysqlite runs DDL outside a transaction: make it one
        raw.execute("BEGIN IMMEDIATE")
    count = raw.execute("SELECT count(*) FROM signups").fetchone()[0]
    keys = None
    if count:  # ask before changing anything: a refusal leaves the file at 0003
        make_keys = context.config.attributes.get("seal_keys")
        if make_keys is None:
            raise SealingNeedsKeys(count)
        keys = make_keys(count)
    op.create_table(
        "org_keys",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("org_id", sa.String(36), nullable=False),
        sa.Column("org_name", sa.String(200), nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("bundle_key", sa.LargeBinary, nullable=False),
        sa.Column("salt", sa.LargeBinary, nullable=False),
        sa.Column("opslimit", sa.Integer, nullable=False),
        sa.Column("memlimit", sa.Integer, nullable=False),
        sa.Column("by_passphrase", sa.LargeBinary, nullable=False),
        sa.Column("by_recovery", sa.LargeBinary, nullable=False),
        sa.CheckConstraint("id = 1", name="ck_org_keys_one_row"),
    )
    raw.execute("ALTER TABLE signups ADD COLUMN contact BLOB NOT NULL DEFAULT x''")
    if keys is not None:
        # Its own insert, not keystore.save_keys: this revision's table still has bundle_key
        # (0005 drops it), which today's OrgKeys no longer carries.
        row = {**asdict(keys), "bundle_key": b""}
        raw.execute(f"INSERT INTO org_keys (id, {', '.join(row)}) VALUES (1, "
                    f"{', '.join('?' for _ in row)})", tuple(row.values()))
        sealer = Sealer(keys.public_key)
        rows = raw.execute(f"SELECT id, {', '.join(PLAIN)} FROM signups").fetchall()
        raw.executemany("UPDATE signups SET contact = ? WHERE id = ?",
                        ((sealer.seal([v or "" for v in row[1:]]), row[0]) for row in rows))
    raw.execute("PRAGMA secure_delete=ON")  # dropped cells are zeroed, not just unlinked
    for column in PLAIN:
        raw.execute(f"ALTER TABLE signups DROP COLUMN {column}")


def downgrade() -> None:
    raise NotImplementedError("sealed contact data cannot be unsealed by a downgrade")
