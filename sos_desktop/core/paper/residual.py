"""Each bubble against this page's own empty bubble, pixel by pixel: what ink is there that an
empty bubble of the same page does not show. Made for a camera's soft pictures; on a crisp
copy the empty bubble is clean and this finds what the reader's other measures find.

A photo blurs the printed ring into the bubble's inside, JPEG and curl add blotches, so a page's
empty bubbles are grey enough inside that a dot or a light mark is no darker on average than
they are. But every empty bubble of a page is blurred alike: their median, pixel by pixel, is
the page's empty bubble, and a bubble less it leaves the student's ink. Each bubble is first
re-centred on its own printed ring (a photo's curl moves bubbles a few pixels apart from their
question's), so the ring's blur cancels and does not read as ink.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

REACH = 0.19  # how far a bubble's ring is looked for round its place, in radii
INSIDE = 0.8  # the inside weighed for ink, in radii (the ring's own blur cancels)
SPOT = 0.7  # ... and for a small spot (a dot)
ROUND = (1.05, 1.9)  # where a circle drawn round a bubble runs, in radii
SLICES = 16
ROUND_INK = 0.12  # darker than the page's empty bubble there: a pencil line (grain: < 0.1)
OWN = 0.4  # a slice is weighed if this share of it is the bubble's own surroundings
OWN_R = 1.3  # ... and within this radius it is, masked or not (no neighbour reaches there)


# What shows ink above the page's empty bubble and its typical bubble: on a camera page a dot,
# a light tick or a circle drawn round, under the bubbles' blur. These flag 1-2 in 100 empty
# bubbles on the realistic set's photos, 1 in 2,000 on its copies.
SHOWS_INK = 0.017  # mean darkness inside (a light tick or fill: 0.03-0.3)
SHOWS_SPOT = 0.07  # a dot's darkest spot
# ... on a photo, lower: its light marks and dots sit among the empty bubbles' top 1%, and a
# mark read as blank is worse than a question reviewed (the realistic set's photos, 236 pages:
# marked bubbles read as empty 46 -> 39, questions reviewed for an empty bubble 373 -> 382).
# Lower still (0.010, 0.05: 35 and 404) a still sheet's frames disagree on empty bubbles.
PHOTO_INK = 0.012
PHOTO_SPOT = 0.06
SHOWS_ROUND = 6  # slices of 16 round the ring with ink (a circle drawn round: 8-14)
# A circle drawn round in pencil pressed lightly, on a photo: too pale for ROUND_INK anywhere,
# but a trace all the way round. Round the ring, its faintest slice but one darker by PALE_ALL
# than the page's typical bubble's, and its median slice by PALE_HALF (the page's grain and
# blur darken every bubble's slices alike). Two generators' photos (seeds 61 and 5, 340 pages):
# 8 of 16 circles read as blank before, 1 of 3,800 empty bubbles.
PALE_ALL = 0.02
PALE_HALF = 0.03
# A circle drawn round a bubble on a photo: ink round most of the ring and none inside (on the
# realistic set's photos 10+ slices: half the circles, 1 in 3,000 empty bubbles; a smudge, a
# light fill or a scribble shows inside too).
CIRCLED = 10
CIRCLED_INK = 0.03
# A question whose printed rings match no better than this where it is read (median of its
# bubbles) is not where the reader looks: a blurred or shaken photo, curl the alignment missed.
# A bubble there that looks empty may hold a mark the reader cannot see. Empty bubbles of a
# steady photo: median 0.7, 5% under 0.02; a page a sheet's width of blur off: -0.1-0.1.
RING_SEEN = 0.2
# ... or whose printed rings are this much paler than the page's (their median against the
# page's median bubble's): glare on a photo washes out the print there, and the ink with it.
# The realistic set's photos (two runs, 2,200 questions): 3 ticks, circles and dots under
# glare read as blank at 0.17-0.31 of the page's rings; 2 in 100 questions under 0.4.
FADED = 0.4
# A photo blurs the page's printed rings: its empty bubble's ring is less than this darker
# than its inside (the realistic set: webcam 0.01-0.28, phone 0.04-0.44 (1 in 12 over 0.35,
# sharp enough to show an X as itself); copies in grey and colour 0.54-0.63; 1-bit 0.26-0.77,
# 1 page in 16 under). Only a blurred photo hides marks as the rules for `unseen` and
# judge.STRUCK assume.
SOFT_RING = 0.35
# A bubble whose printed ring shows clearly this far from where it is read (radii) is read in
# the wrong place: a photo's curl or a fit from three markers can turn a question's rows apart
# while the question as a whole is found (align.py moves it as one). On two generators' photos
# (seeds 61 and 5, 1,938 questions) 176 questions had such a ring: 175 already went to review
# for other reasons; the other, on a sharp phone picture, was an X read as the circle below it.
ASTRAY = 0.6
ASTRAY_MATCH = 0.6  # ... matched this well (an empty ring in a photo: 0.7-0.95), and its ring
HERE = 0.3  # matching no better than this where it is read (a ring drawn round leaves it seen)
ZONES = np.arange(0.5, 1.4, 0.04)  # the empty bubble's darkness profile, bins 0.08 radii wide


@dataclass(frozen=True)
class Residual:
    ink: float  # mean darkness inside above the page's empty bubble, less the page's typical
    spot: float  # the darkest small spot inside above it, less the page's typical
    round: int  # slices (of 16) round the ring darker than the page's empty bubble there
    ring: float = 1.0  # how well the printed ring matched round its place (-1..1)
    unseen: bool = False  # its question's rings are not seen where they are read (RING_SEEN)
    soft: bool = False  # the page is a photo: its printed rings blurred (SOFT_RING)
    pale_round: bool = False  # a faint trace all round the ring (PALE_ALL): a pale circle
    astray: bool = False  # its printed ring seen clearly ASTRAY from where it is read
    moved: float = 0.0  # its printed ring found this far from where it is read (radii)

    @property
    def circled(self) -> bool:
        """A circle drawn round it: ink all round the ring, the inside as clean as the page's
        empty bubble (and its rings seen where it is read)."""
        return self.round >= CIRCLED and self.ink < CIRCLED_INK and not self.unseen

    @property
    def shows_ink(self) -> bool:
        """Ink above the page's empty bubble inside it, or, on a photo, round its ring. On a
        sharp copy a ring a pixel off its place darkens 6 of 16 slices round it, and a ring
        drawn round is judged on the copy's own measures (judge.py)."""
        if self.soft:
            return (self.ink >= PHOTO_INK or self.spot >= PHOTO_SPOT
                    or self.round >= SHOWS_ROUND or self.pale_round)
        return self.ink >= SHOWS_INK or self.spot >= SHOWS_SPOT


