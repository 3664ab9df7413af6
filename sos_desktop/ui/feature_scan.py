"""Import PySide6 without its source scan of every module imported after it.

Importing PySide6.QtCore replaces `__import__`: from then on, each module imported for the first
time has its whole source file read (`inspect.getsource`) to see whether it says "PySide6", so
PySide knows which default to give it for `from __feature__ import snake_case, true_property`.
Before the window's first paint that is some 90 files, the standard library's typing, inspect,
dataclasses and os among them: milliseconds of reading that a bare Qt window never does.

This app never imports `__feature__`, so the answer changes nothing here: a module marked as
not using PySide (-1) follows the last feature selection, which stays 0 ("no feature"), exactly
the selection a module marked as using PySide (0) sets, and so does a module not marked at all.
So the hook is taken out: import statements go to the import PySide's hook wraps
(`__orig_import__`, its lazy loading of Qt types), not through a Python function that looks at
the importing frame first (~1 µs an import statement, some 350 before the first paint and every
function-level import after). Where PySide lays this out differently, nothing is changed but
the scan, quieted below in case the hook stays: every module is marked as not using PySide,
without reading it. Import this module before the window's other imports (ui/app.py does).
"""

from __future__ import annotations

import builtins
import sys

import PySide6.QtCore  # noqa: F401  # installs the import hook taken out below


def _marked_unused(_module: object) -> bool:
    return False


_feature = sys.modules.get("PySide6.support.feature")
if _feature is not None and callable(getattr(_feature, "_mod_uses_pyside", None)):
    _feature._mod_uses_pyside = _marked_unused  # type: ignore[attr-defined]
_wrapped = getattr(builtins, "__orig_import__", None)
if getattr(builtins.__import__, "__name__", "") == "__feature_import__" and callable(_wrapped):
    builtins.__import__ = _wrapped
