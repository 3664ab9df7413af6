"""The paper fallback for a dead laptop: a sign-in sheet and a printed survey, laid out for pen.

Each field shows, in small grey type, the CSV column name (and choice codes) that
`import signups` / `import responses` read back, so whoever types the sheets up later cannot
guess wrong.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.errors import SosError
from sos_desktop.core.exports.receipts import save_receipt
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.words import words as paper_words
from sos_desktop.core.people.consent import (
    PAPER_EMAIL_CONSENT,
    PAPER_SMS_CONSENT,
    SHEET_SPANISH,
)
from sos_desktop.core.reports.layout import GRID, Styles, p, render_pdf, styles, usable_width
from sos_desktop.core.reports.visit_report import ReportResult
from sos_desktop.core.storage.db import Database
from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.model import (
    SCALE_MAX,
    SCALE_MIN,
    Question,
    QuestionType,
    SurveyDef,
)

BOX, CIRCLE = "\u2610", "\u25cb"
# (column read back by `import signups`, printed label, share of the spare width). The
# optional preferred_name and school columns are left off: a pen needs the room.
SIGNIN_COLUMNS = (
    ("first_name", "First name", 1), ("last_name", "Last name", 1.2),
    ("email", "Email", 4), ("phone", "Cell phone", 0.8),
    ("zip_code", "ZIP", 0.3), ("grade", "Grade", 0),
    ("role", "S / E / A", 0), ("interests", "Teams", 0),
    ("visit_requested", "Visit?", 0), ("age_13_plus", "13+", 0),
    ("email_consent", "Email OK", 0), ("sms_consent", "Texts OK", 0),
)
CODE_SIZE = 5.5
_TICK = {"visit_requested", "age_13_plus", "email_consent", "sms_consent"}


def _plain(language: str) -> dict[str, str]:
    """The fallback survey's words (core/paper/words.py): its own "plain_" texts, else the
    answer sheets' ("Pick one.")."""
    table = paper_words(language)
    return {"one": table["one"], **{key.removeprefix("plain_"): text
                                    for key, text in table.items() if key.startswith("plain_")}}


