"""Whether a `relevant` or constraint expression can work on the questions before it: each
reference names an earlier question with an answer, of a type the comparison fits."""

from __future__ import annotations

from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.model import Question, QuestionType

Reason = tuple[str, str, dict[str, object]]  # English (logs), code, params: SurveyProblem's
NUMERIC = {QuestionType.NUMBER, QuestionType.SCALE}  # types compared by size


def check_refs(expr: ex.Expr, earlier: dict[str, Question],
               failed: set[str] | frozenset[str] = frozenset()) -> list[Reason]:
    """Why the expression cannot work on these earlier questions (empty list: it can), each
    as (English, code, params). References to `failed` questions (refused, with their own
    problems) are not judged."""
    reasons: list[Reason] = []
    for node in _leaves(expr):
        key = node.ref.key if isinstance(node, ex.Selected) else getattr(node.left, "key", None)
        if key is None or key in failed:
            continue
        q = earlier.get(key)
        if q is None:
            reasons.append((f"unknown question ${{{key}}} (it must come earlier in the survey)",
                            "unknown_question", {"key": key}))
        elif not q.answerable:
            reasons.append((f"${{{key}}} is a note and has no answer", "note_has_no_answer",
                            {"key": key}))
        elif isinstance(node, ex.Selected):
            if not q.options:
                reasons.append((f"selected() needs a choice question, ${{{key}}} is {q.type}",
                                "selected_needs_choices", {"key": key, "type": q.type.value}))
            elif node.value not in {c.key for c in q.options}:
                reasons.append((f"{node.value!r} is not a choice of ${{{key}}}", "not_a_choice",
                                {"key": key, "value": repr(node.value)}))
        elif q.type is QuestionType.MULTIPLE_CHOICE:
            reasons.append((f"use selected(${{{key}}}, '...') for a multiple choice question",
                            "use_selected", {"key": key}))
        elif node.op not in ("=", "!=") and q.type not in NUMERIC:
            reasons.append((f"{node.op} compares numbers, ${{{key}}} is {q.type}",
                            "compares_numbers", {"key": key, "op": node.op,
                                                 "type": q.type.value}))
        elif q.options and str(node.value) not in {c.key for c in q.options}:
            reasons.append((f"{node.value!r} is not a choice of ${{{key}}}", "not_a_choice",
                            {"key": key, "value": repr(node.value)}))
    return reasons


def _leaves(expr: ex.Expr) -> list[ex.Compare | ex.Selected]:
    if isinstance(expr, (ex.And, ex.Or)):
        return [leaf for item in expr.items for leaf in _leaves(item)]
    if isinstance(expr, ex.Not):
        return _leaves(expr.item)
    return [expr]
