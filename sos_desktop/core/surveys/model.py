"""Survey definitions as frozen data: what the kiosk shows, the paper form prints, answers cite.

A definition's JSON (`to_json`) has the same shape as the YAML format in resources/surveys, so
one validator (`build.build_survey`) reads both; `build.survey_from_json` rebuilds a stored one.
`content_hash` is the SHA-256 of the canonical JSON: answers record it to say exactly which
wording they answered.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sos_desktop.core.surveys import expressions as ex

FORMAT_VERSION = 1


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE = "scale"  # whole numbers 1..5
    YES_NO = "yes_no"  # answers "yes" / "no"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    NUMBER = "number"  # whole numbers
    NOTE = "note"  # text only, never answered


SCALE_MIN, SCALE_MAX = 1, 5
SHORT_TEXT_MAX, LONG_TEXT_MAX = 200, 2000  # caps even without a constraint


@dataclass(frozen=True)
class Label:
    """One text in several languages, stored as sorted (language, text) pairs."""

    texts: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, texts: dict[str, str]) -> Label:
        return cls(tuple(sorted(texts.items())))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.texts)

    def get(self, language: str) -> str:
        """The text in `language`, else English, else whatever language there is."""
        found = dict(self.texts)
        for lang in (language, "en"):
            if lang in found:
                return found[lang]
        return self.texts[0][1] if self.texts else ""

    def to_json(self) -> dict[str, str]:
        return dict(self.texts)


@dataclass(frozen=True)
class Choice:
    key: str
    label: Label


YES_NO_CHOICES = (
    Choice("yes", Label.of({"en": "Yes", "es": "Sí"})),
    Choice("no", Label.of({"en": "No", "es": "No"})),
)


@dataclass(frozen=True)
class Constraint:
    """The declarative checks an answer must pass; `message` replaces the default wording."""

    min: int | None = None  # number / scale
    max: int | None = None
    max_length: int | None = None  # text, in characters
    max_count: int | None = None  # multiple choice, choices picked
    message: Label | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            k: v
            for k, v in (("min", self.min), ("max", self.max),
                         ("max_length", self.max_length), ("max_count", self.max_count))
            if v is not None
        }
        if self.message is not None:
            out["message"] = self.message.to_json()
        return out


@dataclass(frozen=True)
class Question:
    key: str
    type: QuestionType
    label: Label
    hint: Label | None = None
    choices: tuple[Choice, ...] = ()
    required: bool = False
    relevant: ex.Expr | None = None
    constraint: Constraint | None = None
    page: str | None = None
    scale_low: Label | None = None  # what 1 means, e.g. "Not at all"
    scale_high: Label | None = None  # what 5 means

    @property
    def answerable(self) -> bool:
        return self.type is not QuestionType.NOTE

    @property
    def options(self) -> tuple[Choice, ...]:
        """The choices a student picks from (yes/no questions get the built-in pair)."""
        return YES_NO_CHOICES if self.type is QuestionType.YES_NO else self.choices

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "type": self.type.value,
                               "label": self.label.to_json()}
        if self.hint is not None:
            out["hint"] = self.hint.to_json()
        if self.choices:
            out["choices"] = [{"key": c.key, "label": c.label.to_json()} for c in self.choices]
        if self.required:
            out["required"] = True
        if self.relevant is not None:
            out["relevant"] = ex.unparse(self.relevant)
        if self.constraint is not None:
            out["constraint"] = self.constraint.to_json()
        if self.page is not None:
            out["page"] = self.page
        if self.scale_low is not None or self.scale_high is not None:
            out["scale"] = {k: v.to_json() for k, v in (("low", self.scale_low),
                                                         ("high", self.scale_high)) if v}
        return out


@dataclass(frozen=True)
class SurveyDef:
    key: str
    version: int
    title: Label
    languages: tuple[str, ...]
    questions: tuple[Question, ...]
    intro: Label | None = None
    # Derived from `questions`, never passed in: dataclasses.replace() must rebuild it.
    _by_key: dict[str, Question] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {q.key: q for q in self.questions})

    def question(self, key: str) -> Question:
        return self._by_key[key]

    def has_question(self, key: str) -> bool:
        return key in self._by_key

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def pages(self) -> list[tuple[Question, ...]]:
        """Screens in order: consecutive questions sharing a `page` key, else one per screen."""
        screens: list[list[Question]] = []
        for q in self.questions:
            if q.page is not None and screens and screens[-1][0].page == q.page:
                screens[-1].append(q)
            else:
                screens.append([q])
        return [tuple(s) for s in screens]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "key": self.key,
            "version": self.version,
            "title": self.title.to_json(),
            "languages": list(self.languages),
            "questions": [q.to_json() for q in self.questions],
        }
        if self.intro is not None:
            out["intro"] = self.intro.to_json()
        return out

    def canonical_json(self) -> str:
        """Key-sorted, whitespace-free JSON: the same definition always gives the same text."""
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()
