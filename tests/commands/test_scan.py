"""`sos-desktop scan`: a page that raises is reported and the run goes on; `--camera VIDEO` or
`--camera FOLDER` reads a recorded class again through the camera's own path."""

import json
import random

import cv2
import pytest

from sos_desktop.cli import run
from sos_desktop.core.messages import Code
from tests.core.camera.frames import empty, moving, still
from tests.core.paper.conftest import filled

ANSWERS = {"school": "hillhouse", "grade": "grade_11", "safe_at_school": 3,
           "had_contact": "yes", "contact_kind": ["searched"], "support_wanted": ["nurses"]}


def responses(db):
    with db.raw() as conn:
        return conn.execute("SELECT count(*) FROM survey_responses").fetchone()[0]


def test_a_page_that_raises_is_not_read_and_the_rest_is(db, paper_visit, blank_pages, layout,
                                                        hillhouse, tmp_path, capsys,
                                                        monkeypatch):
    """OpenCV raising on one page (as its QR decoder did): that page is "failed" with its
    reason in --json and on stderr, the other pages are read and stored, exit 0."""
    import sos_desktop.core.paper.scanner as scanner_module

    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(1))
    other = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(2))[0]
    for name, image in (("back.png", back), ("odd.png", other), ("front.png", front)):
        cv2.imwrite(str(tmp_path / name), image)
    real = scanner_module.read_page

    def flaky(grey, *args, **kwargs):
        if grey is not None and grey.shape == other.shape and (grey == other).all():
            raise cv2.error("OpenCV(4.10.0) error: (-2:Unspecified error) in function "
                            "'decode'")
        return real(grey, *args, **kwargs)

    monkeypatch.setattr(scanner_module, "read_page", flaky)
    code = run(["--data-dir", str(db.path.parent), "scan", "--json", "--visit", paper_visit,
                *(str(tmp_path / n) for n in ("back.png", "odd.png", "front.png"))])
    out, err = capsys.readouterr()
    assert code == 0
    records = json.loads(out)
    assert [r["outcome"] for r in records] == ["waiting_page", "failed", "stored"]
    assert "could not be read" in records[1]["message"] and "error" in records[1]["message"]
    assert "odd.png page 1: not read" in err
    assert "pages not read because of an error (named above): 1" in err
    assert responses(db) == 1


def write_video(path, frames, fps=15):
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (1280, 720))
    for f in frames:
        writer.write(cv2.cvtColor(f, cv2.COLOR_GRAY2BGR))
    writer.release()
    return path


@pytest.fixture(scope="module")
def two_copies(layout):
    from benchmarks.paper_synth import render_pdf
    from sos_desktop.core.paper.sheet_pdf import render_sheets
    from tests.core.camera.frames import DPI

    pages = render_pdf(render_sheets(layout, 2).pdf, DPI)
    return pages[:2], pages[2:]


@pytest.fixture
def recorded_class(two_copies, layout, hillhouse):
    """Two students' sheets held up in turn (carried in, then held still, back then front),
    and one sheet only carried past the camera."""
    rng = random.Random(3)
    first = filled(two_copies[0], layout, hillhouse, ANSWERS, rng)
    second = filled(two_copies[1], layout, hillhouse, dict(ANSWERS, grade="grade_9"), rng)
    frames = [empty(rng) for _ in range(3)]
    for front, back in (first, second):
        frames += [*moving(back, rng, 3), *still(back, rng, 6), empty(rng),
                   *still(front, rng, 6), *(empty(rng) for _ in range(3))]
    frames += moving(first[0], rng, 5)
    return frames


def test_a_recorded_class_is_read_again_from_a_video(db, paper_visit, recorded_class,
                                                     tmp_path, capsys):
    """An MJPG .avi of a class: each side read once from the frames held still, both
    responses stored; played again, every sheet is already read and nothing is added."""
    video = write_video(tmp_path / "class.avi", recorded_class)
    argv = ["--data-dir", str(db.path.parent), "scan", "--camera", str(video), "--visit",
            paper_visit]
    assert run([*argv, "--json"]) == 0
    out, err = capsys.readouterr()
    records = json.loads(out)
    # The sheet carried past at the end is known from its code alone: already read.
    assert [r["outcome"] for r in records] == ["waiting_page", "stored", "waiting_page",
                                               "stored", "already_read"]
    assert {r["answers"].get("grade") for r in records if r["outcome"] == "stored"} == {
        "grade_11", "grade_9"}
    assert all(r["file"] == str(video) and r["frame"] > 0 for r in records)
    assert f"frames looked at: {len(recorded_class)}" in err and "responses stored: 2" in err
    assert responses(db) == 2
    assert run(argv) == 0
    out = capsys.readouterr().out
    assert "responses stored: 0" in out and "already read (skipped): 5" in out
    assert responses(db) == 2


def test_a_folder_of_frames_dry_run(db, paper_visit, recorded_class, tmp_path, capsys):
    """A folder of PNG frames reads as the video does; --dry-run stores nothing."""
    folder = tmp_path / "frames"
    folder.mkdir()
    for i, frame in enumerate(recorded_class):
        cv2.imwrite(str(folder / f"frame{i}.png"), frame)  # unpadded: number order
    (folder / f"frame{len(recorded_class)}.png").write_bytes(b"\x89PNG broken")
    assert run(["--data-dir", str(db.path.parent), "scan", "--camera", str(folder), "--visit",
                paper_visit, "--dry-run", "--json"]) == 0
    out, err = capsys.readouterr()
    records = json.loads(out)
    assert [r["outcome"] for r in records if r["outcome"] != "failed"] == [
        "read", "read", "read", "read", "already_read"]
    assert records[-1]["outcome"] == "failed" and "not a readable PNG" in records[-1]["message"]
    assert "frames not read because of an error (named above): 1" in err
    assert responses(db) == 0


def test_a_recording_that_cannot_be_read_is_named(db, paper_visit, tmp_path, capsys):
    (tmp_path / "clip.mp4").write_bytes(b"not a video")
    base = ["--data-dir", str(db.path.parent), "scan", "--visit", paper_visit, "--camera"]
    assert run([*base, str(tmp_path / "clip.mp4")]) == 1
    assert "clip.mp4: not a video file" in capsys.readouterr().err
    assert run([*base, str(tmp_path / "missing")]) == 1
    assert "no such folder or video file" in capsys.readouterr().err
    assert run([*base, str(tmp_path / "sheet.pdf")]) == 1
    assert "leave out --camera" in capsys.readouterr().err


def test_a_page_the_database_refuses_is_failed_and_counted_once(db, paper_visit, blank_pages,
                                                                layout, hillhouse):
    """Storing a page raising (its sheet's other side went to another visit): that page is
    failed with the reason, counted once; it is read again next time, not taken as read."""
    from sos_desktop.core.paper.scanner import Outcome, PaperScanner
    from sos_desktop.core.visits.store import create_visit

    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(4))
    other = create_visit(db, {"school": "Cross", "group_name": "Civics",
                              "visit_date": "2026-10-14", "survey_key": "hillhouse-cross"})
    assert PaperScanner(db, other).read_image(back).outcome is Outcome.WAITING_PAGE
    scanner = PaperScanner(db, paper_visit)
    out = scanner.read_image(front)
    assert out.outcome is Outcome.FAILED and out.message.code is Code.PAGE_FAILED
    assert "another visit" in str(out.message)  # the app's own refusal, kept as its message
    assert (scanner.counts.pages, scanner.counts.failed) == (1, 1)
    assert scanner.read_image(front).outcome is Outcome.FAILED  # not remembered as read
    assert responses(db) == 0
