"""The consent wording as a student reads it at the kiosk, in their language, from the kiosk's
catalog. Each text is stored with the consent exactly as shown, with core's version
(core/people/consent.py): its English here is core's word for word (a test checks), so a
reworded consent needs a new version there."""

from __future__ import annotations

from sos_desktop.core.people.consent import EMAIL_CONSENT, SMS_CONSENT, ConsentWording
from sos_desktop.i18n import kiosk


def consent_wordings(language: str) -> tuple[ConsentWording, ConsentWording]:
    """The email and the text-message consent shown in `language`."""
    email = kiosk.tr(
        "Yes, Students for Educational Justice may email me about the Students Over SROs "
        "campaign, meetings and events. I can unsubscribe at any time.", language=language)
    sms = kiosk.tr(
        "Yes, Students for Educational Justice may text me about Students Over SROs "
        "meetings and actions, up to 4 messages a month. Msg & data rates may apply. "
        "Reply STOP to opt out, HELP for help.", language=language)
    return (ConsentWording(EMAIL_CONSENT.version, email),
            ConsentWording(SMS_CONSENT.version, sms))
