"""One cell of an online export as the answer the kiosk would have stored.

A choice may be its code (KoboToolbox / ODK "XML values") or its text in any of the survey's
languages (Google Forms, Kobo "labels"); a select-multiple is codes joined by spaces (Kobo) or
texts joined by ", " (Google Forms checkboxes), where a text may itself hold ", " ("Yes, often"):
the longest run of parts that is a choice's text wins. A value that is none of these is
refused (CellProblem), never guessed. The kiosk's checks (core.surveys.answers) run afterwards.
"""

from __future__ import annotations

from typing import Any

from sos_desktop.core.imports.online.columns import fold
from sos_desktop.core.surveys.model import Question, QuestionType

_TRUE = {"1", "true", "yes", "sí", "si", "x"}
_FALSE = {"0", "false", "no", ""}


class CellProblem(ValueError):
    """Why a cell cannot be an answer to its question: English for the row's message, and a
    row code (csv_reader.ROW_CODES) with its parameters for front ends that word it."""

    def __init__(self, reason: str, code: str, **params: object) -> None:
        super().__init__(reason)
        self.code, self.params = code, params


class Choices:
    """One question's choices by code and by folded text, built once per import."""

    def __init__(self, q: Question) -> None:
        self.keys = {c.key: c.key for c in q.options}
        self.folded_keys = {c.key.casefold(): c.key for c in q.options}
        self.texts: dict[str, str] = {}
        for c in q.options:
            for _lang, text in c.label.texts:
                self.texts.setdefault(fold(text), c.key)
        self.listing = ", ".join(c.key for c in q.options)

    def one(self, text: str) -> str | None:
        return self.keys.get(text) or self.folded_keys.get(text.casefold()) or self.texts.get(
            fold(text))

    def many(self, text: str) -> list[str]:
        words = text.split()
        if words and all(w in self.keys for w in words):  # Kobo / ODK codes
            return list(dict.fromkeys(words))
        if ";" in text and all(self.one(p.strip()) for p in text.split(";") if p.strip()):
            return list(dict.fromkeys(self.one(p.strip()) or "" for p in text.split(";")
                                      if p.strip()))
        parts = [p.strip() for p in text.split(",")]
        picked: list[str] = []
        i = 0
        while i < len(parts):
            for j in range(len(parts), i, -1):  # the longest run of parts that is one text
                found = self.one(", ".join(parts[i:j]))
                if found is not None:
                    picked.append(found)
                    i = j
                    break
            else:
                raise CellProblem(f"{parts[i]!r} is not a choice; choices: {self.listing}",
                                  "not_a_choice", value=repr(parts[i]), choices=self.listing)
        return list(dict.fromkeys(picked))


def cell_answer(q: Question, choices: Choices | None, text: str) -> Any:
    """The answer in `text` for question `q`; None when the cell is empty."""
    text = text.strip()
    if not text:
        return None
    if q.type is QuestionType.MULTIPLE_CHOICE:
        assert choices is not None
        return choices.many(text)
    if choices is not None:  # single choice, yes/no
        found = choices.one(text)
        if found is None and q.type is QuestionType.YES_NO and text.casefold() in (
                _TRUE | _FALSE):
            found = "yes" if text.casefold() in _TRUE else "no"
        if found is None:
            raise CellProblem(f"{text[:40]!r} is not a choice; choices: {choices.listing}",
                              "not_a_choice", value=repr(text[:40]), choices=choices.listing)
        return found
    if q.type in (QuestionType.NUMBER, QuestionType.SCALE):
        number = text[:-2] if text.endswith(".0") else text  # spreadsheets write 3 as 3.0
        try:
            if len(number) > 12:
                raise ValueError
            return int(number)
        except ValueError:
            raise CellProblem(f"{text[:40]!r} is not a whole number", "not_a_whole_number",
                              value=repr(text[:40])) from None
    return text


def ticked(text: str) -> bool:
    """A split select-multiple cell (Kobo `question/choice`): 1/0, True/False, yes/no."""
    folded = text.strip().casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise CellProblem(f"{text[:40]!r} must be 1 or 0", "one_or_zero", value=repr(text[:40]))
