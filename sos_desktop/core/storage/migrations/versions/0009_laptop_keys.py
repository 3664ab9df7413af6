"""Per-laptop bundle keys: the registry of laptops allowed to send bundles, which laptop sent
each merged bundle, and no shared bundle key any more.

The old `org_keys.bundle_key` was one secret on every laptop: whoever held any laptop's files
could sign bundles as the organization. It is zeroed and dropped with secure_delete on. Once
the organizer's laptop runs this version it is worthless anyway: bundles signed with it are
refused (core/bundles/format.py).

Revision ID: 0009_laptop_keys
Revises: 0008_channel
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_laptop_keys"
down_revision = "0008_channel"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "laptop_keys",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("public_key", sa.LargeBinary, nullable=False, unique=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("registered_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
    )
    op.add_column("bundle_receipts", sa.Column("laptop_id", sa.String(36), nullable=True))
    raw = op.get_bind().connection.driver_connection  # plain sqlite3
    assert raw is not None
    raw.execute("PRAGMA secure_delete=ON")
    raw.execute("UPDATE org_keys SET bundle_key = zeroblob(32)")
    raw.execute("ALTER TABLE org_keys DROP COLUMN bundle_key")


def downgrade() -> None:
    raise NotImplementedError("the shared bundle key is gone; laptops re-join instead")
