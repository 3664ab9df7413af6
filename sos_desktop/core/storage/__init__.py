"""Storage: the database file and the files the app writes.

Opening (store.open_database: resolve, migrate with a backup first (schema), refuse a
newer or foreign file (readonly), settle what a killed run left (leftovers)); connections
with durable pragmas (db); the models and Alembic migrations; a failure's cause (failures);
keeping write order off the disk (unlinkable); files written whole (atomic, durable) or
with a receipt (outputs); integrity check and online backup (maintenance).
"""
