"""Consent wording. The exact text shown and its version are stored with every sign-up."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConsentWording:
    version: str
    text: dict[str, str]  # language -> wording

    def for_language(self, language: str) -> str:
        return self.text.get(language, self.text["en"])


EMAIL_CONSENT = ConsentWording(
    version="email-v1",
    text={
        "en": "Yes, Students for Educational Justice may email me about the Students Over SROs "
        "campaign, meetings and events. I can unsubscribe at any time.",
        "es": "Sí, Students for Educational Justice puede enviarme correos sobre la campaña "
        "Students Over SROs, reuniones y eventos. Puedo darme de baja en cualquier momento.",
    },
)

SMS_CONSENT = ConsentWording(
    version="sms-v1",
    text={
        "en": "Yes, Students for Educational Justice may text me about Students Over SROs "
        "meetings and actions, up to 4 messages a month. Msg & data rates may apply. "
        "Reply STOP to opt out, HELP for help.",
        "es": "Sí, Students for Educational Justice puede enviarme mensajes de texto sobre "
        "reuniones y acciones de Students Over SROs, hasta 4 mensajes al mes. Pueden aplicarse "
        "tarifas de mensajes y datos. Responde STOP para cancelar, HELP para ayuda.",
    },
)

# The printed sign-in sheet carries the same wording; typed-up rows record this version.
PAPER_EMAIL_CONSENT = ConsentWording(version="paper-email-v1", text=EMAIL_CONSENT.text)
PAPER_SMS_CONSENT = ConsentWording(version="paper-sms-v1", text=SMS_CONSENT.text)
