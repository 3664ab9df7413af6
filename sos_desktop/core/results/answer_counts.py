"""Counting a visit's anonymous answers.

One grouped scan of the raw JSON values (no JSON functions in SQL); multiple-choice lists are
expanded in Python over the few distinct values. `LiveCounts` keeps the totals between refreshes
and only reads the answers of responses it has not seen, so a live view stays cheap however
many students have answered.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

_EMPTY = ("null", "[]", '""')
_GROUPED = """
SELECT a.question_key, a.value, count(*)
FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id
WHERE r.visit_id = ?
GROUP BY a.question_key, a.value
"""
_CHUNK = 500  # SQLite's default limit on bound parameters is far above this


@dataclass
class AnswerCounts:
    responses: int = 0
    answered: dict[str, int] = field(default_factory=dict)  # question -> respondents
    values: dict[str, dict[str, int]] = field(default_factory=dict)  # question -> value -> n

    def add(self, rows: Iterable[tuple[str, str, int]]) -> None:
        """Fold (question, JSON value, count) rows into the totals."""
        for key, raw, n in rows:
            if raw in _EMPTY:
                continue
            self.answered[key] = self.answered.get(key, 0) + n
            bucket = self.values.setdefault(key, {})
            value = json.loads(raw)
            for item in value if isinstance(value, list) else (value,):
                name = _as_key(item)
                bucket[name] = bucket.get(name, 0) + n


def count_answers(conn: sqlite3.Connection, visit_id: str) -> AnswerCounts:
    counts = AnswerCounts()
    counts.responses = conn.execute(
        "SELECT count(*) FROM survey_responses WHERE visit_id = ?", (visit_id,)
    ).fetchone()[0]
    counts.add(conn.execute(_GROUPED, (visit_id,)))
    return counts


class LiveCounts:
    """Totals for one visit, brought up to date by reading only new responses."""

    def __init__(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self.counts = AnswerCounts()
        self._seen: set[str] = set()

    def update(self, conn: sqlite3.Connection) -> AnswerCounts:
        ids = {r[0] for r in conn.execute(
            "SELECT id FROM survey_responses WHERE visit_id = ?", (self.visit_id,))}
        if not self._seen <= ids:  # something was removed (a merge undone): count afresh
            self.counts, self._seen = AnswerCounts(), set()
        new = list(ids - self._seen)
        if len(new) > len(ids) // 2:
            self.counts = count_answers(conn, self.visit_id)
        else:
            for start in range(0, len(new), _CHUNK):
                chunk = new[start:start + _CHUNK]
                marks = ", ".join("?" for _ in chunk)
                self.counts.add(conn.execute(
                    "SELECT question_key, value, count(*) FROM survey_answers"
                    f" WHERE response_id IN ({marks}) GROUP BY question_key, value", chunk))
            self.counts.responses = len(ids)
        self._seen = ids
        return self.counts


def _as_key(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
