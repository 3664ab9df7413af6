"""The printed answer sheet: one layout gives the PDF and the layout file; every copy has its
own sheet id; skip rules appear in words; both built-in surveys fit one Letter sheet."""

import json

import pytest

from benchmarks.paper_synth import render_pdf
from sos_desktop.cli import run
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.compose import sheet_layout
from sos_desktop.core.paper.layout import PAGE_H, PAGE_W
from sos_desktop.core.paper.locate import locate
from sos_desktop.core.paper.printing import print_answer_sheets
from sos_desktop.core.paper.qr import read_qr
from sos_desktop.core.paper.sheet_pdf import render_sheets
from sos_desktop.core.surveys.store import current_definition


@pytest.mark.parametrize("key", ["hillhouse-cross", "nhps-other"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_builtin_surveys_fit_one_sheet_printed_both_sides(surveys, key, lang):
    layout = sheet_layout(surveys[key], 1, lang)
    assert len(layout.pages) == 2
    for box in layout.boxes:
        assert box.x > 20 and box.x + box.w < PAGE_W - 20
        assert box.y > 64 and box.y + box.h < PAGE_H - 64


def test_every_choice_has_one_bubble_and_every_text_question_a_box(hillhouse):
    layout = sheet_layout(hillhouse, 1, "en")
    places = {(b.question, b.choice) for b in layout.boxes}
    assert len(places) == len(layout.boxes)
    for q in hillhouse.questions:
        if q.type == "scale":
            assert {c for k, c in places if k == q.key} == {"1", "2", "3", "4", "5"}
        elif q.options:
            assert {c for k, c in places if k == q.key} == {c.key for c in q.options}
        elif q.answerable:
            assert (q.key, None) in places


def test_skip_rules_are_printed_as_instructions(hillhouse):
    layout = sheet_layout(hillhouse, 1, "en")
    text = " ".join(t.text for p in layout.pages for t in p.texts)
    # had_contact is question 7; its follow-ups are 8 and 9, so "No" goes on to 10.
    assert "If you answered “No”, go to question 10." in text
    assert "Answer only if you answered “Yes” to" in text


def test_each_copy_carries_its_own_sheet_id_in_every_page_qr(hillhouse):
    layout = sheet_layout(hillhouse, 1, "en")
    printed = render_sheets(layout, 2)
    images = render_pdf(printed.pdf, 100)
    read = [read_qr(img, locate(img))[0] for img in images]
    assert [(r.page, r.pages) for r in read] == [(1, 2), (2, 2), (1, 2), (2, 2)]
    assert read[0].sheet_id == read[1].sheet_id != read[2].sheet_id == read[3].sheet_id
    assert {r.survey_key for r in read} == {"hillhouse-cross"}


def test_print_survey_writes_sheets_and_the_layout_file(db, tmp_path, capsys):
    out, layout_file = tmp_path / "sheets.pdf", tmp_path / "layout.json"
    data_dir = db.path.parent
    assert run(["--data-dir", str(data_dir), "print", "survey", "hillhouse-cross", "--lang",
                "es", "--copies", "3", "--out", str(out), "--layout", str(layout_file)]) == 0
    assert "3 answer sheets, 6 pages" in capsys.readouterr().out
    data = json.loads(layout_file.read_text())
    assert data["survey"] == "hillhouse-cross" and data["language"] == "es"
    assert data["pages"] == 2 and data["page_size"] == [612.0, 792.0]
    expected = [b.to_json() for b in sheet_layout(
        current_definition(db, "hillhouse-cross")[1], 1, "es").boxes]
    assert data["boxes"] == expected
    assert out.read_bytes().startswith(b"%PDF")


def test_print_refuses_a_language_the_survey_lacks_and_writes_nothing(db, tmp_path):
    from sos_desktop.core.errors import SosError

    with pytest.raises(SosError) as lacking:
        print_answer_sheets(db, "hillhouse-cross", tmp_path / "x.pdf", language="fr")
    assert lacking.value.message.code is Code.PRINT_NO_LANGUAGE
    assert lacking.value.message.params["language"] == "fr"
    with pytest.raises(SosError) as copies:
        print_answer_sheets(db, "hillhouse-cross", tmp_path / "x.pdf", copies=0)
    assert copies.value.message.code is Code.PRINT_COPIES
    assert not (tmp_path / "x.pdf").exists()
