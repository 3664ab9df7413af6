"""A survey's skip rules in words a student follows on paper.

The kiosk applies `relevant` by itself; on paper the controlling question says where to go
("If you answered “No”, go to question 10") and the follow-up says when it applies. The reader
then drops answers the rule excludes, exactly as the kiosk would (surveys.answers).
"""

from __future__ import annotations

from sos_desktop.core.paper.words import words
from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.model import Question, SurveyDef


def _simple(expr: ex.Expr | None) -> tuple[str, str, str] | None:
    """(question key, op, value) for `${q} = 'v'` / `${q} != 'v'`, else None."""
    if (isinstance(expr, ex.Compare) and isinstance(expr.left, ex.Ref)
            and expr.op in ("=", "!=") and isinstance(expr.value, str)):
        return expr.left.key, expr.op, expr.value
    return None


def _label(survey: SurveyDef, key: str, value: str, lang: str) -> str:
    q = survey.question(key)
    return next((c.label.get(lang) for c in q.options if c.key == value), value)


def condition_text(q: Question, survey: SurveyDef, numbers: dict[str, int], lang: str) -> str:
    """When a follow-up question applies, in words ("" when always)."""
    if q.relevant is None:
        return ""
    w = words(lang)
    simple = _simple(q.relevant)
    if simple is None or simple[0] not in numbers:
        return w["only_if_expr"].format(expr=ex.unparse(q.relevant))
    key, op, value = simple
    template = w["only_if"] if op == "=" else w["only_if_not"]
    return template.format(choice=_label(survey, key, value, lang), n=numbers[key])


def goto_texts(q: Question, survey: SurveyDef, numbers: dict[str, int], lang: str) -> list[str]:
    """On a controlling question: for each answer that skips the follow-ups right after it,
    where to go next."""
    answerable = [x for x in survey.questions if x.answerable]
    if q not in answerable:
        return []
    after = answerable[answerable.index(q) + 1:]
    run, rule = 0, None
    for follower in after:
        simple = _simple(follower.relevant)
        if simple is None or simple[0] != q.key or (rule is not None and simple != rule):
            break
        rule, run = simple, run + 1
    if rule is None:
        return []
    _key, op, value = rule
    skipping = [c for c in q.options if (c.key != value if op == "=" else c.key == value)]
    w = words(lang)
    out = []
    for c in skipping:
        if run < len(after):
            out.append(w["goto"].format(choice=c.label.get(lang), n=numbers[after[run].key]))
        else:
            out.append(w["goto_end"].format(choice=c.label.get(lang)))
    return out
