"""Answers by channel (kiosk, paper, online) in the visit and season reports.

How a response came in can shape it (a class answering on paper together, a student alone
online), so the research team compares channels. Only channels with at least MIN_ANSWERS
responses get a column, and the comparison only appears when two channels have one; within a
column a question answered by fewer than MIN_ANSWERS shows no figures, as everywhere else.
"""

from __future__ import annotations

import sqlite3

from reportlab.platypus import KeepTogether, Spacer

from sos_desktop.core.exports.columns import SurveyVersions
from sos_desktop.core.reports.layout import Styles, p, table
from sos_desktop.core.reports.words import Words
from sos_desktop.core.results.answer_counts import AnswerCounts, Scope, count_answers
from sos_desktop.core.results.live import MIN_ANSWERS, TEXT_TYPES, question_result
from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN, QuestionType
from sos_desktop.core.surveys.responses import CHANNELS


def channel_counts(conn: sqlite3.Connection, scope: Scope) -> dict[str, int]:
    """Responses per channel, in CHANNELS order (channels with none left out)."""
    found = dict(conn.execute(f"SELECT r.channel, count(*) FROM survey_responses r"
                              f" WHERE {scope.where} GROUP BY 1", scope.params).fetchall())
    return {c: found[c] for c in CHANNELS if found.get(c)}


def channels_text(counts: dict[str, int], w: Words) -> str:
    """"Kiosk 12, paper 30, online 7" for the facts block."""
    return ", ".join(f"{w('channel_' + c)} {w.number(n)}" for c, n in counts.items())


def by_channel(conn: sqlite3.Connection, scope: Scope, counts: dict[str, int]
               ) -> dict[str, AnswerCounts]:
    """Each channel's answer counts, for the channels big enough to show; {} when fewer than
    two are (nothing to compare)."""
    shown = [c for c, n in counts.items() if n >= MIN_ANSWERS]
    if len(shown) < 2:
        return {}
    return {c: count_answers(conn, Scope(scope.where + " AND r.channel = ?",
                                         (*scope.params, c))) for c in shown}


def channel_section(survey: SurveyVersions, per_channel: dict[str, AnswerCounts],
                    st: Styles, width: float, w: Words) -> list:
    """One table per question: its choices down, the channels across, n (percent)."""
    if not per_channel:
        return []
    language = w.language
    story: list = [Spacer(1, 8), p(w("by_channel_title"), st.h2),
                   p(w("by_channel_note", n=MIN_ANSWERS), st.small)]
    channels = list(per_channel)
    header = ["", *(f"{w('channel_' + c)} ({w.number(per_channel[c].responses)})"
                    for c in channels)]
    first = 0.4 * width
    widths = [first, *[(width - first) / len(channels)] * len(channels)]
    for q in survey.questions:
        if not q.answerable or q.type in TEXT_TYPES or q.type is QuestionType.NUMBER:
            continue  # texts are not tallied; numbers have no fixed rows to line up
        results = {c: question_result(q, per_channel[c], language, min_answers=MIN_ANSWERS)
                   for c in channels}
        if all(r.hidden_reason for r in results.values()):
            continue  # no channel has figures for it: the question stays in the main section
        options = ([(str(n), str(n)) for n in range(SCALE_MIN, SCALE_MAX + 1)]
                   if q.type is QuestionType.SCALE
                   else [(c.key, c.label.get(language)) for c in q.options])
        rows = []
        for key, label in options:
            row = [label]
            for c in channels:
                bars = {bar.key: bar.count for bar in results[c].bars}
                row.append("—" if results[c].hidden_reason else
                           f"{w.number(bars.get(key, 0))} "
                           f"({w.percent(bars.get(key, 0), results[c].answered)})")
            rows.append(row)
        story += [KeepTogether([p(q.label.get(language), st.body),
                                table(header, rows, widths, st)]), Spacer(1, 4)]
    return story
