"""The contact columns' one module: its column list follows the model."""

from sos_desktop.core.people import contacts
from sos_desktop.core.storage.models import Signup


def test_signup_columns_are_the_models_columns_in_order():
    """Ensure SIGNUP_COLUMNS (kept literal so the first window and the kiosk need not import
    SQLAlchemy) names every column of models.Signup, in order: a column added to the model
    and not here fails this test instead of being left out of inserts and bundles."""
    assert tuple(Signup.__table__.columns.keys()) == contacts.SIGNUP_COLUMNS
    # contact details live only inside the sealed blob, never as columns of their own
    assert "contact" in contacts.SIGNUP_COLUMNS
    assert not set(contacts.CONTACT_COLUMNS) & set(contacts.SIGNUP_COLUMNS)
