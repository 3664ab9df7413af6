"""Random record keys. Kept apart from the ORM models so light modules need not load SQLAlchemy."""

import uuid


def new_id() -> str:
    """A UUID4 as text: random, never a sequence (order would link anonymous records)."""
    return str(uuid.uuid4())
