"""Export → Team laptops: register a team laptop's key card, revoke it, save this laptop's."""

import pytest

from sos_desktop.core.bundles import format as bf
from sos_desktop.core.bundles.export import export_bundle
from sos_desktop.core.bundles.merge import import_bundle
from sos_desktop.core.security import keys as k
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from sos_desktop.ui.exports.controller import SyncController
from sos_desktop.ui.exports.laptops_view import LaptopsDialog
from tests.ui.exports.fakes import FakeView


@pytest.fixture
def team(db, tmp_path):
    laptop = open_database(tmp_path / "team")
    keystore.join(laptop, k.public_part(keystore.read_keys(db)))
    return laptop


def test_card_saved_on_a_team_laptop_is_registered_then_revoked_by_the_organizer(db, team,
                                                                                 tmp_path):
    """Ensure the whole window flow: the team laptop saves its card, the organizer registers
    it (bundles merge), then revokes it (bundles refused)."""
    team_view = FakeView(tmp_path)
    SyncController(team, team_view).team_laptops()
    assert not team_view.team.is_organizer() and team_view.team.laptops() == []
    assert team_view.team.save_card()
    [card] = tmp_path.glob("*.soslaptop")
    assert team_view.team.my_fingerprint() in team_view.messages[-1]

    view = FakeView(tmp_path)
    SyncController(db, view).team_laptops()
    organizer = view.team
    assert organizer.is_organizer()
    view.open_path = card
    assert organizer.register()
    assert team_view.team.my_fingerprint() in view.messages[-1]
    import_bundle(db, export_bundle(team, tmp_path / "a.sosbundle").path)
    [laptop] = organizer.laptops()
    assert laptop.bundles == 1
    view.again = True
    assert organizer.revoke(laptop)
    with pytest.raises(bf.RevokedLaptop):
        import_bundle(db, export_bundle(team, tmp_path / "b.sosbundle").path)
    view.open_path = card
    assert not organizer.register()  # a revoked key stays revoked
    assert len(view.errors) == 1


def test_revoking_asks_first_and_no_means_nothing_changes(db, team, tmp_path):
    view = FakeView(tmp_path)
    SyncController(team, FakeView(tmp_path)).team_laptops()
    from sos_desktop.core.bundles.laptops import register
    from tests.core.bundles.test_laptops import _card

    laptop, _ = register(db, _card(team))
    SyncController(db, view).team_laptops()
    assert not view.team.revoke(laptop)
    assert view.again_questions and not view.team.laptops()[0].revoked


def test_dialog_lists_laptops_and_enables_revoke_on_a_selection(qtbot, db, team, tmp_path):
    from sos_desktop.core.bundles.laptops import register, revoke
    from tests.core.bundles.test_laptops import _card

    register(db, _card(team, "Team laptop 2"))
    other = open_database(tmp_path / "other")
    keystore.join(other, k.public_part(keystore.read_keys(db)))
    register(db, _card(other, "Lost laptop"))
    revoke(db, "Lost laptop")
    view = FakeView(tmp_path)
    SyncController(db, view).team_laptops()
    dialog = LaptopsDialog(view.team)
    qtbot.addWidget(dialog)
    dialog.resize(760, 420)
    assert dialog.table.rowCount() == 2 and dialog.register.isVisibleTo(dialog)
    assert not dialog.revoke.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.revoke.isEnabled() == (not dialog.rows[0].revoked)
    dialog.table.selectRow(1)
    assert dialog.revoke.isEnabled() == (not dialog.rows[1].revoked)
    dialog.grab().save(str(tmp_path / "laptops.png"))


def test_team_laptop_dialog_shows_no_registry(qtbot, team, tmp_path):
    view = FakeView(tmp_path)
    SyncController(team, view).team_laptops()
    dialog = LaptopsDialog(view.team)
    qtbot.addWidget(dialog)
    assert not dialog.register.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    assert view.team.my_fingerprint() in dialog.mine.text()


def test_revoked_laptop_comes_back_with_a_new_key_from_the_window(db, team, tmp_path):
    """Ensure the window's way back after a revocation: a card with a new key registers, and
    the refusals in the window name the menu item, not a command."""
    team_view, view = FakeView(tmp_path / "t"), FakeView(tmp_path)
    (tmp_path / "t").mkdir()
    SyncController(team, team_view).team_laptops()
    SyncController(db, view).team_laptops()
    team_view.team.save_card()
    [card] = (tmp_path / "t").glob("*.soslaptop")
    view.open_path = card
    view.team.register()
    view.again = True
    view.team.revoke(view.team.laptops()[0])
    view.open_path = export_bundle(team, tmp_path / "a.sosbundle").path
    view.team.sync.import_bundle()
    assert "`" not in view.errors[-1] and view.team.laptops()[0].fingerprint in view.errors[-1]
    view.open_path = card
    assert not view.team.register() and "`" not in view.errors[-1]
    old = team_view.team.my_fingerprint()
    team_view.again = True
    assert team_view.team.save_card_with_new_key()
    assert team_view.team.my_fingerprint() != old
    assert view.team.register()
    view.open_path = export_bundle(team, tmp_path / "b.sosbundle").path
    view.team.sync.import_bundle()
    assert "Merged" in view.messages[-1] or "From laptop" in view.messages[-1]
