"""Consent wording. The exact text shown and its version are stored with every sign-up.

Core keeps each consent's version and its English source. The kiosk shows it in the student's
language from its catalog (ui/kiosk/consent.py, whose English is this word for word) and
stores that text, as shown, with the consent.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConsentWording:
    """A consent's version and its text exactly as the person read it, in their language."""

    version: str
    text: str


EMAIL_CONSENT = ConsentWording(
    version="email-v1",
    text="Yes, Students for Educational Justice may email me about the Students Over SROs "
    "campaign, meetings and events. I can unsubscribe at any time.",
)

SMS_CONSENT = ConsentWording(
    version="sms-v1",
    text="Yes, Students for Educational Justice may text me about Students Over SROs "
    "meetings and actions, up to 4 messages a month. Msg & data rates may apply. "
    "Reply STOP to opt out, HELP for help.",
)

# The printed sign-in sheet carries the same wording in English and Spanish at once (one sheet
# for the room); typed-up rows record the English with the paper version.
PAPER_EMAIL_CONSENT = ConsentWording(version="paper-email-v1", text=EMAIL_CONSENT.text)
PAPER_SMS_CONSENT = ConsentWording(version="paper-sms-v1", text=SMS_CONSENT.text)
SHEET_SPANISH = {
    "email": "Sí, Students for Educational Justice puede enviarme correos sobre la campaña "
    "Students Over SROs, reuniones y eventos. Puedo darme de baja en cualquier momento.",
    "sms": "Sí, Students for Educational Justice puede enviarme mensajes de texto sobre "
    "reuniones y acciones de Students Over SROs, hasta 4 mensajes al mes. Pueden aplicarse "
    "tarifas de mensajes y datos. Responde STOP para cancelar, HELP para ayuda.",
}


def english_consent(_language: str) -> tuple[ConsentWording, ConsentWording]:
    """The email and text-message consents as a front end without a catalog shows them."""
    return EMAIL_CONSENT, SMS_CONSENT
