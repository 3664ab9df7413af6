"""The texts under the visit list: the selected visit's details, and every stored sign-up."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.visits.store import SignupTotals, VisitSummary
from sos_desktop.i18n import tr


def describe_visit(visit: VisitSummary) -> str:
    """A visit's details under the list: where, who, the deck, how the class answers."""
    deck = Path(visit.deck).name if visit.deck else tr("built-in SOS classroom talk")
    educator = visit.educator_name or "—"
    if visit.educator_email:
        educator = f"{educator} <{visit.educator_email}>"
    parts = [
        f"{visit.school} — {visit.group_name}",
        tr("Educator: {educator}").format(educator=educator),
        tr("Presenters: {names}").format(names=visit.presenters or "—"),
        tr("Deck: {deck}, {minutes} min").format(deck=deck, minutes=visit.planned_minutes),
    ]
    if visit.answer_mode == "paper":  # issue 11: the class answers on paper
        parts.append(tr("Answers: on paper"))
    elif visit.answer_mode == "both":
        parts.append(tr("Answers: on paper or at the kiosk"))
    if visit.virtual:  # issue 20: over video, the online form's QR code
        parts.append(tr("Over video: online form"))
    text = "   ·   ".join(parts)
    return text + ("\n" + tr("Notes: {notes}").format(notes=visit.notes)
                   if visit.notes else "")


def describe_totals(totals: SignupTotals) -> str:
    """Every stored sign-up, so none goes missing unseen behind the per-visit rows."""
    parts = [tr("%n sign-up(s) stored in all", None, totals.stored)]
    if totals.without_visit:
        parts.append(tr("%n not linked to any visit", None, totals.without_visit))
    if (unreachable := totals.no_consented_channel) == 1:
        parts.append(tr("%n with no consented channel, so no CRM export can carry it",
                        None, unreachable))
    elif unreachable:
        parts.append(tr("%n with no consented channel, so no CRM export can carry them",
                        None, unreachable))
    return " · ".join(parts)
