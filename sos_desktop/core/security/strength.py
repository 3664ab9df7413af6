"""How guessable a new passphrase is, by zxcvbn's estimate (dictionaries, keyboard patterns,
dates, names, leet substitutions), not by its length alone.

A stolen laptop's contact data is as safe as the passphrase: one guess costs the attacker one
Argon2id derivation (about 0.64 s and 256 MiB on a laptop core, keys.DEFAULT_COST), so a
passphrase zxcvbn puts at 10^10 guesses or more (its top score) stands about 200 core-years.
Why a passphrase is refused travels as codes (zxcvbn's warning and suggestions, whose English
sentences are mapped here), so the window and the command line say it in the organizer's
language (words/passphrases.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from sos_desktop.core.errors import SosError

MIN_GUESSES = 1e10
# Words an attacker of this campaign's laptop tries first: they count as guessable.
CAMPAIGN_WORDS = ("sos", "sos desktop", "students over sros", "students", "sros", "sro",
                  "sej", "students for educational justice", "new haven", "newhaven", "nhps",
                  "hillhouse", "wilbur cross", "cross", "police", "campaign", "outreach")

# zxcvbn's English sentences (zxcvbn/feedback.py) -> our codes.
WARNINGS = {
    "Straight rows of keys are easy to guess.": "keyboard_rows",
    "Short keyboard patterns are easy to guess.": "keyboard_short",
    'Repeats like "aaa" are easy to guess.': "repeats",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': "repeats_pattern",
    'Sequences like "abc" or "6543" are easy to guess.': "sequences",
    "Recent years are easy to guess.": "recent_years",
    "Dates are often easy to guess.": "dates",
    "This is a top-10 common password.": "top_10",
    "This is a top-100 common password.": "top_100",
    "This is a very common password.": "very_common",
    "This is similar to a commonly used password.": "like_common",
    "A word by itself is easy to guess.": "single_word",
    "Names and surnames by themselves are easy to guess.": "names_alone",
    "Common names and surnames are easy to guess.": "common_names",
}
SUGGESTIONS = {
    "Use a few words, avoid common phrases.": "few_words",
    "No need for symbols, digits, or uppercase letters.": "no_symbols_needed",
    "Add another word or two. Uncommon words are better.": "more_words",
    "Use a longer keyboard pattern with more turns.": "longer_keyboard",
    "Avoid repeated words and characters.": "avoid_repeats",
    "Avoid sequences.": "avoid_sequences",
    "Avoid recent years.": "avoid_recent_years",
    "Avoid years that are associated with you.": "avoid_own_years",
    "Avoid dates and years that are associated with you.": "avoid_own_dates",
    "Capitalization doesn't help very much.": "capitals_little_help",
    "All-uppercase is almost as easy to guess as all-lowercase.": "uppercase_little_help",
    "Reversed words aren't much harder to guess.": "reversed_little_help",
    "Predictable substitutions like '@' instead of 'a' don't help very much.":
        "substitutions_little_help",
}
GUESSABLE = "guessable"  # the warning when zxcvbn gives none of its own


@dataclass(frozen=True)
class Weakness:
    warning: str  # a WARNINGS code, or GUESSABLE
    suggestions: tuple[str, ...]  # SUGGESTIONS codes, at least one
    guesses: float  # zxcvbn's estimate


class WeakPassphrase(SosError):
    """A new passphrase too easy to guess; `weakness` says why and what would do, as codes."""

    def __init__(self, weakness: Weakness) -> None:
        super().__init__(f"the passphrase is too easy to guess ({weakness.warning}): "
                         f"{', '.join(weakness.suggestions)}")
        self.weakness = weakness


def weakness(passphrase: str, context: tuple[str, ...] = ()) -> Weakness | None:
    """None when `passphrase` is hard enough to guess; else why not. `context`: more words
    that count as guessable (the organization's name)."""
    # Its dictionaries load in ~0.1 s: only when a passphrase is set. No type hints shipped.
    from zxcvbn import zxcvbn  # type: ignore[import-untyped]

    words = [*CAMPAIGN_WORDS, *(w.lower() for w in context if w)]
    found = zxcvbn(passphrase, user_inputs=[*words, *(w.replace(" ", "") for w in words)])
    guesses = float(found["guesses"])
    if guesses >= MIN_GUESSES:
        return None
    feedback = found["feedback"]
    warning = WARNINGS.get(feedback.get("warning") or "", GUESSABLE)
    suggestions = tuple(dict.fromkeys(
        SUGGESTIONS[s] for s in feedback.get("suggestions", ()) if s in SUGGESTIONS))
    return Weakness(warning, suggestions or ("more_words",), guesses)


def check_strength(passphrase: str, context: tuple[str, ...] = ()) -> None:
    """Raises WeakPassphrase for a guessable passphrase."""
    found = weakness(passphrase, context)
    if found is not None:
        raise WeakPassphrase(found)
