"""Which question each column of an online export answers, decided from the header row only.

A KoboToolbox / ODK export names columns by question name, often with the group path in front
(`about_you/school`, ODK Central `about_you-school`), and may split a select-multiple into
`question/choice` 0/1 columns; a Google Forms export names them by the question's text in the
form's language. A header is matched to a question by key (its last path part) or by its exact
text in any of the survey's languages; nothing fuzzier. A column that identifies a person or a
moment is dropped and named; export bookkeeping is ignored and named; anything else unmatched,
or matching several questions, is a problem the import refuses, naming the column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sos_desktop.core.surveys.model import Question, QuestionType, SurveyDef

# Roles a column can have.
QUESTION, CHOICE, NOTE = "question", "choice", "note"  # answers (a note column stays empty)
SUBMISSION, TIME = "submission", "time"  # read only to recognise a row again, never stored
IDENTIFYING, METADATA = "identifying", "metadata"  # dropped
UNMAPPED, AMBIGUOUS, TWICE = "unmapped", "ambiguous", "twice"  # problems: nothing imported
PROBLEMS = (UNMAPPED, AMBIGUOUS, TWICE)

_SEPARATORS = re.compile(r"[/.\-:]")  # keys never contain these (letters, digits and _ only)
_SUBMISSION_IDS = {"_uuid", "meta/instanceid", "meta-instanceid", "instanceid", "key"}
_TIMES = {"timestamp", "marca temporal", "marca de tiempo", "_submission_time",
          "submissiondate", "start", "end", "today", "starttime", "endtime",
          "completion time", "start time", "hora de inicio", "hora de finalización"}
# Whole names (after the last path part, lower case, non-letters as _) that name a person, a
# device or a place.
_IDENTIFYING = {"email", "e_mail", "email_address", "emailaddress", "correo", "correo_electronico",
                "direccion_de_correo_electronico", "name", "full_name", "first_name", "last_name",
                "nombre", "apellido", "username", "user_name", "_submitted_by", "submitted_by",
                "submitterid", "submittername", "phone", "phonenumber", "phone_number",
                "telephone", "telefono", "mobile", "ip", "ip_address", "ipaddress", "deviceid",
                "device_id", "imei", "simserial", "subscriberid", "_geolocation", "geolocation",
                "location", "gps", "geopoint", "start_geopoint", "latitude", "longitude",
                "altitude", "precision", "audit", "respondent"}
_IDENTIFYING_PARTS = re.compile(r"(^|_)(e_?mail|correo|phone|telefono|name|nombre|username|"
                                r"geolocation|geopoint|latitude|longitude|ip_?address|"
                                r"device_?id|submitted_by)(_|$)")


@dataclass(frozen=True)
class ColumnPlan:
    index: int
    header: str
    role: str
    question_key: str = ""
    choice_key: str = ""
    language: str = ""  # the language whose text the header is, when matched by text
    candidates: tuple[str, ...] = ()  # for an ambiguous column: the questions it could be


def fold(text: str) -> str:
    """Text compared loosely only in case, spacing, quotes and accents' encoding."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u2026", "...")
    return " ".join(text.split()).rstrip(" *").casefold()


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")


class _Index:
    """A survey's questions by key and by text in each language."""

    def __init__(self, survey: SurveyDef) -> None:
        self.survey = survey
        self.by_key = {q.key: q for q in survey.questions}
        self.by_text: dict[str, list[tuple[Question, str]]] = {}
        for q in survey.questions:
            for lang, text in q.label.texts:
                found = self.by_text.setdefault(fold(text), [])
                if all(other.key != q.key for other, _l in found):
                    found.append((q, lang))

    def match(self, header: str) -> tuple[str, Question | None, str, str, tuple[str, ...]]:
        """(role, question, choice key, language, candidates) for one header."""
        parts = [p for p in _SEPARATORS.split(header.strip()) if p]
        if parts and parts[-1] in self.by_key:
            q = self.by_key[parts[-1]]
            return (NOTE if not q.answerable else QUESTION), q, "", "", ()
        if len(parts) >= 2 and parts[-2] in self.by_key:
            q = self.by_key[parts[-2]]
            if q.type is QuestionType.MULTIPLE_CHOICE and any(c.key == parts[-1]
                                                              for c in q.choices):
                return CHOICE, q, parts[-1], "", ()
        # By text: the whole header, else what follows a group path (Kobo's label headers).
        tails = [header] + [header[m.end():] for m in re.finditer(r"/", header)]
        for tail in tails:
            found = self.by_text.get(fold(tail), [])
            if len(found) == 1:
                q, lang = found[0]
                return (NOTE if not q.answerable else QUESTION), q, "", lang, ()
            if len(found) > 1:
                return AMBIGUOUS, None, "", "", tuple(q.key for q, _l in found)
        return UNMAPPED, None, "", "", ()


def _dropped(header: str) -> str | None:
    """TIME, SUBMISSION, IDENTIFYING or METADATA for a column that is not an answer."""
    low = fold(header)
    last = _SEPARATORS.split(low)[-1] if not low.startswith("_") else low
    if low in _SUBMISSION_IDS or last == "instanceid":
        return SUBMISSION
    if low in _TIMES or last in _TIMES:
        return TIME
    slug = _slug(header)
    last_slug = _slug(last)
    if slug in _IDENTIFYING or last_slug in _IDENTIFYING or _IDENTIFYING_PARTS.search(slug):
        return IDENTIFYING
    if low.startswith("_") or low.startswith("meta/") or low.startswith("meta-") or (
            low.startswith("formhub")) or low in {"__version__", "status", "reviewstate",
                                                  "edits", "formversion", "attachmentspresent",
                                                  "attachmentsexpected", "score", "puntuación"}:
        return METADATA
    return None


def plan_columns(survey: SurveyDef, header: Sequence[str]) -> list[ColumnPlan]:
    """One plan per column, in the file's order. Answers come first: a question whose key
    happens to look like `school_name` is a question, not a name."""
    index = _Index(survey)
    matched = [index.match(raw.strip()) if raw.strip() else (UNMAPPED, None, "", "", ())
               for raw in header]
    whole = {m[1].key for m in matched if m[0] == QUESTION and m[1] is not None}
    plans: list[ColumnPlan] = []
    seen: set[tuple[str, str]] = set()
    for i, (raw, (role, q, choice, lang, candidates)) in enumerate(zip(header, matched,
                                                                        strict=True)):
        text = raw.strip()
        if role == UNMAPPED and text and (dropped := _dropped(text)) is not None:
            role = dropped
        key = q.key if q is not None else ""
        if role == CHOICE and key in whole:
            role = METADATA  # a select-multiple given whole and split (Kobo's default)
        elif role in (QUESTION, CHOICE):
            if (key, choice) in seen:
                role = TWICE
            seen.add((key, choice))
        plans.append(ColumnPlan(i, text, role, key, choice, lang, candidates))
    return plans


def answer_language(survey: SurveyDef, plans: Sequence[ColumnPlan]) -> str:
    """The language the form was in: the one most headers were written in (Google Forms names
    columns by text); the survey's first language when they are question names (Kobo, ODK)."""
    counts: dict[str, int] = {}
    for p in plans:
        if p.language:
            counts[p.language] = counts.get(p.language, 0) + 1
    if not counts:
        return survey.default_language
    return max(survey.languages, key=lambda lang: (counts.get(lang, 0),
                                                   -survey.languages.index(lang)))
