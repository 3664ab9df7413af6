"""What the Scan window announces for each frame, and the running counts. No widgets.

The camera sees the same sheet in many frames: the first reading stores it, the next ones would
say "already read". A sheet still in view is therefore announced once; it must leave the picture
(a few frames without any sheet) before it can be announced again. A sheet read earlier and
shown again later is "already read", with its own signal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sos_desktop.i18n import QT_TR_NOOP

# Frames without the sheet before it counts as gone (about a third of a second at 20 fps).
FRAMES_TO_FORGET = 6


@dataclass(frozen=True)
class Sighting:
    """One frame, in the Scan window's terms (built from the core's reading of the frame)."""

    corners: tuple[tuple[float, float], ...] = ()  # the sheet's outline in frame pixels
    sheet: str = ""  # identifies the side in view ("" = none, or its code not read yet)
    kind: str = ""  # "" = nothing to announce yet; else a key of ANNOUNCEMENTS
    detail: str = ""  # e.g. which questions need review, or which survey the sheet is from
    guide: str = ""  # what to do while nothing is announced: a key of GUIDES ("" = none)


@dataclass(frozen=True)
class Look:
    """How an announcement looks and sounds: symbol and words, never colour alone."""

    symbol: str
    title: str  # English, marked for translation: shown through tr()
    colour: str
    beeps: int
    counter: str  # which running count it adds to ("" = none)


ANNOUNCEMENTS = {
    "read": Look("✓", QT_TR_NOOP("Read and stored"), "#1b873f", 1, "read"),
    "turn": Look("↻", QT_TR_NOOP("Turn it over"), "#1f5fa8", 1, ""),
    "already": Look("=", QT_TR_NOOP("Already read"), "#8a5a00", 2, "already"),
    "review": Look("?", QT_TR_NOOP("Needs review"), "#b54708", 3, "review"),
    "foreign": Look("✗", QT_TR_NOOP("Not for this visit"), "#b3261e", 3, "foreign"),
    "blank": Look("○", QT_TR_NOOP("Blank sheet: nothing marked"), "#4f5b66", 2, ""),
}
IDLE = Look("", QT_TR_NOOP("Hold a sheet up to the camera"), "#555555", 0, "")
NO_CAMERA_LOOK = Look("", QT_TR_NOOP("No camera"), "#555555", 0, "")
_GUIDE = "#2f4858"  # guidance: what to do with the sheet in view, no sound, no count
# What to do while a sheet in view is not read yet (core/camera/steady.py's Guide), with the
# line under it.
GUIDES = {
    "closer": (Look("+", QT_TR_NOOP("Hold it closer"), _GUIDE, 0, ""),
               QT_TR_NOOP("The sheet is too small in the picture to read its marks: bring it "
                          "closer until it fills most of the picture's height.")),
    "still": (Look("≈", QT_TR_NOOP("Hold it still"), _GUIDE, 0, ""),
              QT_TR_NOOP("The sheet is moving. It is read from a few steady pictures: hold it "
                         "still for a moment.")),
    "hold": (Look("…", QT_TR_NOOP("Reading: keep holding"), _GUIDE, 0, ""),
             QT_TR_NOOP("Keep the sheet still for a moment longer.")),
    "whole": (Look("□", QT_TR_NOOP("Show the whole sheet"), _GUIDE, 0, ""),
              QT_TR_NOOP("Part of the sheet is outside the picture: move it so all four "
                         "corner squares are in view.")),
    "code": (Look("▦", QT_TR_NOOP("Its code cannot be read"), _GUIDE, 0, ""),
             QT_TR_NOOP("Hold the sheet closer and steadier, away from glare, so the code in "
                        "its top corner is sharp.")),
    "failed": (Look("!", QT_TR_NOOP("This picture could not be read"), _GUIDE, 0, ""),
               QT_TR_NOOP("The next picture is being read. If this keeps happening, move the "
                          "sheet a little or change the light.")),
}
SEEN_COLOUR = "#d4a106"  # an outline found, not read yet: hold still


@dataclass
class ScanTally:
    counts: dict[str, int] = field(
        default_factory=lambda: {"read": 0, "already": 0, "review": 0, "foreign": 0})
    frames_to_forget: int = FRAMES_TO_FORGET
    _in_view: str = ""
    _announced: str = ""  # the kind announced for the sheet in view
    _missing: int = 0

    def see(self, sighting: Sighting) -> str:
        """The kind to announce now ("" = nothing new). Updates the counts."""
        if not sighting.corners:
            self._missing += 1
            if self._missing >= self.frames_to_forget:
                self._in_view, self._announced = "", ""
            return ""
        self._missing = 0
        if not sighting.sheet:  # a sheet, its code not read in this frame (blur, glare)
            return ""
        if sighting.sheet == self._in_view and self._announced:
            # Still the same sheet: its later frames say "already read" about our own reading.
            return ""
        self._in_view = sighting.sheet
        if not sighting.kind:
            return ""
        self._announced = sighting.kind
        counter = ANNOUNCEMENTS[sighting.kind].counter
        if counter:
            self.counts[counter] += 1
        return sighting.kind

    def guide(self, sighting: Sighting) -> str:
        """The guidance to show for this frame ("" = none): never over the sheet just
        announced while it stays in view."""
        if sighting.sheet and sighting.sheet == self._in_view and self._announced:
            return ""
        return sighting.guide if sighting.guide in GUIDES else ""

    def outline_colour(self, sighting: Sighting) -> str:
        if sighting.sheet == self._in_view and self._announced:
            return ANNOUNCEMENTS[self._announced].colour
        return SEEN_COLOUR
