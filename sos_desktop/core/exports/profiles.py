"""CRM export profiles: each turns a merged person into one row shaped for one CRM's importer.

The registry (PROFILES) is what `export signups --profile` offers. Every cell goes through the
formula neutraliser except a validated E.164 phone, which a CRM must be able to read as is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sos_desktop.core.clock import LocalTime
from sos_desktop.core.exports.csv_safety import neutralise as n
from sos_desktop.core.exports.csv_safety import neutralise_phone
from sos_desktop.core.exports.dedupe import FIELDS, F


@dataclass(frozen=True)
class Profile:
    name: str
    header: tuple[str, ...]
    # A person tuple (dedupe.F positions; times as stored, in UTC) and the LocalTime that
    # shows them: to a CSV row.
    row: Callable[[tuple, LocalTime], Sequence[str]]
    dedupe: bool = True  # one row per person (merged sign-ups)
    needs_email: bool = False  # the CRM keys people by email: phone-only rows cannot go in
    # Fast path for a sign-up that is a person of its own (every sign-up without dedupe, most
    # with it): a SELECT row (contacts opened) to the CSV row row(dedupe.single(r)) would be.
    raw_row: Callable[[tuple, LocalTime], Sequence[str]] | None = None
    summary: str = ""


def _yes(flag: object) -> str:
    return "yes" if flag else "no"




GENERIC_HEADER = FIELDS  # every field, in the order rows are read
def _generic(p: tuple, local: LocalTime) -> tuple:
    # Unpacked, not indexed: this profile streams every sign-up, so it is the hot loop.
    (_sid, created, visit, vschool, vgroup, vdate, first, last, preferred, email, phone, zip_,
     school, grade, role, interests, requested, email_ok, email_at, email_version, sms_ok,
     sms_at, sms_version, source, ids) = p
    return (
        ";".join(ids), local.iso(created), visit or "", n(vschool), n(vgroup), vdate or "",
        n(first), n(last), n(preferred), n(email), neutralise_phone(phone), n(zip_), n(school),
        grade, role, interests, _yes(requested), _yes(email_ok), local.iso(email_at), email_version,
        _yes(sms_ok), local.iso(sms_at), sms_version, source,
    )


def _generic_raw(r: tuple, local: LocalTime) -> tuple:
    """_generic(dedupe.single(r)) without the intermediate tuples (a test checks the two
    agree): the generic export streams every sign-up through here."""
    iso = local.iso
    email_ok, sms_ok = r[17], r[20]
    return (
        r[0], iso(r[1]), r[2] or "", n(r[3]), n(r[4]), r[5] or "", n(r[6]), n(r[7]),
        n(r[8]), n(r[9]) if email_ok else "", neutralise_phone(r[10]) if sms_ok else "",
        n(r[11]), n(r[12]), r[13], r[14], r[15], _yes(r[16]), _yes(email_ok), iso(r[18]),
        r[19], _yes(sms_ok), iso(r[21]), r[22], r[23],
    )


# Action Network's uploader maps these five to core fields; any other column can be mapped to
# a custom field of the same name on the upload's "map fields" step.
ACTION_NETWORK_EXTRAS = ("preferred_name", "school", "grade", "role", "interests",
                         "visit_requested", "visit_school", "visit_date", "signup_date")
ACTION_NETWORK_HEADER = ("first_name", "last_name", "email", "zip_code", "phone",
                         *ACTION_NETWORK_EXTRAS)


def _action_network(p: tuple, local: LocalTime) -> tuple:
    # Unpacked, not indexed: every person of a CRM export goes through here.
    (_sid, created, _visit, vschool, _vgroup, vdate, first, last, preferred, email, phone, zip_,
     school, grade, role, interests, requested) = p[:17]
    return (
        n(first), n(last), n(email), n(zip_), neutralise_phone(phone), n(preferred), n(school),
        grade, role, interests, "yes" if requested else "no", n(vschool), vdate or "",
        local.date(created),
    )


def _action_network_raw(r: tuple, local: LocalTime) -> tuple:
    """_action_network(dedupe.single(r)) without the intermediate tuples (a test checks the two
    agree): the first pass of a dedupe export formats every sign-up through here."""
    return (
        n(r[6]), n(r[7]), n(r[9]) if r[17] else "", n(r[11]),
        neutralise_phone(r[10]) if r[20] else "", n(r[8]), n(r[12]), r[13], r[14], r[15],
        "yes" if r[16] else "no", n(r[3]), r[5] or "", local.date(r[1]),
    )


MAILCHIMP_HEADER = ("Email Address", "First Name", "Last Name", "Phone Number", "Tags")


def mailchimp_tags(p: tuple) -> str:
    """Comma-separated tags Mailchimp creates on import: campaign, role, teams."""
    tags = ["SOS", p[F.role], *(t for t in p[F.interests].split(";") if t)]
    if p[F.visit_requested]:
        tags.append("visit requested")
    return ", ".join(t for t in tags if t)


def _mailchimp(p: tuple, _local: LocalTime) -> tuple:
    return (n(p[F.email]), n(p[F.first_name]), n(p[F.last_name]), neutralise_phone(p[F.phone]),
            n(mailchimp_tags(p)))


EVERYACTION_HEADER = ("FirstName", "LastName", "Email", "CellPhone", "ZipOrPostal")


def _everyaction(p: tuple, _local: LocalTime) -> tuple:
    return (n(p[F.first_name]), n(p[F.last_name]), n(p[F.email]), neutralise_phone(p[F.phone]),
            n(p[F.zip_code]))


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("generic", GENERIC_HEADER, _generic, dedupe=False, raw_row=_generic_raw,
                summary="Every field, one row per sign-up."),
        Profile("action-network", ACTION_NETWORK_HEADER, _action_network,
                raw_row=_action_network_raw,
                summary="Action Network: first_name, last_name, email, zip_code, phone + "
                        "custom columns. One row per person."),
        Profile("mailchimp", MAILCHIMP_HEADER, _mailchimp, needs_email=True,
                summary="Mailchimp: Email Address, First Name, Last Name, Phone Number, Tags. "
                        "People without a consented email are left out."),
        Profile("everyaction", EVERYACTION_HEADER, _everyaction,
                summary="EveryAction: FirstName, LastName, Email, CellPhone, ZipOrPostal."),
    )
}


def profile_named(name: str) -> Profile:
    from sos_desktop.core.errors import SosError
    from sos_desktop.core.messages import Code

    try:
        return PROFILES[name]
    except KeyError:
        raise SosError(Code.UNKNOWN_PROFILE(name=repr(name), known=", ".join(PROFILES))) from None
