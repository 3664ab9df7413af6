"""An XLSForm `constraint` as the limits our survey model keeps (min, max, lengths, counts).

`. >= 13 and . <= 19` becomes {min: 13, max: 19}; anything the model cannot say is reported
through `bad`, never guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sos_desktop.core.surveys import expressions as ex

_CONSTRAINT_HELP = ("supported constraints: . >= N, . <= N, . > N, . < N, string-length(.) <= N, "
                    "count-selected(.) <= N, joined with and")


def constraint_limits(text: str, bad: Callable[[str, str], None]) -> dict[str, Any]:
    if not text:
        return {}
    try:
        expr = ex.parse(text)
    except ex.ExpressionError as error:
        bad("constraint", str(error))
        return {}
    out: dict[str, Any] = {}
    for part in expr.items if isinstance(expr, ex.And) else (expr,):
        if not (isinstance(part, ex.Compare) and isinstance(part.value, int)
                and not isinstance(part.left, ex.Ref) and part.op not in ("=", "!=")):
            bad("constraint", _CONSTRAINT_HELP)
            return {}
        n, op = part.value, part.op
        if isinstance(part.left, ex.Dot):
            name = "min" if op.startswith(">") else "max"
            out[name] = n + (1 if op == ">" else -1 if op == "<" else 0)
        elif op.startswith("<"):
            name = "max_length" if part.left.name == "string-length" else "max_count"
            out[name] = n - (1 if op == "<" else 0)
        else:
            bad("constraint", _CONSTRAINT_HELP)
            return {}
    return out
