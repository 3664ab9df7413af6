"""Ensure the consent a student reads at the kiosk is the one stored, with its version: core's
English word for word, the printed sheet's Spanish, from the kiosk's catalog."""

from __future__ import annotations

import pytest

from sos_desktop.core.kiosk.saving import KioskSaver
from sos_desktop.core.people.consent import EMAIL_CONSENT, SHEET_SPANISH, SMS_CONSENT
from sos_desktop.ui.kiosk.consent import consent_wordings


def test_english_is_core_s_word_for_word():
    """A reworded consent needs a new version in core: the kiosk's English cannot drift."""
    assert consent_wordings("en") == (EMAIL_CONSENT, SMS_CONSENT)


def test_spanish_is_the_printed_sheet_s_with_the_same_versions():
    email, sms = consent_wordings("es")
    assert (email.text, sms.text) == (SHEET_SPANISH["email"], SHEET_SPANISH["sms"])
    assert (email.version, sms.version) == (EMAIL_CONSENT.version, SMS_CONSENT.version)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_kiosk_stores_the_consent_as_shown(db, visit_id, language):
    saver = KioskSaver(db, visit_id, consent=consent_wordings)
    saver.save_signup(language, {"first_name": "Ana", "last_name": "Ruiz", "age_13_plus": True,
                                 "email": "ana@example.org", "phone": "2035550142",
                                 "email_consent": True, "sms_consent": True})
    saver.close()
    with db.raw() as conn:
        stored = conn.execute("SELECT email_consent_version, email_consent_text,"
                              " sms_consent_version, sms_consent_text FROM signups").fetchone()
    email, sms = consent_wordings(language)
    assert tuple(stored) == (email.version, email.text, sms.version, sms.text)
