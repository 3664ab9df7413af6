"""Work around PySide6 6.12 dropping references to None/True/False on Python 3.11.

Every call to a C++ method that returns void (QLabel.setText, QWidget.setVisible, ...) returns
None without taking a reference. Python 3.12+ makes None, True and False immortal so nothing
happens; on 3.11 the count falls by one per call and, a few thousand calls later (a 45-minute
talk updates its clocks twice a second), Python aborts with "none_dealloc: deallocating None".

Topping the counts up by 2**40 makes them immortal in practice. Only source runs on 3.11 need
it: the built app uses Python 3.12 (installer/build.py), where this is a no-op. Remove once the
app needs Python >= 3.12 or PySide6 returns None properly again.
"""

from __future__ import annotations

import sys

_BOOST = 1 << 40
_done = False


def protect_singletons() -> None:
    """Idempotent; a no-op on Python 3.12+ and on interpreters other than CPython."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes  # only where it is needed: the built app's Python 3.12 skips it

    for singleton in (None, True, False):
        # On CPython 3.11 an object starts with its Py_ssize_t reference count.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BOOST
    _done = True
