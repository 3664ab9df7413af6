"""Taking data out of a text before looking for words left untranslated."""

from __future__ import annotations

import re
from collections.abc import Iterable


def without(text: str, items: Iterable[str]) -> str:
    """`text` with each item blanked where it stands as a whole (longest first): a visit id
    "1" or a name "Bad" must not cut a report's sha256 into bits that spell words."""
    for item in sorted({str(i) for i in items if str(i)}, key=len, reverse=True):
        pattern = re.escape(item)
        if item[0].isalnum():  # a letter or digit beside it: part of a longer word or hash
            pattern = r"(?<![^\W_])" + pattern
        if item[-1].isalnum():
            pattern += r"(?![^\W_])"
        text = re.sub(pattern, " ", text)
    return text
