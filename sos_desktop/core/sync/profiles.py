"""CRM export profiles: each turns a merged person into one row shaped for one CRM's importer.

The registry (PROFILES) is what `export signups --profile` offers. Every cell goes through the
formula neutraliser except a validated E.164 phone, which a CRM must be able to read as is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sos_desktop.core.csv_safety import neutralise as n
from sos_desktop.core.csv_safety import neutralise_phone
from sos_desktop.core.sync.dedupe import F


@dataclass(frozen=True)
class Profile:
    name: str
    header: tuple[str, ...]
    row: Callable[[tuple], Sequence[str]]  # a person tuple (dedupe.F positions)
    dedupe: bool = True  # one row per person (merged sign-ups)
    needs_email: bool = False  # the CRM keys people by email: phone-only rows cannot go in
    summary: str = ""


def _yes(flag: object) -> str:
    return "yes" if flag else "no"


def _date(stamp: object) -> str:
    return str(stamp or "")[:10]


GENERIC_HEADER = (
    "signup_id", "created_at", "visit_id", "visit_school", "visit_group", "visit_date",
    "first_name", "last_name", "preferred_name", "email", "phone", "zip_code", "school", "grade",
    "role", "interests", "visit_requested", "email_consent", "email_consent_at",
    "email_consent_version", "sms_consent", "sms_consent_at", "sms_consent_version", "source",
)


def _generic(p: tuple) -> tuple:
    return (
        ";".join(p[F.signup_ids]), p[F.created_at], p[F.visit_id] or "", n(p[F.visit_school]),
        n(p[F.visit_group]), p[F.visit_date] or "", n(p[F.first_name]), n(p[F.last_name]),
        n(p[F.preferred_name]), n(p[F.email]), neutralise_phone(p[F.phone]), n(p[F.zip_code]),
        n(p[F.school]), p[F.grade], p[F.role], p[F.interests], _yes(p[F.visit_requested]),
        _yes(p[F.email_consent]), p[F.email_consent_at] or "", p[F.email_consent_version],
        _yes(p[F.sms_consent]), p[F.sms_consent_at] or "", p[F.sms_consent_version], p[F.source],
    )


# Action Network's uploader maps these five to core fields; any other column can be mapped to
# a custom field of the same name on the upload's "map fields" step.
ACTION_NETWORK_EXTRAS = ("preferred_name", "school", "grade", "role", "interests",
                         "visit_requested", "visit_school", "visit_date", "signup_date")
ACTION_NETWORK_HEADER = ("first_name", "last_name", "email", "zip_code", "phone",
                         *ACTION_NETWORK_EXTRAS)


def _action_network(p: tuple) -> tuple:
    return (
        n(p[F.first_name]), n(p[F.last_name]), n(p[F.email]), n(p[F.zip_code]),
        neutralise_phone(p[F.phone]), n(p[F.preferred_name]), n(p[F.school]), p[F.grade],
        p[F.role], p[F.interests], _yes(p[F.visit_requested]), n(p[F.visit_school]),
        p[F.visit_date] or "", _date(p[F.created_at]),
    )


MAILCHIMP_HEADER = ("Email Address", "First Name", "Last Name", "Phone Number", "Tags")


def mailchimp_tags(p: tuple) -> str:
    """Comma-separated tags Mailchimp creates on import: campaign, role, teams."""
    tags = ["SOS", p[F.role], *(t for t in p[F.interests].split(";") if t)]
    if p[F.visit_requested]:
        tags.append("visit requested")
    return ", ".join(t for t in tags if t)


def _mailchimp(p: tuple) -> tuple:
    return (n(p[F.email]), n(p[F.first_name]), n(p[F.last_name]), neutralise_phone(p[F.phone]),
            n(mailchimp_tags(p)))


EVERYACTION_HEADER = ("FirstName", "LastName", "Email", "CellPhone", "ZipOrPostal")


def _everyaction(p: tuple) -> tuple:
    return (n(p[F.first_name]), n(p[F.last_name]), n(p[F.email]), neutralise_phone(p[F.phone]),
            n(p[F.zip_code]))


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("generic", GENERIC_HEADER, _generic, dedupe=False,
                summary="every field, one row per sign-up"),
        Profile("action-network", ACTION_NETWORK_HEADER, _action_network,
                summary="Action Network upload: core fields + custom columns"),
        Profile("mailchimp", MAILCHIMP_HEADER, _mailchimp, needs_email=True,
                summary="Mailchimp audience import (email required), tags"),
        Profile("everyaction", EVERYACTION_HEADER, _everyaction,
                summary="EveryAction/NGP VAN bulk upload"),
    )
}


def profile_named(name: str) -> Profile:
    from sos_desktop.core.errors import SosError

    try:
        return PROFILES[name]
    except KeyError:
        raise SosError(
            f"unknown export profile {name!r}; known: {', '.join(PROFILES)}"
        ) from None
