"""One person, one CRM row: sign-ups sharing a normalised email or phone are merged.

Sign-ups are linked when they share an email (case-folded) or an E.164 phone, transitively (a
union-find, `People`), so a student who signed up at two visits goes out once. People with the
same name but different contacts are *not* merged: they are listed to check by hand.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace

from sos_desktop.core.people.signup_rules import TEAMS

# Field order of the rows handed in (export_signups' SELECT, contacts already decoded).
FIELDS = (
    "signup_id", "created_at", "visit_id", "visit_school", "visit_group", "visit_date",
    "first_name", "last_name", "preferred_name", "email", "phone", "zip_code", "school", "grade",
    "role", "interests", "visit_requested", "email_consent", "email_consent_at",
    "email_consent_version", "sms_consent", "sms_consent_at", "sms_consent_version", "source",
)
_IDX = {name: i for i, name in enumerate(FIELDS)}


# Positions in a person tuple (FIELDS in order, then the merged sign-up ids): F.email, ...
# Tuples, not dicts: 100,000 people a run.
F = SimpleNamespace(**_IDX, signup_ids=len(FIELDS))



_EMAIL, _PHONE = _IDX["email"], _IDX["phone"]
_EMAIL_OK, _SMS_OK = _IDX["email_consent"], _IDX["sms_consent"]
# Later sign-ups win for these (people move, change grade); empty never overwrites.
_LATEST_WINS = ("first_name", "last_name", "preferred_name", "zip_code", "school", "grade",
                "role", "visit_id", "visit_school", "visit_group", "visit_date")
_LATEST_WINS_AT = tuple(_IDX[name] for name in _LATEST_WINS)
# Per channel: (consent flag, value, consent time, consent version): the latest consented
# sign-up gives all four; none consented leaves the channel empty.
_CHANNELS = tuple((_IDX[f"{c}_consent"], _IDX[v], _IDX[f"{c}_consent_at"],
                   _IDX[f"{c}_consent_version"]) for c, v in (("email", "email"),
                                                             ("sms", "phone")))


@dataclass(frozen=True)
class LikelyDuplicate:
    """Same name, different contacts: maybe one person, maybe two. The organizer decides."""

    name: str
    signup_ids: tuple[tuple[str, ...], ...]  # one tuple of merged sign-up ids per person


class People:
    """Union-find over sign-ups numbered 1..count: which of them are one person.

    Holds one integer per sign-up (an array, not objects), so 300,000 sign-ups cost 2.4 MB;
    the contacts themselves stay in SQLite, and only groups sharing a key arrive here.
    """

    def __init__(self, count: int) -> None:
        self._parent = array("q", range(count + 1))
        self._linked = array("q")  # sign-ups in some group: the only ones that can merge

    def _find(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def link(self, groups: Iterable[Sequence[int]]) -> None:
        """Groups of sign-ups sharing a key (an email, a phone): each group is one person."""
        find, parent, linked = self._find, self._parent, self._linked
        for group in groups:
            root = find(group[0])
            for n in group[1:]:
                other = find(n)
                if other != root:  # the root is a person's first sign-up
                    root, later = min(root, other), max(root, other)
                    parent[later] = root
            linked.extend(group)

    def chains(self) -> tuple[bytearray, array]:
        """(roles, links), and this object is used up: roles[n] is 0 for a sign-up that is a
        person of its own, 1 for the first of a person's several, 2 for a later one; from a
        first or later sign-up, links[n] is the next of the same person's later sign-ups, from
        the last in file order back (0: no more). The links are the union-find's own array,
        so a run holds no more than it did to group."""
        parent, find = self._parent, self._find
        roles = bytearray(len(parent))
        for n in self._linked:  # every later sign-up points straight at its person's first
            root = find(n)
            if root != n:
                parent[n], roles[root], roles[n] = root, 1, 2
        self._linked = array("q")
        later = roles.find(2)
        while later != -1:  # in file order, each put at the front of its person's chain
            first = parent[later]
            head = parent[first]  # the first sign-up itself while its chain is empty
            parent[later] = 0 if head == first else head
            parent[first] = later
            later = roles.find(2, later + 1)
        return roles, parent


def single(row: tuple) -> tuple:
    """The common case, kept fast: one sign-up, only the consent filter applies."""
    if row[_EMAIL_OK] and row[_SMS_OK]:
        return (*row, (row[0],))
    person = list(row)
    if not row[_EMAIL_OK]:
        person[_EMAIL] = ""
    if not row[_SMS_OK]:
        person[_PHONE] = ""
    return (*person, (row[0],))


def merge(rows: Sequence[tuple]) -> tuple:
    """One person from sign-ups in created order: consents OR-ed, interests united."""
    if len(rows) == 1:
        return single(rows[0])
    latest_first = rows[::-1]
    person = [*rows[-1], tuple(r[0] for r in rows)]
    for i in _LATEST_WINS_AT:  # plain loops: every merged person of an export comes here
        for r in latest_first:
            if r[i]:
                person[i] = r[i]
                break
        else:
            person[i] = ""
    for ok, value, at, version in _CHANNELS:
        for r in latest_first:
            if r[ok]:
                person[value], person[ok], person[at], person[version] = r[value], True, \
                    r[at], r[version]
                break
        else:
            person[value], person[ok] = "", False
    chosen = {t for r in rows for t in (r[F.interests] or "").split(";") if t}
    person[F.interests] = ";".join(t for t in TEAMS if t in chosen)
    person[F.visit_requested] = any(r[F.visit_requested] for r in rows)
    person[F.source] = ";".join(sorted({r[F.source] for r in rows}))
    person[F.created_at] = rows[0][F.created_at]
    return tuple(person)


def name_key(first: str, last: str) -> str:
    """Accents, case and spacing folded: 'Zoë  Nguyễn' and 'zoe nguyen' compare equal."""
    whole = f"{first} {last}"
    if whole.isascii():  # most names, once per sign-up of an export: nothing to fold but case
        return " ".join(whole.lower().split())
    return " ".join(f"{_folded(first)} {_folded(last)}".split())


@lru_cache(maxsize=16384)  # bounded: first names (and many last names) repeat across people
def _folded(part: str) -> str:
    text = unicodedata.normalize("NFKD", part.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))
