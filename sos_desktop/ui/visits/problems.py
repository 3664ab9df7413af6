"""Core's validation problems (visits, Settings) as the window lists them; the words are
sos_desktop/words/problems.py's, shared with the command line."""

from __future__ import annotations

from sos_desktop import i18n
from sos_desktop.core.errors import Problem
from sos_desktop.i18n import tr
from sos_desktop.words import problems as problem_words


def reason(problem: Problem) -> str:
    """Why the value is refused, in the interface's language; a deck's problem is worded by
    the window's own deck check (it can open the PDF)."""
    if problem.code == "bad_deck" and problem.value and i18n.language() != i18n.SOURCE_LANGUAGE:
        from sos_desktop.ui.presentation.deck_check import deck_problem_shown

        return deck_problem_shown(problem.value) or problem.reason
    return problem_words.reason(problem)


def problem_lines(problems: list[Problem], labels: dict[str, str]) -> str:
    """One "• Field: reason" line per problem; `labels` are QT_TR_NOOP texts by field."""
    lines = []
    for problem in problems:
        label = tr(labels[problem.field]) if problem.field in labels else problem.field
        lines.append(f"• {label.replace('&', '').rstrip(' *')}: {reason(problem)}")
    return "\n".join(lines)
