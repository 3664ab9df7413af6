"""An XLSForm `constraint` as the limits our survey model keeps (min, max, lengths, counts).

`. >= 13 and . <= 19` becomes {min: 13, max: 19}; anything the model cannot say is reported
through `bad`, never guessed.
"""

from __future__ import annotations

from typing import Any

from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.problems import Bad

_CONSTRAINT_HELP = ("supported constraints: . >= N, . <= N, . > N, . < N, string-length(.) <= N, "
                    "count-selected(.) <= N, joined with and")


def constraint_limits(text: str, bad: Bad) -> dict[str, Any]:
    if not text:
        return {}
    try:
        expr = ex.parse(text)
    except ex.ExpressionError as error:
        bad("constraint", str(error), "bad_expression", expression=error.code, **error.params)
        return {}
    out: dict[str, Any] = {}
    for part in expr.items if isinstance(expr, ex.And) else (expr,):
        if not (isinstance(part, ex.Compare) and isinstance(part.value, int)
                and not isinstance(part.left, ex.Ref) and part.op not in ("=", "!=")):
            bad("constraint", _CONSTRAINT_HELP, "constraint_unsupported")
            return {}
        n, op = part.value, part.op
        if isinstance(part.left, ex.Dot):
            name = "min" if op.startswith(">") else "max"
            out[name] = n + (1 if op == ">" else -1 if op == "<" else 0)
        elif op.startswith("<"):
            name = "max_length" if part.left.name == "string-length" else "max_count"
            out[name] = n - (1 if op == "<" else 0)
        else:
            bad("constraint", _CONSTRAINT_HELP, "constraint_unsupported")
            return {}
    return out
