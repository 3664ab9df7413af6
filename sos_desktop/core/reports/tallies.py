"""Answer counts for reports, in SQL, over any set of responses (a visit, a season).

Multiple choice is expanded with json_each, so counting 10,000 responses never builds Python
objects per answer. Free text is fetched only when a report asks for it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class Tally:
    responses: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    answered: dict[str, int] = field(default_factory=dict)  # question -> respondents
    values: dict[str, dict[str, int]] = field(default_factory=dict)  # question -> value -> n


@dataclass(frozen=True)
class Scope:
    """Which responses: a SQL condition on `r` (survey_responses) and `v` (visits)."""

    where: str
    params: tuple

    @classmethod
    def visit(cls, visit_id: str, definition_ids: list[str]) -> Scope:
        marks = ", ".join("?" for _ in definition_ids)
        return cls(f"r.visit_id = ? AND r.survey_definition_id IN ({marks})",
                   (visit_id, *definition_ids))

    @classmethod
    def period(cls, start: str, end: str, definition_ids: list[str]) -> Scope:
        marks = ", ".join("?" for _ in definition_ids)
        return cls(f"v.visit_date BETWEEN ? AND ? AND r.survey_definition_id IN ({marks})",
                   (start, end, *definition_ids))


_FROM = ("FROM survey_responses r JOIN visits v ON v.id = r.visit_id"
         " JOIN survey_answers a ON a.response_id = r.id")


def tally(conn: sqlite3.Connection, scope: Scope) -> Tally:
    out = Tally()
    w, params = scope.where, scope.params
    out.languages = dict(conn.execute(
        f"SELECT r.language, count(*) FROM survey_responses r JOIN visits v ON v.id = r.visit_id"
        f" WHERE {w} GROUP BY r.language", params).fetchall())
    out.responses = sum(out.languages.values())
    values: dict[str, dict[str, int]] = defaultdict(dict)
    scalar = (f"SELECT a.question_key, a.value, count(*) {_FROM} WHERE {w} AND"
              f" json_type(a.value) IN ('text', 'integer', 'real') GROUP BY 1, 2")
    for key, raw, n in conn.execute(scalar, params):
        label = _key(json.loads(raw))
        values[key][label] = values[key].get(label, 0) + n
    lists = (f"SELECT a.question_key, j.value, count(*) {_FROM}, json_each(a.value) j"
             f" WHERE {w} AND json_type(a.value) = 'array' GROUP BY 1, 2")
    for key, value, n in conn.execute(lists, params):
        values[key][_key(value)] = values[key].get(_key(value), 0) + n
    out.values = dict(values)
    out.answered = dict(conn.execute(
        f"SELECT a.question_key, count(*) {_FROM} WHERE {w} AND a.value NOT IN"
        f" ('null', '[]', '\"\"') GROUP BY 1", params).fetchall())
    return out


def free_texts(conn: sqlite3.Connection, scope: Scope, question_key: str) -> list[str]:
    """The texts typed for one question, sorted (never in the order they were given)."""
    rows = conn.execute(
        f"SELECT a.value {_FROM} WHERE {scope.where} AND a.question_key = ?"
        f" AND json_type(a.value) = 'text'", (*scope.params, question_key)).fetchall()
    return sorted(t for t in (json.loads(r[0]).strip() for r in rows) if t)


def _key(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
