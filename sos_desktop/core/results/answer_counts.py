"""Counting anonymous answers: the one tally behind the live results and every PDF report.

One grouped scan of the raw JSON values (no JSON functions in SQL); multiple-choice lists are
expanded in Python over the few distinct values. A `Scope` says which responses: one visit's
answers to one survey, or every visit in a period. `LiveCounts` keeps the totals between
refreshes and only reads the answers of responses it has not seen, so a live view stays cheap
however many students have answered.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

_EMPTY = ("null", "[]", '""')
_RESPONSES = "FROM survey_responses r"
_CHUNK = 500  # SQLite's default limit on bound parameters is far above this
_OF_SURVEY = " AND r.survey_definition_id IN (SELECT id FROM survey_definitions WHERE key = ?)"


@dataclass(frozen=True)
class Scope:
    """Which responses: a SQL condition on `r` (survey_responses)."""

    where: str
    params: tuple

    @classmethod
    def visit(cls, visit_id: str, survey_key: str | None = None) -> Scope:
        """One visit's responses; to every version of `survey_key` when given."""
        if survey_key is None:
            return cls("r.visit_id = ?", (visit_id,))
        return cls("r.visit_id = ?" + _OF_SURVEY, (visit_id, survey_key))

    @classmethod
    def period(cls, start: str, end: str, survey_key: str) -> Scope:
        """Every visit from `start` to `end` (ISO dates, both included), one survey."""
        return cls("r.visit_id IN (SELECT id FROM visits WHERE visit_date BETWEEN ? AND ?)"
                   + _OF_SURVEY, (start, end, survey_key))


@dataclass
class AnswerCounts:
    responses: int = 0
    languages: dict[str, int] = field(default_factory=dict)  # language -> responses
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
                name = value_key(item)
                bucket[name] = bucket.get(name, 0) + n

    def copy(self) -> AnswerCounts:
        return AnswerCounts(self.responses, dict(self.languages), dict(self.answered),
                            {key: dict(values) for key, values in self.values.items()})

    def texts(self, question_keys: Iterable[str]) -> dict[str, list[str]]:
        """The texts counted for each question, sorted as free_texts sorts them."""
        found = {}
        for key in question_keys:
            texts = [text for value, n in self.values.get(key, {}).items()
                     if (text := value.strip()) for _ in range(n)]
            found[key] = sorted(texts, key=lambda t: (t.casefold(), t))
        return found

    def add_languages(self, languages: Iterable[str]) -> None:
        for language in languages:
            self.languages[language] = self.languages.get(language, 0) + 1
        self.responses = sum(self.languages.values())


def count_answers(conn: sqlite3.Connection, scope: Scope | str) -> AnswerCounts:
    """The totals for `scope` (a visit id means all of that visit's responses)."""
    scope = Scope.visit(scope) if isinstance(scope, str) else scope
    counts = AnswerCounts()
    for language, n in conn.execute(
            f"SELECT r.language, count(*) {_RESPONSES} WHERE {scope.where} GROUP BY 1",
            scope.params):
        counts.languages[language] = n
    counts.responses = sum(counts.languages.values())
    counts.add(conn.execute(
        f"SELECT a.question_key, a.value, count(*) {_RESPONSES}"
        f" JOIN survey_answers a ON a.response_id = r.id WHERE {scope.where} GROUP BY 1, 2",
        scope.params))
    return counts


def free_texts(conn: sqlite3.Connection, scope: Scope,
               question_keys: Iterable[str]) -> dict[str, list[str]]:
    """The texts typed for each question, sorted alphabetically whatever their case (never in
    the order they were given, which could tell who wrote what)."""
    keys = list(question_keys)
    found: dict[str, list[str]] = {k: [] for k in keys}
    if not keys:
        return found
    marks = ", ".join("?" for _ in keys)
    rows = conn.execute(
        f"SELECT a.question_key, a.value {_RESPONSES} JOIN survey_answers a"
        f" ON a.response_id = r.id WHERE {scope.where} AND a.question_key IN ({marks})",
        (*scope.params, *keys))
    for key, raw in rows:
        value = json.loads(raw)
        if isinstance(value, str) and value.strip():
            found[key].append(value.strip())
    return {k: sorted(v, key=lambda t: (t.casefold(), t)) for k, v in found.items()}


class LiveCounts:
    """Totals for one visit (one survey when `survey_key` is given), brought up to date by
    reading only new responses. The visit's ids come from an index alone, so a refresh with
    nothing new reads no table rows."""

    def __init__(self, visit_id: str, survey_key: str | None = None) -> None:
        self.visit_id = visit_id
        self.scope = Scope.visit(visit_id, survey_key)
        self.counts = AnswerCounts()
        self._seen: set[str] = set()  # every response id of the visit already looked at
        self.counted: set[str] = set()  # those of them in the scope, behind `counts`

    def update(self, conn: sqlite3.Connection) -> AnswerCounts:
        if conn.in_transaction:
            return self._update(conn)
        conn.execute("BEGIN")  # one snapshot: the ids read and the answers counted agree
        try:
            return self._update(conn)
        finally:
            conn.execute("COMMIT")

    def _update(self, conn: sqlite3.Connection) -> AnswerCounts:
        ids = {r[0] for r in conn.execute(
            "SELECT id FROM survey_responses WHERE visit_id = ?", (self.visit_id,))}
        if not self._seen <= ids:  # something was removed (a merge undone): count afresh
            self.counts, self._seen, self.counted = AnswerCounts(), set(), set()
        new = list(ids - self._seen)
        if len(new) > len(ids) // 2:
            self.counts = count_answers(conn, self.scope)
            self.counted = {r[0] for r in conn.execute(
                f"SELECT r.id {_RESPONSES} WHERE {self.scope.where}", self.scope.params)}
        else:
            for start in range(0, len(new), _CHUNK):
                self._add(conn, new[start:start + _CHUNK])
        self._seen = ids
        return self.counts

    def _add(self, conn: sqlite3.Connection, chunk: list[str]) -> None:
        marks = ", ".join("?" for _ in chunk)
        scoped = dict(conn.execute(
            f"SELECT r.id, r.language {_RESPONSES} WHERE r.id IN ({marks})"
            f" AND {self.scope.where}", (*chunk, *self.scope.params)).fetchall())
        if not scoped:
            return
        self.counted.update(scoped)
        self.counts.add_languages(scoped.values())
        marks = ", ".join("?" for _ in scoped)
        self.counts.add(conn.execute(
            "SELECT question_key, value, count(*) FROM survey_answers"
            f" WHERE response_id IN ({marks}) GROUP BY question_key, value", list(scoped)))


def value_key(value: object) -> str:
    """The key an answer value is counted under: a choice key, a whole number as text; JSON
    true/false (yes/no from older or merged data) as the yes/no choice keys."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
