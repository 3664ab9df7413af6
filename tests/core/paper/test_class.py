"""A whole class: 30 sheets printed, filled, scanned as one PDF in shuffled order with some
pages upside down: stored answers are what was marked, a second scan stores nothing, and the
live results count them."""

import json
import random

import cv2

from benchmarks.kiosk import random_answers
from benchmarks.paper_synth import fill_page, images_to_pdf, marks_for, render_pdf
from sos_desktop.cli import run
from sos_desktop.core.paper.sheet_pdf import render_sheets
from sos_desktop.core.results.answer_counts import count_answers
from sos_desktop.core.surveys.answers import prune_answers

CLASS, DPI = 30, 100


def _stored(db):
    with db.raw() as conn:
        rows = conn.execute("SELECT a.response_id, a.question_key, a.value FROM survey_answers a"
                            ).fetchall()
    out: dict = {}
    for rid, key, value in rows:
        out.setdefault(rid, {})[key] = json.loads(value)
    return out


def _canon(answers):
    return json.dumps({k: sorted(v) if isinstance(v, list) else v
                       for k, v in sorted(answers.items())})


def test_a_class_set_scanned_as_one_pdf(db, paper_visit, layout, hillhouse, tmp_path, capsys):
    rng = random.Random(30)
    blank = render_pdf(render_sheets(layout, CLASS).pdf, DPI)
    expected, pages = [], []
    for k in range(CLASS):
        answers = random_answers(hillhouse, rng)
        if k % 5 == 0 and answers.get("had_contact") == "no":
            answers["contact_respect"] = 4  # marked against the skip rule: dropped
        expected.append(prune_answers(hillhouse, answers))
        marks = marks_for(hillhouse, answers)
        for p in range(2):
            # Each student marks one way: fills, or Xs (an X beside a fill is a cross-out).
            style = ("full",) if k % 2 else ("x",)
            img = fill_page(blank[2 * k + p], layout, p, marks, DPI, rng, style)
            if rng.random() < 0.3:
                img = cv2.rotate(img, cv2.ROTATE_180)
            pages.append(img)
    rng.shuffle(pages)
    scan = tmp_path / "class.pdf"
    scan.write_bytes(images_to_pdf(pages, DPI))
    data_dir = str(db.path.parent)

    assert run(["--data-dir", data_dir, "scan", str(scan), "--visit", paper_visit]) == 0
    out = capsys.readouterr().out
    assert f"sheets read: {CLASS}\n" in out and f"responses stored: {CLASS}\n" in out
    assert "waiting for review: 0" in out
    stored = _stored(db)
    assert sorted(map(_canon, stored.values())) == sorted(map(_canon, expected))

    assert run(["--data-dir", data_dir, "scan", str(scan), "--visit", paper_visit]) == 0
    out = capsys.readouterr().out
    assert "responses stored: 0" in out and f"already read (skipped): {2 * CLASS}" in out
    assert len(_stored(db)) == CLASS

    with db.raw() as conn:
        live = count_answers(conn, paper_visit)
    assert live.responses == CLASS
    grades = [a["grade"] for a in expected if "grade" in a]
    assert live.values["grade"] == {g: grades.count(g) for g in set(grades)}
