"""Starting the kiosk checks the visit before asking the organizer to set anything up."""

import pytest

from sos_desktop.core.errors import NotFound, SosError
from sos_desktop.core.visits.store import create_visit, set_closed
from sos_desktop.ui.kiosk import launch


@pytest.fixture
def asked(monkeypatch):
    """What start_kiosk asked the organizer for (passphrase, PIN), refused each time."""
    calls: list[str] = []
    monkeypatch.setattr("sos_desktop.ui.security.passphrase_dialog.ensure_keys",
                        lambda db, parent: calls.append("passphrase") or False)
    monkeypatch.setattr(launch, "ensure_pin",
                        lambda db, parent, before_talk=False: calls.append("pin") or False)
    return calls


def test_unknown_visit_is_reported_before_any_pin_or_passphrase(db, asked):
    """Ensure `kiosk --visit <wrong id>` says the visit does not exist without first asking
    the organizer to set a PIN or passphrase."""
    with pytest.raises(NotFound):
        launch.start_kiosk(db, "no-such-visit")
    assert asked == []


def test_closed_visit_is_reported_before_any_pin_or_passphrase(db, asked):
    visit_id = create_visit(db, {"school": "Cross", "group_name": "Civics",
                                 "visit_date": "2026-10-14"})
    set_closed(db, visit_id, True)
    with pytest.raises(SosError, match="is closed"):
        launch.start_kiosk(db, visit_id)
    assert asked == []
