"""One person, one CRM row: sign-ups sharing a normalised email or phone are merged.

Sign-ups are linked when they share an email (case-folded) or an E.164 phone, transitively (a
union-find), so a student who signed up at two visits goes out once. People with the same name
but different contacts are *not* merged: they are listed for the organizer to check by hand.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sos_desktop.core.signup_rules import TEAMS

# Field order of the rows handed in (export_signups' SELECT, contacts already decoded).
FIELDS = (
    "signup_id", "created_at", "visit_id", "visit_school", "visit_group", "visit_date",
    "first_name", "last_name", "preferred_name", "email", "phone", "zip_code", "school", "grade",
    "role", "interests", "visit_requested", "email_consent", "email_consent_at",
    "email_consent_version", "sms_consent", "sms_consent_at", "sms_consent_version", "source",
)
_IDX = {name: i for i, name in enumerate(FIELDS)}
_EMAIL, _PHONE = _IDX["email"], _IDX["phone"]
_EMAIL_OK, _SMS_OK = _IDX["email_consent"], _IDX["sms_consent"]
# Later sign-ups win for these (people move, change grade); empty never overwrites.
_LATEST_WINS = ("first_name", "last_name", "preferred_name", "zip_code", "school", "grade",
                "role", "visit_id", "visit_school", "visit_group", "visit_date")


@dataclass(frozen=True)
class LikelyDuplicate:
    """Same name, different contacts: maybe one person, maybe two. The organizer decides."""

    name: str
    signup_ids: tuple[tuple[str, ...], ...]  # one tuple of merged sign-up ids per person


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def group_rows(rows: Sequence[Sequence]) -> list[list[int]]:
    """Indices of `rows` grouped into people, each group in the rows' order."""
    parent = list(range(len(rows)))
    owner: dict[str, int] = {}
    for i, row in enumerate(rows):
        for key in (row[_EMAIL] and "e:" + row[_EMAIL].casefold(),
                    row[_PHONE] and "p:" + row[_PHONE]):
            if not key:
                continue
            j = owner.setdefault(key, i)
            if j != i:
                a, b = _find(parent, i), _find(parent, j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(_find(parent, i), []).append(i)
    return list(groups.values())


def merge(rows: Sequence[Sequence]) -> dict:
    """One person from sign-ups in created order: consents OR-ed, interests united."""
    person = dict(zip(FIELDS, rows[-1], strict=True))
    person["signup_ids"] = tuple(r[0] for r in rows)
    if len(rows) == 1:  # the common case, kept fast: only the consent filter
        if not person["email_consent"]:
            person["email"] = ""
        if not person["sms_consent"]:
            person["phone"] = ""
        return person
    for name in _LATEST_WINS:
        i = _IDX[name]
        person[name] = next((r[i] for r in reversed(rows) if r[i]), "")
    person["email"] = person["phone"] = ""
    person["email_consent"] = person["sms_consent"] = False
    for channel, ok in (("email", _EMAIL_OK), ("sms", _SMS_OK)):
        consented = [r for r in rows if r[ok]]
        if consented:
            latest = consented[-1]
            value = "email" if channel == "email" else "phone"
            person[value] = latest[_IDX[value]]
            person[f"{channel}_consent"] = True
            person[f"{channel}_consent_at"] = latest[_IDX[f"{channel}_consent_at"]]
            person[f"{channel}_consent_version"] = latest[_IDX[f"{channel}_consent_version"]]
    chosen = {t for r in rows for t in (r[_IDX["interests"]] or "").split(";") if t}
    person["interests"] = ";".join(t for t in TEAMS if t in chosen)
    person["visit_requested"] = any(r[_IDX["visit_requested"]] for r in rows)
    person["source"] = ";".join(sorted({r[_IDX["source"]] for r in rows}))
    person["created_at"] = rows[0][_IDX["created_at"]]
    return person


def name_key(first: str, last: str) -> str:
    """Accents, case and spacing folded: 'Zoë  Nguyễn' and 'zoe nguyen' compare equal."""
    text = unicodedata.normalize("NFKD", f"{first} {last}".casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def likely_duplicates(people: Sequence[dict]) -> list[LikelyDuplicate]:
    by_name: dict[str, list[dict]] = {}
    for person in people:
        by_name.setdefault(name_key(person["first_name"], person["last_name"]), []).append(person)
    return [
        LikelyDuplicate(
            f"{group[0]['first_name']} {group[0]['last_name']}",
            tuple(p["signup_ids"] for p in group),
        )
        for group in by_name.values()
        if len(group) > 1
    ]
