"""The core's refusals a person meets in everyday use of the command line, in the organizer's
language. Core writes its messages in English (it imports no i18n); cli.py prints a SosError
through `in_our_words`, which recognises these few and leaves any other as core wrote it (a
file's row and column problems, a damaged database's details)."""

from __future__ import annotations

import re

from sos_desktop.i18n import QT_TR_NOOP, tr

# Core's English (as a pattern, its variable parts as named groups) -> the text to translate,
# with those parts as its placeholders. Checked against core's own messages in
# tests/commands/test_spanish.py.
_KNOWN = [
    (r"no visit with id (?P<id>.+)", QT_TR_NOOP("no visit with id {id}")),
    (r"no survey with key (?P<key>.+); see `sos-desktop survey list`",
     QT_TR_NOOP("no survey with key {key}; see `sos-desktop survey list`")),
    (r"no sign-up export yet: nothing to mark as imported",
     QT_TR_NOOP("no sign-up export yet: nothing to mark as imported")),
    (r"no export receipt with id (?P<id>.+) \(see `sos-desktop export history`\)",
     QT_TR_NOOP("no export receipt with id {id} (see `sos-desktop export history`)")),
    (r"wrong passphrase", QT_TR_NOOP("wrong passphrase")),
    (r"the passphrase needs at least (?P<count>\d+) characters \(a few words are easy to "
     r"remember and hard to guess\)",
     QT_TR_NOOP("the passphrase needs at least {count} characters (a few words are easy to "
                "remember and hard to guess)")),
    (r"that recovery key does not open this laptop's key",
     QT_TR_NOOP("that recovery key does not open this laptop's key")),
    (r"that is not a recovery key \(it has 13 groups of 4 letters and digits, like "
     r"ABCD-EFGH-…\)",
     QT_TR_NOOP("that is not a recovery key (it has 13 groups of 4 letters and digits, like "
                "ABCD-EFGH-…)")),
    (r"this laptop joined (?P<organization>.+) with its public key only: contacts can be "
     r"sealed here but opened only on the organizer's laptop",
     QT_TR_NOOP("this laptop joined {organization} with its public key only: contacts can be "
                "sealed here but opened only on the organizer's laptop")),
]


def in_our_words(message: str) -> str:
    """`message` (a SosError's) translated when it is one of the known ones."""
    for pattern, text in _KNOWN:
        if found := re.fullmatch(pattern, message):
            return tr(text).format(**found.groupdict())
    return message
