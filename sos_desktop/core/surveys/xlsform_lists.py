"""Choice lists that stand for something else in our model: the built-in yes/no pair (a
`yes_no` question) and a range's `tick_labelset` (a scale's end labels). `survey export` writes
them so; these read them back."""

from __future__ import annotations

import re

from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN, YES_NO_CHOICES
from sos_desktop.core.surveys.problems import Bad


def is_yes_no(items: list[tuple]) -> bool:
    """A list that is exactly the built-in yes/no pair, labels included."""
    if [values.get("name") for _n, values, _h in items] != [c.key for c in YES_NO_CHOICES]:
        return False
    return all(set(values["label"]) <= set(choice.label.languages)
               and all(values["label"][lang] == choice.label.get(lang) for lang in values["label"])
               for (_n, values, _h), choice in zip(items, YES_NO_CHOICES, strict=True))


def scale_labels(raw: dict, parameters: str, lists: dict, bad: Bad) -> None:
    """A range's `tick_labelset` list gives the scale's end labels (what 1 and 5 mean)."""
    found = re.search(r"tick_labelset\s*=\s*([^\s]+)", parameters)
    if not found:
        return
    items = lists.get(found.group(1))
    if items is None:
        bad("parameters", f"no choice list named {found.group(1)!r} on the choices sheet",
            "no_choice_list", name=repr(found.group(1)))
        return
    ends = {values.get("name"): values["label"] for _n, values, _h in items}
    scale = {side: dict(ends[str(n)]) for side, n in (("low", SCALE_MIN), ("high", SCALE_MAX))
             if ends.get(str(n))}
    if scale:
        raw["scale"] = scale
