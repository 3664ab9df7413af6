"""Ensure the online answers' mapping dialog (every column understood, and some not) reads
wholly in the pseudo-locale and cuts no text (issue 19). Column names and values are the
file's own: data."""

from __future__ import annotations

import csv

from sos_desktop.core.imports.online.importer import ColumnsRejected, import_online_responses
from sos_desktop.ui.imports.online_dialog import OnlineMappingDialog
from tests.core.imports.online.test_online_import import kobo_csv
from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop
from tests.ui.imports.test_online_answers_ui import _visit


def _keys(plan) -> list[str]:
    """The file's column names, the survey's key, the questions' and choices' keys they map
    to, and the form tool's name: the survey's own codes and a product's name, data."""
    return ["KoboToolbox", plan.survey_key, *(key for c in plan.columns for key in (
        c.header, c.question_key, c.choice_key) if key)]


def _file_words(path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return [cell for row in rows for cell in row if cell]


def _check(qtbot, dialog, data, name) -> None:
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    shot(dialog, name)
    assert plain_english(dialog, data) == []
    assert cut_texts(dialog) == []


def test_mapping_dialog_all_understood(qtbot, db, tmp_path, pseudo):
    visit_id = _visit(db)
    path = kobo_csv(tmp_path / "k.csv", 5)
    plan = import_online_responses(db, path, visit_id=visit_id, dry_run=True)
    data = ["k.csv", *_file_words(path), *_keys(plan)]
    _check(qtbot, OnlineMappingDialog("k.csv", plan, [], ""), data, "online-mapping")


def test_mapping_dialog_with_a_column_not_understood(qtbot, db, tmp_path, pseudo):
    visit_id = _visit(db)
    path = tmp_path / "bad.csv"
    path.write_text("_uuid,about_you/school,favourite_colour\nu1,hillhouse,blue\n")
    try:
        import_online_responses(db, path, visit_id=visit_id, dry_run=True)
    except ColumnsRejected as exc:
        dialog = OnlineMappingDialog("bad.csv", exc.plan, exc.errors, exc.other_survey)
        data = ["bad.csv", *_file_words(path), *_keys(exc.plan)]
    _check(qtbot, dialog, data, "online-mapping-bad")


def test_import_messages(db, tmp_path, pseudo):
    """What Import ▸ Online answers and Import ▸ Typed-up paper surveys say: answers imported,
    a file imported again, a row refused."""
    from sos_desktop.ui.imports.controller import ImportController
    from tests.pseudo import english_words
    from tests.ui.exports.fakes import FakeView

    visit_id = _visit(db)
    view = FakeView(tmp_path, visit_id)
    view.open_path = kobo_csv(tmp_path / "kobo.csv", 4)
    importer = ImportController(db, view, ask_mapping=lambda *_a: True)
    importer.online_answers()
    importer.online_answers()  # again: nothing new
    typed = tmp_path / "typed.csv"
    typed.write_text("school,safe_at_school\nhillhouse,5\nnarnia,3\n", encoding="utf-8")
    view.open_path = typed
    importer.paper_surveys()
    said = [*view.messages, *view.errors, *getattr(view, "again_questions", [])]
    assert len(said) >= 3
    data = [str(tmp_path), "Hillhouse", "Zoom", "hillhouse-cross", "school", "narnia",
            "hillhouse", "wilbur_cross", "had_contact", "support_wanted"]  # the survey's codes
    assert [(text, e) for text in said if (e := english_words(text, data))] == []
