"""Speaker notes for PDFs: `DECK.notes.md` sections and pdfpc files."""

import json

from sos_desktop.core.decks import parse_notes_md, parse_pdfpc, pdf_deck


def test_notes_md_sections_map_to_pages():
    """Ensure `## Slide N` sections become notes for page N (counting from 1)."""
    text = "Intro text ignored\n## Slide 1\nHello\n\n## Slide 3: survey\nHand out\nthe laptop\n"
    assert parse_notes_md(text) == {0: "Hello", 2: "Hand out\nthe laptop"}


def test_pdfpc_json_notes_by_page_index():
    """Ensure pdfpc's JSON format gives notes by 0-based page index."""
    data = {"pdfpcFormat": 2, "pages": [
        {"idx": 0, "label": "1", "overlay": 0, "note": "First"},
        {"idx": 2, "label": "3", "overlay": 0, "note": "Third"},
        {"idx": 1, "label": "2", "overlay": 0},
    ]}
    assert parse_pdfpc(json.dumps(data)) == {0: "First", 2: "Third"}


def test_pdfpc_old_text_format():
    """Ensure the older `[notes]` / `### N` pdfpc format is read too."""
    text = "[file]\ntalk.pdf\n[notes]\n### 1\nOpen strong\n### 2\nPause\n[end_user_slide]\n3\n"
    assert parse_pdfpc(text) == {0: "Open strong", 1: "Pause"}


def test_side_files_found_next_to_pdf_and_notes_md_wins(tmp_path):
    """Ensure talk.notes.md and talk.pdfpc are both read, .notes.md winning on overlap."""
    pdf = tmp_path / "talk.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    (tmp_path / "talk.pdfpc").write_text(json.dumps(
        {"pages": [{"idx": 0, "note": "from pdfpc"}, {"idx": 1, "note": "only pdfpc"}]}))
    (tmp_path / "talk.notes.md").write_text("## Slide 1\nfrom notes.md\n## Slide 9\nbeyond\n")
    deck = pdf_deck(pdf, 3)
    assert [s.notes for s in deck.slides] == ["from notes.md", "only pdfpc", ""]
    assert any("notes for slide 9 but the PDF has 3 pages" in w for w in deck.warnings)


def test_damaged_notes_file_is_a_warning_not_an_error(tmp_path):
    """Ensure a broken .pdfpc file still lets the PDF be shown, with a warning naming it."""
    pdf = tmp_path / "talk.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    (tmp_path / "talk.pdfpc").write_text("{not json and no notes section")
    deck = pdf_deck(pdf, 2)
    assert len(deck.slides) == 2
    assert "talk.pdfpc" in deck.warnings[0]
