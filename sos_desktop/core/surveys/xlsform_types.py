"""Which of the app's question types an XLSForm survey row is (resources/surveys/FORMAT.md)."""

from __future__ import annotations

import re
from typing import Any

from sos_desktop.core.surveys.build import REFUSED_TYPE
from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN
from sos_desktop.core.surveys.problems import Bad
from sos_desktop.core.surveys.xlsform_lists import is_yes_no

SIMPLE = {"text": "short_text", "integer": "number", "note": "note"}
METADATA = {"start", "end", "today", "deviceid", "phonenumber", "username", "email",
            "audit", "start-geopoint", "simserial", "subscriberid"}


def question_type(kind: str, rest: str, cell: dict, lists: dict,
                   bad: Bad) -> Any:
    """The question type; REFUSED_TYPE (said why) for a type this app cannot use: the row is
    still checked as a question, so every problem of the form is named at once; None for
    device or time data, which is no question."""
    appearance = cell.get("appearance", "").lower()
    if appearance and not (kind == "text" and appearance == "multiline"):
        bad("appearance", f"appearance {appearance!r} is not supported here",
            "appearance_not_supported", appearance=repr(appearance))
    if cell.get("parameters") and kind != "range":
        bad("parameters", "parameters only apply to a range question", "parameters_range_only")
    if kind in ("select_one", "select_multiple"):
        if not rest or " " in rest:
            bad("type", f"write {kind} LIST_NAME (or_other and files are not supported)",
                "write_list_name", kind=kind)
            return REFUSED_TYPE
        if rest not in lists:
            bad("type", f"no choice list named {rest!r} on the choices sheet",
                "no_choice_list", name=repr(rest))
            return REFUSED_TYPE
        if kind == "select_one" and rest == "yes_no" and is_yes_no(lists[rest]):
            return "yes_no"  # the built-in pair: exported so, read back so
        return "single_choice" if kind == "select_one" else "multiple_choice"
    if rest:
        bad("type", f"unsupported type {cell.get('type')!r}", "unsupported_type",
            type=repr(cell.get("type")))
        return REFUSED_TYPE
    if kind == "text" and appearance == "multiline":
        return "long_text"
    if kind in SIMPLE:
        return SIMPLE[kind]
    if kind == "range":
        params = dict(re.findall(r"(\w+)\s*=\s*(-?\d+)", cell.get("parameters", "").lower()))
        if (params.get("start"), params.get("end"), params.get("step", "1")) != (
            str(SCALE_MIN), str(SCALE_MAX), "1"
        ):
            bad("parameters", f"a range must be start={SCALE_MIN} end={SCALE_MAX} (step=1)",
                "bad_range", low=SCALE_MIN, high=SCALE_MAX)
            return REFUSED_TYPE
        return "scale"
    if kind in METADATA:
        bad("type", f"{kind} records device or time data; not supported (answers are "
            "anonymous)", "device_data", kind=kind)
        return None
    if kind:
        bad("type", f"unsupported type {kind!r}", "unsupported_type", type=repr(kind))
    else:
        bad("type", "type is empty", "empty_type")
    return REFUSED_TYPE
