"""Bad input to `scan`: a clear message naming the file, nothing stored, the other files
still read."""

import json
import random
import struct
import zlib

import cv2
import numpy as np

from benchmarks.paper_synth import images_to_pdf
from sos_desktop.cli import run
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.inputs import PaperInputError, decode_photo
from tests.core.paper.conftest import filled


def _scan(db, visit, *paths):
    return run(["--data-dir", str(db.path.parent), "scan", *map(str, paths), "--visit", visit])


def _responses(db):
    with db.raw() as conn:
        return conn.execute("SELECT count(*) FROM survey_responses").fetchone()[0]


def _png_header(width, height):
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)))


def test_a_decompression_bomb_is_refused_by_its_header(tmp_path):
    bomb = _png_header(30000, 30000) + b"\x00" * 64
    try:
        decode_photo(bomb, "bomb.png")
    except PaperInputError as exc:
        assert exc.message == Code.PAPER_FILE(path="bomb.png", reason=Code.PAPER_TOO_MANY_PIXELS(
            width=30000, height=30000, megapixels=40))
    else:
        raise AssertionError("a 30000x30000 image was decoded")


def test_bad_files_get_a_message_and_good_ones_are_still_read(db, paper_visit, blank_pages,
                                                             layout, hillhouse, tmp_path,
                                                             capsys):
    good = tmp_path / "good.pdf"
    good.write_bytes(images_to_pdf(filled(blank_pages, layout, hillhouse, {"school":
                                          "hillhouse"}, random.Random(1)), 150))
    jpeg = cv2.imencode(".jpg", blank_pages[0])[1].tobytes()
    (tmp_path / "cut.jpg").write_bytes(jpeg[: len(jpeg) // 2])
    (tmp_path / "cut.pdf").write_bytes(good.read_bytes()[:900])
    (tmp_path / "locked.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Encrypt 2 0 R >>\n%%EOF")
    (tmp_path / "bomb.png").write_bytes(_png_header(30000, 30000) + b"\x00" * 64)
    (tmp_path / "notes.txt").write_text("hello")
    bad = ["cut.jpg", "cut.pdf", "locked.pdf", "bomb.png", "notes.txt", "missing.png"]
    assert _scan(db, paper_visit, *(tmp_path / b for b in bad), good) == 1
    captured = capsys.readouterr()
    for name in bad:
        assert f"{tmp_path / name} cannot be read: " in captured.err
    assert "truncated" in captured.err and "too large" in captured.err
    assert "responses stored: 1" in captured.out


def test_blank_pages_and_photos_of_something_else_store_nothing(db, paper_visit, tmp_path,
                                                                capsys):
    rng = np.random.default_rng(2)
    scene = cv2.GaussianBlur(rng.integers(0, 255, (720, 1280), dtype=np.uint8), (15, 15), 4)
    cv2.imwrite(str(tmp_path / "class.jpg"), scene)
    (tmp_path / "blank.pdf").write_bytes(images_to_pdf([np.full((1650, 1275), 250,
                                                                np.uint8)], 150))
    assert _scan(db, paper_visit, tmp_path / "class.jpg", tmp_path / "blank.pdf") == 0
    assert "pages that are no sheet of ours: 2" in capsys.readouterr().out
    assert _responses(db) == 0


def test_json_lists_each_page_with_its_answers_and_review(db, paper_visit, blank_pages,
                                                          layout, hillhouse, tmp_path, capsys):
    pages = filled(blank_pages, layout, hillhouse, {"school": "hillhouse", "grade": "grade_9",
                                                    "police_free": "agree"}, random.Random(3))
    from benchmarks.paper_synth import draw_mark

    box = next(b for b in layout.boxes if (b.question, b.choice) == ("grade", "grade_10"))
    draw_mark(pages[0], box, "full", 150, random.Random(3))
    cv2.imwrite(str(tmp_path / "front.png"), pages[0])
    cv2.imwrite(str(tmp_path / "back.jpg"), pages[1])
    assert run(["--data-dir", str(db.path.parent), "scan", str(tmp_path / "front.png"),
                str(tmp_path / "back.jpg"), "--visit", paper_visit, "--json",
                "--dry-run"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["file"].rsplit("/", 1)[1] for r in records] == ["front.png", "back.jpg"]
    front, back = records
    assert front["survey"] == "hillhouse-cross" and front["version"] == 1
    assert front["sheet_id"] == back["sheet_id"] and front["sheet_page"] == 1
    assert front["answers"] == {"school": "hillhouse"}
    assert front["review"] == [{"question": "grade", "reason": "two marks on a single-choice "
                                "question", "marked": ["grade_9", "grade_10"], "unclear": []}]
    assert back["answers"] == {"police_free": "agree"}
    assert _responses(db) == 0


GIANT_PAGE = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages"
              b"/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R"
              b"/MediaBox[0 0 14400 14400]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def test_a_giant_pdf_page_is_drawn_within_the_pixel_budget(tmp_path):
    """Ensure a 200-byte PDF whose page is 200 inches square is drawn at a lower dpi, within
    PDF_MAX_PIXELS (it cost 936 MiB drawn whole)."""
    from sos_desktop.core.paper.inputs import PDF_MAX_PIXELS
    from sos_desktop.pdf_pages import render_pdf_pages

    giant = tmp_path / "giant.pdf"
    giant.write_bytes(GIANT_PAGE)
    assert len(GIANT_PAGE) < 250
    [page] = list(render_pdf_pages(giant, 100))
    assert page.size <= PDF_MAX_PIXELS and page.dtype == np.uint8
    assert page.min() == 255  # a blank page, white


def test_an_empty_pdf_is_refused_as_an_empty_or_damaged_pdf(db, paper_visit, tmp_path,
                                                            capsys):
    """Ensure an empty `.pdf` is named an empty or damaged PDF, not "not a PNG or JPEG"."""
    from sos_desktop.core.paper.inputs import read_inputs

    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    [error] = list(read_inputs([empty], None))
    assert isinstance(error, PaperInputError) and error.reason == Code.PAPER_PDF_EMPTY()
    assert _scan(db, paper_visit, empty) == 1
    assert f"{empty} cannot be read" in capsys.readouterr().err
