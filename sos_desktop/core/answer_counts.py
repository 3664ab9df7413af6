"""Counting a visit's anonymous answers in SQL (multiple choice expanded with json_each)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class AnswerCounts:
    responses: int = 0
    answered: dict[str, int] = field(default_factory=dict)  # question -> respondents
    values: dict[str, dict[str, int]] = field(default_factory=dict)  # question -> value -> n


_SCALARS = """
SELECT a.question_key, a.value, count(*)
FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id
WHERE r.visit_id = ? AND json_type(a.value) IN ('text', 'integer', 'real', 'true', 'false')
GROUP BY a.question_key, a.value
"""
_LISTS = """
SELECT a.question_key, j.value, count(*)
FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id, json_each(a.value) j
WHERE r.visit_id = ? AND json_type(a.value) = 'array'
GROUP BY a.question_key, j.value
"""
_ANSWERED = """
SELECT a.question_key, count(*)
FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id
WHERE r.visit_id = ? AND a.value NOT IN ('null', '[]', '""')
GROUP BY a.question_key
"""


def count_answers(conn: sqlite3.Connection, visit_id: str) -> AnswerCounts:
    counts = AnswerCounts()
    counts.responses = conn.execute(
        "SELECT count(*) FROM survey_responses WHERE visit_id = ?", (visit_id,)
    ).fetchone()[0]
    values: dict[str, dict[str, int]] = defaultdict(dict)
    for key, raw, n in conn.execute(_SCALARS, (visit_id,)):
        value = json.loads(raw)
        values[key][_as_key(value)] = n
    for key, value, n in conn.execute(_LISTS, (visit_id,)):
        values[key][_as_key(value)] = values[key].get(_as_key(value), 0) + n
    counts.values = dict(values)
    counts.answered = dict(conn.execute(_ANSWERED, (visit_id,)).fetchall())
    return counts


def _as_key(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
