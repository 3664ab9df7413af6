"""The built-in SOS deck ships, parses and carries what the classroom talk needs."""

from sos_desktop.core.decks import builtin_deck_path, load_markdown_deck


def test_builtin_deck_loads_with_notes_on_every_slide():
    """Ensure the built-in deck exists, parses without warnings and has notes everywhere."""
    deck = load_markdown_deck(builtin_deck_path())
    assert len(deck) >= 10
    assert deck.warnings == ()
    assert all(s.notes for s in deck.slides)


def test_builtin_deck_covers_the_campaign():
    """Ensure the talk has survey + results slides, the three teams and Thursday meetings."""
    deck = load_markdown_deck(builtin_deck_path())
    text = "\n".join(s.title + "\n" + s.body for s in deck.slides)
    assert len(deck.action_slides("survey")) == 1
    assert len(deck.action_slides("results")) == 1
    assert deck.action_slides("survey")[0] < deck.action_slides("results")[0]
    for word in ("Research", "Outreach", "Tactics", "Thursday", "4 pm", "wellness"):
        assert word in text


def test_survey_slide_is_true_for_paper_kiosk_and_both():
    """Ensure the survey slide and its notes neither send a paper class to the laptop nor tell
    the presenter to switch to a kiosk a paper visit does not have; they name both ways."""
    deck = load_markdown_deck(builtin_deck_path())
    slide = deck.slides[deck.action_slides("survey")[0]]
    said = (slide.body + "\n" + slide.notes).lower()
    for kiosk_only in ("take turns at the laptop", "switch to the kiosk now"):
        assert kiosk_only not in said
    assert "sheet" in slide.body.lower() and "laptop" in slide.body.lower()
    assert "paper" in slide.notes.lower() and "kiosk" in slide.notes.lower()
