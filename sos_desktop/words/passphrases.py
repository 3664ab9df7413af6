"""Why a new passphrase is refused (core/security/strength.py's codes) and what would do, in
the organizer's language, for the window and the command line alike. No Qt."""

from __future__ import annotations

from sos_desktop.core.security.strength import Weakness
from sos_desktop.i18n import QT_TR_NOOP, tr

WARNINGS = {
    "keyboard_rows": QT_TR_NOOP("Straight rows of keys are easy to guess."),
    "keyboard_short": QT_TR_NOOP("Short keyboard patterns are easy to guess."),
    "repeats": QT_TR_NOOP('Repeats like "aaa" are easy to guess.'),
    "repeats_pattern": QT_TR_NOOP('Repeats like "abcabcabc" are only slightly harder to '
                                  'guess than "abc".'),
    "sequences": QT_TR_NOOP('Sequences like "abc" or "6543" are easy to guess.'),
    "recent_years": QT_TR_NOOP("Recent years are easy to guess."),
    "dates": QT_TR_NOOP("Dates are often easy to guess."),
    "top_10": QT_TR_NOOP("This is one of the 10 most common passwords."),
    "top_100": QT_TR_NOOP("This is one of the 100 most common passwords."),
    "very_common": QT_TR_NOOP("This is a very common password."),
    "like_common": QT_TR_NOOP("This is similar to a commonly used password."),
    "single_word": QT_TR_NOOP("A word by itself is easy to guess."),
    "names_alone": QT_TR_NOOP("Names and surnames by themselves are easy to guess."),
    "common_names": QT_TR_NOOP("Common names and surnames are easy to guess."),
    "guessable": QT_TR_NOOP("It could be guessed: it is made of common words, names or "
                            "patterns, or of this campaign's own words."),
}
SUGGESTIONS = {
    "few_words": QT_TR_NOOP("Use a few words, avoid common phrases."),
    "no_symbols_needed": QT_TR_NOOP("No need for symbols, digits, or uppercase letters."),
    "more_words": QT_TR_NOOP("Add another word or two. Uncommon words are better."),
    "longer_keyboard": QT_TR_NOOP("Use a longer keyboard pattern with more turns."),
    "avoid_repeats": QT_TR_NOOP("Avoid repeated words and characters."),
    "avoid_sequences": QT_TR_NOOP("Avoid sequences."),
    "avoid_recent_years": QT_TR_NOOP("Avoid recent years."),
    "avoid_own_years": QT_TR_NOOP("Avoid years that are associated with you."),
    "avoid_own_dates": QT_TR_NOOP("Avoid dates and years that are associated with you."),
    "capitals_little_help": QT_TR_NOOP("Capitalization doesn't help very much."),
    "uppercase_little_help": QT_TR_NOOP("All-uppercase is almost as easy to guess as "
                                        "all-lowercase."),
    "reversed_little_help": QT_TR_NOOP("Reversed words aren't much harder to guess."),
    "substitutions_little_help": QT_TR_NOOP("Predictable substitutions like '@' instead of "
                                            "'a' don't help very much."),
}


def weakness_text(weakness: Weakness) -> str:
    """One paragraph: refused, why, and what would do."""
    parts = [tr("This passphrase is too easy to guess."), tr(WARNINGS[weakness.warning])]
    parts += [tr(SUGGESTIONS[code]) for code in weakness.suggestions]
    return " ".join(parts)
