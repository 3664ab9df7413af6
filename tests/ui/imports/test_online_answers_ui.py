"""Import → Online answers: the mapping is shown before anything is stored; declining stores
nothing; a second import adds nothing."""

from sos_desktop.core.visits.store import create_visit, get_visit
from sos_desktop.ui.imports.controller import ImportController
from sos_desktop.ui.imports.online_dialog import OnlineMappingDialog
from tests.core.imports.online.test_online_import import kobo_csv
from tests.ui.exports.fakes import FakeView


def _visit(db):
    from sos_desktop.core.surveys.store import ensure_builtin_surveys

    ensure_builtin_surveys(db)
    return create_visit(db, {"school": "Hillhouse", "group_name": "Zoom",
                             "visit_date": "2026-10-14", "survey_key": "hillhouse-cross"})


def test_mapping_first_then_import_then_already_in(db, tmp_path):
    visit_id = _visit(db)
    view = FakeView(tmp_path, visit_id)
    view.open_path = kobo_csv(tmp_path / "kobo.csv", 8)
    shown: list = []
    answers = iter([False, True, True])

    def ask(name, plan, errors, other):
        shown.append((name, plan.added, plan.stored, get_visit(db, visit_id).responses))
        return next(answers)

    importer = ImportController(db, view, ask_mapping=ask)
    importer.online_answers()  # declined: nothing stored
    importer.online_answers()
    assert shown[:2] == [("kobo.csv", 8, False, 0), ("kobo.csv", 8, False, 0)]
    assert view.messages[-1].startswith("Imported 8 online responses.")
    assert get_visit(db, visit_id).responses == 8
    importer.online_answers()
    assert shown[-1][1] == 0  # the dry run already counts them "already in"
    assert get_visit(db, visit_id).responses == 8


def test_unknown_column_shows_the_table_and_stores_nothing(db, tmp_path):
    visit_id = _visit(db)
    view = FakeView(tmp_path, visit_id)
    view.open_path = tmp_path / "bad.csv"
    view.open_path.write_text("_uuid,about_you/school,favourite_colour\nu1,hillhouse,blue\n")
    seen = []
    ImportController(db, view, ask_mapping=lambda *a: seen.append(a) or True).online_answers()
    [(name, plan, errors, other)] = seen
    assert [e.column for e in errors] == ["favourite_colour"] and other == ""
    assert get_visit(db, visit_id).responses == 0


def test_dialog_offers_import_only_when_every_column_is_understood(qtbot, db, tmp_path):
    from sos_desktop.core.imports.online.importer import (
        ColumnsRejected,
        import_online_responses,
    )

    visit_id = _visit(db)
    plan = import_online_responses(db, kobo_csv(tmp_path / "k.csv", 5), visit_id=visit_id,
                                   dry_run=True)
    good = OnlineMappingDialog("k.csv", plan, [], "")
    qtbot.addWidget(good)
    assert good.import_button.isEnabled() and good.table.rowCount() == len(plan.columns)
    bad_file = tmp_path / "bad.csv"
    bad_file.write_text("_uuid,favourite_colour\nu1,blue\n")
    try:
        import_online_responses(db, bad_file, visit_id=visit_id, dry_run=True)
    except ColumnsRejected as exc:
        bad = OnlineMappingDialog("bad.csv", exc.plan, exc.errors, exc.other_survey)
    qtbot.addWidget(bad)
    assert not bad.import_button.isVisible() and "favourite_colour" in [
        bad.table.item(r, 0).text() for r in range(bad.table.rowCount())]