def _code(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("code", parent=st.small, fontSize=CODE_SIZE, leading=8,
                          textColor=colors.HexColor("#777777"))


def _visit_line(db: Database, visit_id: str | None) -> str:
    if not visit_id:
        return "School: ______________________  Class or club: ______________  Date: ________"
    from sos_desktop.core.visits.store import get_visit

    v = get_visit(db, visit_id)
    return f"{v.school} · {v.group_name} · {v.visit_date.isoformat()} · visit {v.id}"


def _signin_widths(width: float) -> list[float]:
    """Every column wide enough for its grey column name on one line; the rest of the page
    goes to the columns people write in."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from sos_desktop.core.reports.fonts import BOLD, REGULAR

    mins = [max(stringWidth(name, REGULAR, CODE_SIZE), stringWidth(label, BOLD, 8),
                stringWidth(f"{BOX}R {BOX}O {BOX}T", REGULAR, 9) if name == "interests" else 0)
            + 8 for name, label, _w in SIGNIN_COLUMNS]
    spare = max(0.0, width - sum(mins))
    weights = sum(w for _n, _l, w in SIGNIN_COLUMNS)
    return [m + spare * w / weights for m, (_n, _l, w) in zip(mins, SIGNIN_COLUMNS, strict=True)]


def _signin_rules() -> list[str]:
    return [
        "You must be 13 or older to sign up. Tick “Email OK” and/or “Texts OK” only if you "
        "agree to the message below. / Debes tener 13 años o más. Marca “Email OK” y/o "
        "“Texts OK” solo si aceptas el mensaje de abajo.",
        f"Email OK: {PAPER_EMAIL_CONSENT.text} / {SHEET_SPANISH['email']}",
        f"Texts OK: {PAPER_SMS_CONSENT.text} / {SHEET_SPANISH['sms']}",
        "Role: S = student, E = educator, A = other adult ally. Teams: R = research, "
        "O = outreach, T = tactics. Visit? = an educator or ally asking for a classroom visit.",
    ]


def signin_sheet(db: Database, out: Path, *, visit_id: str | None = None, rows: int = 26,
                 clock: UtcClock = utc_now) -> ReportResult:
    if not 1 <= rows <= 500:
        raise SosError(Code.ROWS_RANGE(most=500))
    st, width = styles(), usable_width(wide=True)
    code = _code(st)
    header = [[Paragraph(f"<b>{label}</b>", st.small), p(name, code)]
              for name, label, _w in SIGNIN_COLUMNS]
    names = [name for name, _l, _w in SIGNIN_COLUMNS]
    blank = [BOX if name in _TICK else "" for name, _l, _w in SIGNIN_COLUMNS]
    blank[names.index("role")] = "S  E  A"
    blank[names.index("interests")] = f"{BOX}R {BOX}O {BOX}T"
    centred = ParagraphStyle("centred", parent=st.cell, alignment=1)
    first_tick = names.index("grade")
    # The consent words, the under-13 rule and the key ride in the table's repeated header,
    # so whoever signs on a later page ticks next to the same words the import records.
    rules = [p(line, st.small) for line in _signin_rules()]
    cells = [[rules] + [""] * (len(names) - 1), header] + [
        [p(c, centred if i >= first_tick else st.cell) for i, c in enumerate(blank)]
        for _ in range(rows)]
    t = Table(cells, colWidths=_signin_widths(width),
              rowHeights=[None, None] + [26] * rows, repeatRows=2)
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)),
        ("GRID", (0, 1), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#efe8f6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (0, 0), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
    ]))
    story = [
        p("Sign in — join Students Over SROs / Únete a Students Over SROs", st.title),
        p(_visit_line(db, visit_id), st.body),
        Spacer(1, 4), t, Spacer(1, 6),
        p("Typing up: one CSV row per line with the grey column names as the header; role as "
          "student/educator/ally, teams as research;outreach;tactics, boxes as yes/no. Then "
          "`sos-desktop import signups FILE.csv --visit ID`.", code),
    ]
    digest, pages, data = render_pdf(
        story, title="Sign-in sheet", wide=True,
        footer="SOS Desktop · paper sign-in sheet · consent "
               f"{PAPER_EMAIL_CONSENT.version}, {PAPER_SMS_CONSENT.version}")
    return _receipt(db, out, "print-signin", (digest, pages, data), {"visit_id": visit_id},
                    clock)


def _condition(expr: ex.Expr | None, survey: SurveyDef, numbers: dict[str, int],
               lang: str) -> str:
    """Plain words for a skip rule on paper (the kiosk applies it by itself)."""
    words = _plain(lang)
    if isinstance(expr, ex.Compare) and isinstance(expr.left, ex.Ref) and expr.op == "=":
        q = survey.question(expr.left.key)
        value = next((c.label.get(lang) for c in q.options if c.key == expr.value), expr.value)
        return (f"{words['answer_only']} {words['question']} {numbers[q.key]} {words['was']} "
                f"“{value}”.")
    if expr is not None:
        return f"{words['answer_only']}: {ex.unparse(expr)}"
    return ""


def _question_block(q: Question, n: int, survey: SurveyDef, numbers: dict[str, int], lang: str,
                    st: Styles, width: float) -> list:
    code, words = _code(st), _plain(lang)
    block = [Paragraph(f"<b>{n}.</b> " + p(q.label.get(lang), st.body).text, st.body)]
    condition = _condition(q.relevant, survey, numbers, lang)
    hint = q.hint.get(lang) if q.hint else ""
    how = {QuestionType.SINGLE_CHOICE: words["one"], QuestionType.YES_NO: words["one"],
           QuestionType.MULTIPLE_CHOICE: words["many"], QuestionType.SCALE: words["scale"],
           QuestionType.NUMBER: words["number"]}.get(q.type, words["text"])
    block.append(p(" ".join(t for t in (condition, hint, how) if t) + f"   [{q.key}]", code))
    if q.options:
        mark = BOX if q.type is QuestionType.MULTIPLE_CHOICE else CIRCLE
        cells = [[p(f"{mark}  {c.label.get(lang)}", st.body), p(c.key, code)]
                 for c in q.options]
        t = Table(cells, colWidths=[width * 0.7, width * 0.25], hAlign="LEFT")
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 14),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        block.append(t)
    elif q.type is QuestionType.SCALE:
        low = q.scale_low.get(lang) if q.scale_low else ""
        high = q.scale_high.get(lang) if q.scale_high else ""
        numbers_row = [p(low, st.small)] + [p(f"{CIRCLE} {i}", st.body)
                                            for i in range(SCALE_MIN, SCALE_MAX + 1)]
        numbers_row.append(p(high, st.small))
        t = Table([numbers_row], colWidths=[width * 0.2] + [width * 0.1] * 5 + [width * 0.25],
                  hAlign="LEFT")
        block.append(t)
    else:
        lines = 4 if q.type is QuestionType.LONG_TEXT else 1
        line_width = width * (0.3 if q.type is QuestionType.NUMBER else 0.95)
        t = Table([[""] for _ in range(lines)], colWidths=[line_width], rowHeights=[22] * lines,
                  hAlign="LEFT")
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, GRID)]))
        block.append(t)
    return [KeepTogether(block), Spacer(1, 8)]


def print_survey(db: Database, survey_key: str, out: Path, *, language: str = "en",
                 clock: UtcClock = utc_now) -> ReportResult:
    from sos_desktop.core.surveys.store import latest_definition

    definition_id, survey = latest_definition(db, survey_key)
    if language not in survey.languages:
        raise SosError(Code.PRINT_NO_LANGUAGE(key=survey_key, language=language,
                                              languages=", ".join(survey.languages)))
    st, width = styles(), usable_width()
    numbers: dict[str, int] = {}
    for q in survey.questions:
        if q.answerable:
            numbers[q.key] = len(numbers) + 1
    story = [p(survey.title.get(language), st.title),
             p(_plain(language)["anon"], st.h2)]
    if survey.intro:
        story.append(p(survey.intro.get(language), st.body))
    story.append(Spacer(1, 8))
    for q in survey.questions:
        if not q.answerable:
            story += [Paragraph(f"<i>{p(q.label.get(language), st.body).text}</i>", st.body),
                      Spacer(1, 6)]
            continue
        story += _question_block(q, numbers[q.key], survey, numbers, language, st, width)
    footer = (f"SOS Desktop · {survey.key} v{survey.version} · {language} · type up with "
              f"`sos-desktop import responses FILE.csv --visit ID --survey {survey.key}`")
    digest, pages, data = render_pdf(story, title=survey.title.get(language), footer=footer)
    return _receipt(db, out, "print-survey", (digest, pages, data),
                    {"survey": survey_key, "definition_id": definition_id,
                     "language": language}, clock)


def _receipt(db: Database, out: Path, kind: str, pdf: tuple[str, int, bytes], details: dict,
             clock: UtcClock) -> ReportResult:
    digest, pages, data = pdf
    receipt_id = save_receipt(db, kind=kind, profile="", now=clock(), row_count=pages,
                              sha256=digest, path=out, data=data,
                              details={**details, "pages": pages})
    return ReportResult(Path(out), pages, digest, receipt_id)