@dataclass(frozen=True)
class _Shapes:
    ring: np.ndarray  # the printed ring, blurred: what is matched to re-centre a bubble
    half: int  # the ring template's half-size
    crop: int  # half-size of the re-centred bubble
    inside: np.ndarray
    spot: np.ndarray
    band: np.ndarray  # flat indices of the band round the ring, slice by slice
    starts: np.ndarray  # where each slice starts in `band`
    sizes: np.ndarray  # each slice's pixel count
    own: np.ndarray  # ... which of them are this bubble's own whatever the mask says
    # Rings of the patch from the middle out (ZONES), as weights: a flattened patch times
    # these is its mean darkness in each.
    zones: np.ndarray


@lru_cache(maxsize=4)  # pages are read straightened to one scale, as in measure.py
def _shapes(size: int, radius: float) -> _Shapes:
    reach = max(1, round(REACH * radius))
    crop = (size - 1) // 2 - reach
    half = min(crop, round(1.1 * radius))
    n = 2 * crop + 1
    yy, xx = np.mgrid[:n, :n].astype(np.float32) - crop
    r = np.hypot(yy, xx) / radius
    angle = np.degrees(np.arctan2(yy, xx)) % 360
    ring = ((r >= 0.86) & (r <= 1.0)).astype(np.float32)
    ring = cv2.GaussianBlur(ring, (0, 0), max(0.6, 0.075 * radius))
    template = ring[crop - half:crop + half + 1, crop - half:crop + half + 1]
    which = np.minimum((angle // (360 / SLICES)).astype(int), SLICES - 1).ravel()
    inband = ((r >= ROUND[0]) & (r <= ROUND[1])).ravel()
    band = np.nonzero(inband)[0]
    band = band[np.argsort(which[band], kind="stable")]
    sizes = np.bincount(which[band], minlength=SLICES)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    own = r.ravel()[band] <= OWN_R
    zones = np.stack([((r >= a) & (r < a + 0.08)).ravel() for a in ZONES]).astype(np.float32)
    zones /= zones.sum(axis=1, keepdims=True)
    return _Shapes(template, half, crop, r <= INSIDE, r <= SPOT, band, starts, sizes, own,
                   zones.T.copy())


def _blur(stack: np.ndarray, sigma: float) -> np.ndarray:
    """Each bubble of a stack blurred alike, as one tall picture: what leaks across the seams
    is at the patches' edges, past what is weighed."""
    n, h, w = stack.shape
    k = 2 * round(2.5 * sigma) + 1
    return cv2.GaussianBlur(stack.reshape(n * h, w), (k, k), sigma).reshape(n, h, w)


def _recentred(patch: np.ndarray, free: np.ndarray, s: _Shapes
               ) -> tuple[np.ndarray, np.ndarray, float, float]:
    """The bubble's patch (and its free mask) cut round where its printed ring is, how well a
    ring matched there, and how far (pixels) that is from where the bubble is read."""
    c = (patch.shape[0] - 1) // 2
    reach = c - s.crop
    look = patch[c - s.half - reach:c + s.half + reach + 1,
                 c - s.half - reach:c + s.half + reach + 1]
    score = cv2.matchTemplate(look, s.ring, cv2.TM_CCOEFF_NORMED)
    _lo, best, _at, (x, y) = cv2.minMaxLoc(score)
    dx, dy = (x - reach, y - reach) if best > 0.3 else (0, 0)  # no ring seen: stay put
    cut = (slice(c + dy - s.crop, c + dy + s.crop + 1), slice(c + dx - s.crop, c + dx + s.crop + 1))
    return patch[cut], free[cut], float(best), float(np.hypot(dx, dy))


def residuals(patches: Sequence[np.ndarray | None], frees: Sequence[np.ndarray | None],
              radius: float, groups: Sequence[str] | None = None) -> list[Residual | None]:
    """Every bubble of one page (patches of darkness centred on each, and where their
    surroundings are their own) against the page's empty bubble; none unless the page has a
    few bubbles, all measured alike. `groups` names each bubble's question: where a question's
    printed rings are not seen, its bubbles are `unseen`."""
    known = [(p, f) for p, f in zip(patches, frees, strict=True)
             if p is not None and f is not None]
    if (len(patches) < 4 or len(known) < len(patches) or radius <= 0
            or len({p.shape for p, _f in known}) != 1):
        return [None] * len(patches)
    s = _shapes(known[0][0].shape[0], radius)
    cut = [_recentred(p, f, s) for p, f in known]
    stack = np.stack([p for p, _f, _b, _m in cut])
    # Most bubbles on a page are empty: the lighter half's median is the empty bubble.
    order = np.argsort(stack[:, s.inside].mean(axis=1))
    empty = np.median(stack[order[:max(2, len(order) // 2)]], axis=0)
    above = stack - empty
    n = len(cut)
    ink = np.maximum(above[:, s.inside], 0).mean(axis=1)
    c, m = s.crop, int(np.ceil(SPOT * radius)) + 4
    middle = np.ascontiguousarray(above[:, c - m:c + m + 1, c - m:c + m + 1])
    spot = _blur(middle, max(0.6, 0.09 * radius))[:, s.spot[c - m:c + m + 1, c - m:c + m + 1]]
    spot = spot.max(axis=1)  # the darkest spot a dot's size
    soft = _blur(above, max(0.5, 0.06 * radius)).reshape(n, -1)[:, s.band]
    free = np.stack([f for _p, f, _b, _m in cut]).reshape(n, -1)[:, s.band] | s.own
    # Per slice round the ring, the darkest pixel this bubble's own (not a neighbour's).
    darkest = np.maximum.reduceat(np.where(free, soft, -1.0), s.starts, axis=1)
    mine = np.add.reduceat(free.astype(np.int32), s.starts, axis=1) >= OWN * s.sizes
    rounds = ((darkest >= ROUND_INK) & mine).sum(axis=1)
    ordered = np.sort(darkest, axis=1)
    faintest, middle_slice = ordered[:, 1], np.median(ordered, axis=1)
    pale = ((faintest - np.median(faintest) >= PALE_ALL)
            & (middle_slice - np.median(middle_slice) >= PALE_HALF))
    # Less the page's typical bubble: what a whole page's grain or blur adds to every one.
    ink_base, spot_base = float(np.median(ink)), float(np.median(spot))
    profile = empty.ravel() @ s.zones
    photo = float(profile.max() - profile[:3].min()) < SOFT_RING
    rings = [b for _p, _f, b, _m in cut]
    moved = [m / radius for _p, _f, _b, m in cut]
    unseen = [False] * n
    if groups is not None and photo:
        printed = (stack.reshape(n, -1) @ s.zones).max(axis=1)  # each ring's darkness
        unseen = _unseen(rings, printed, groups)
    # On a blurred photo a ring matches loosely all round: there `unseen` judges the question.
    astray = [not photo and b < HERE and _astray(p, s, radius)
              for (p, _f), b in zip(known, rings, strict=True)]
    return [Residual(float(i) - ink_base, float(p) - spot_base, int(k), b, u, photo,
                     bool(photo and faint), off, away)
            for i, p, k, b, u, faint, off, away in zip(ink, spot, rounds, rings, unseen, pale,
                                                       astray, moved, strict=True)]


def _astray(patch: np.ndarray, s: _Shapes, radius: float) -> bool:
    """Whether the bubble's printed ring is seen clearly ASTRAY or further from where it is
    read (the whole patch searched: about a radius each way)."""
    score = cv2.matchTemplate(patch, s.ring, cv2.TM_CCOEFF_NORMED)
    _lo, best, _at, (x, y) = cv2.minMaxLoc(score)
    c = (score.shape[0] - 1) / 2
    return best >= ASTRAY_MATCH and float(np.hypot(x - c, y - c)) >= ASTRAY * radius


def _unseen(rings: list[float], printed: np.ndarray, groups: Sequence[str]) -> list[bool]:
    """Per bubble, whether its question's rings (their median: a fill hides its own) match
    worse than RING_SEEN, or print paler than FADED of the page's."""
    by: dict[str, list[tuple[float, float]]] = {}
    for g, r, p in zip(groups, rings, printed, strict=True):
        by.setdefault(g, []).append((r, float(p)))
    faded = FADED * float(np.median(printed))
    low = {g: bool(np.median([r for r, _p in v]) < RING_SEEN
                   or np.median([p for _r, p in v]) < faded) for g, v in by.items()}
    return [low[g] for g in groups]
