"""Every kiosk text exists in both languages."""

from sos_desktop.core.kiosk.texts import TEXTS, text


def test_english_and_spanish_have_the_same_keys():
    assert set(TEXTS["en"]) == set(TEXTS["es"])


def test_placeholders_fill_in():
    assert "12" in text("es", "idle_body", seconds=12)
