"""What the export dialogs offer and what they answer, as plain data (tests answer them with a
fake view): the surveys by title with their languages and visits, the visit report's options,
and file names that say what a file holds."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits.store import VisitSummary


@dataclass(frozen=True)
class SurveyOption:
    key: str
    title: str  # in the organizer's language when the survey has it
    languages: tuple[str, ...]
    visits: tuple[tuple[str, str], ...]  # (visit id, "School — Class, date") using it


@dataclass(frozen=True)
class ResponsesChoice:
    survey_key: str
    labels: bool  # choice labels ("Yes") rather than codes ("yes")
    language: str  # of the labels
    visit_id: str | None  # None: every visit
    bom: bool


@dataclass(frozen=True)
class ReportChoice:
    with_free_text: bool
    with_signups: bool  # names and contacts: needs the organizer's passphrase
    language: str


def slug(text: str) -> str:
    """A file-name-safe form: "Wilbur Cross High School" -> "wilbur-cross-high-school"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "visit"


def visit_label(visit: VisitSummary) -> str:
    return f"{visit.school} — {visit.group_name}, {visit.visit_date.isoformat()}"


def report_file_name(visit: VisitSummary) -> str:
    return f"{slug(visit.school)}-{visit.visit_date.isoformat()}-visit-report.pdf"


def responses_file_name(option: SurveyOption, choice: ResponsesChoice) -> str:
    visit = dict(option.visits).get(choice.visit_id or "")
    where = slug(visit) if visit else "all-visits"
    kind = f"labels-{choice.language}" if choice.labels else "codes"
    return f"{choice.survey_key}-{where}-{kind}.csv"


def survey_options(db: Database, language: str) -> list[SurveyOption]:
    from sos_desktop.core.surveys.store import list_surveys, title_in
    from sos_desktop.core.visits.store import list_visits

    visits = list_visits(db)
    return [SurveyOption(s.key, title_in(db, s, language), s.languages,
                         tuple((v.id, visit_label(v)) for v in visits if v.survey_key == s.key))
            for s in list_surveys(db)]
