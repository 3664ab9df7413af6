"""The visits a kiosk of this app is collecting for: such a visit cannot be closed or edited
until the organizer leaves the kiosk with the PIN. A student is never told "this visit is
closed" halfway through, whatever another window (or a slip on it) did behind the kiosk."""

from __future__ import annotations

from collections import Counter

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code

_collecting: Counter[str] = Counter()  # visit id -> kiosks open for it in this process


class KioskCollecting(SosError):
    """The visit has a kiosk open: closing or editing it waits for the PIN."""

    def __init__(self, visit_id: str) -> None:
        self.visit_id = visit_id
        super().__init__(Code.KIOSK_COLLECTING())


def begin(visit_id: str) -> None:
    _collecting[visit_id] += 1


def end(visit_id: str) -> None:
    if _collecting[visit_id] > 1:
        _collecting[visit_id] -= 1
    else:
        _collecting.pop(visit_id, None)


def is_collecting(visit_id: str) -> bool:
    return _collecting[visit_id] > 0


def refuse_change(visit_id: str) -> None:
    """Raise KioskCollecting when a kiosk collects for the visit."""
    if is_collecting(visit_id):
        raise KioskCollecting(visit_id)
