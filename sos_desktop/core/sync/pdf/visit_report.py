"""`report visit`: one visit on paper for the team meeting: who, where, counts, one chart per
question. Free text and contact data stay out unless asked for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import PageBreak, Spacer

from sos_desktop.core import contacts
from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.db import Database
from sos_desktop.core.receipts import save_receipt
from sos_desktop.core.security.keystore import contact_key
from sos_desktop.core.sync.columns import load_versions
from sos_desktop.core.sync.pdf.layout import facts, p, render_pdf, styles, table, usable_width
from sos_desktop.core.sync.pdf.survey_section import survey_section
from sos_desktop.core.sync.tallies import Scope, free_texts, tally
from sos_desktop.core.visits import get_visit

_LANGUAGES = {"en": "English", "es": "Español"}


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    sha256: str
    receipt_id: str


def _facts(visit, responses: int, languages: dict, signups: list[dict]) -> list[list[str]]:  # noqa: ANN001
    emails = sum(bool(s["email_consent"]) for s in signups)
    texts = sum(bool(s["sms_consent"]) for s in signups)
    by_language = ", ".join(f"{_LANGUAGES.get(k, k)} {n}" for k, n in sorted(languages.items()))
    return [
        ["School", visit.school],
        ["Class or club", visit.group_name],
        ["Date", visit.visit_date.strftime("%A %d %B %Y")],
        ["Educator", visit.educator_name or "—"],
        ["Presenters", visit.presenters or "—"],
        ["Survey responses", f"{responses}" + (f" ({by_language})" if by_language else "")],
        ["Sign-ups", f"{len(signups)} (email consent {emails}, SMS consent {texts})"],
    ]


def _signup_rows(signups: list[dict]) -> list[list[str]]:
    rows = []
    for s in sorted(signups, key=lambda s: (s["last_name"].casefold(), s["first_name"])):
        name = f"{s['first_name']} {s['last_name']}"
        if s["preferred_name"]:
            name += f" ({s['preferred_name']})"
        rows.append([name, s["email"] if s["email_consent"] else "—",
                     s["phone"] if s["sms_consent"] else "—", s["grade"], s["role"],
                     s["interests"].replace(";", ", ")])
    return rows


def visit_report(db: Database, visit_id: str, out: Path, *, with_signups: bool = False,
                 with_free_text: bool = False, language: str = "en",
                 clock: UtcClock = utc_now) -> ReportResult:
    visit = get_visit(db, visit_id)  # NotFound names the id
    st, width = styles(), usable_width()
    with db.raw() as conn:
        keys = [r[0] for r in conn.execute(
            "SELECT DISTINCT d.key FROM survey_responses r JOIN survey_definitions d"
            " ON d.id = r.survey_definition_id WHERE r.visit_id = ? ORDER BY d.key",
            (visit_id,))]
        if with_signups:  # names and contacts: needs the unlocked organization key
            signups = contacts.select_signups(conn, contact_key(db), "WHERE visit_id = ?",
                                              (visit_id,))
        else:  # counts only: the clear consent flags are enough
            signups = [{"email_consent": e, "sms_consent": t} for e, t in conn.execute(
                "SELECT email_consent, sms_consent FROM signups WHERE visit_id = ?",
                (visit_id,))]
        sections, languages, responses = [], {}, 0
        for key in keys:
            survey = load_versions(db, key)
            scope = Scope.visit(visit_id, list(survey.versions))
            counts = tally(conn, scope)
            texts = None
            if with_free_text:
                texts = {q.key: free_texts(conn, scope, q.key) for q in survey.questions
                         if q.type.value in ("short_text", "long_text")}
            sections.append((survey, counts, texts))
            responses += counts.responses
            for k, n in counts.languages.items():
                languages[k] = languages.get(k, 0) + n

    story: list = [p("Visit report — Students Over SROs", st.title),
                   p(f"{visit.school} · {visit.group_name} · {visit.visit_date.isoformat()}",
                     st.h2)]
    story.append(facts(_facts(visit, responses, languages, signups), width, st))
    story.append(p("Survey answers are anonymous; counts only. Percentages are of the students"
                   " who answered each question.", st.small))
    if not sections:
        story.append(p("No survey responses were recorded at this visit.", st.body))
    for survey, counts, texts in sections:
        story += [Spacer(1, 8), p(f"{survey.latest.title.get(language)} — {counts.responses}"
                                  " response(s)", st.h2)]
        story += survey_section(survey, counts, st, width, language=language, free_text=texts)
    if with_signups:
        story += [PageBreak(), p("Sign-ups (contact data: keep this page private)", st.title)]
        story.append(p("Only channels with consent are shown.", st.small))
        story.append(table(["Name", "Email", "Phone", "Grade", "Role", "Teams"],
                           _signup_rows(signups),
                           [w * width for w in (0.22, 0.28, 0.16, 0.08, 0.1, 0.16)], st))
    digest, pages, data = render_pdf(story, title=f"Visit report {visit.school}",
                                     footer=f"SOS Desktop · visit report · {visit.school} · "
                                            f"{visit.visit_date.isoformat()}")
    receipt_id = save_receipt(
        db, kind="report-visit", profile="", now=clock(), row_count=responses, sha256=digest,
        path=out, data=data, details={"visit_id": visit_id, "pages": pages,
                                      "with_signups": with_signups,
                                      "with_free_text": with_free_text})
    return ReportResult(Path(out), pages, digest, receipt_id)
