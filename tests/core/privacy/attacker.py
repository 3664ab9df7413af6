"""What someone holding a copy of the data folder can read from the raw SQLite files.

No SQLite library: the files are read as bytes, the way a forensic tool would. Record ids are
UUID4 text, so every id in a page image is found with a pattern, and its place in the file
(WAL frame number, page, offset in the page) is all an attacker has to order records by.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
WAL_HEADER, FRAME_HEADER = 32, 24


def wal_first_seen(wal: Path) -> dict[str, int]:
    """Each id -> the number of the first WAL frame holding it (commit order)."""
    data = wal.read_bytes() if wal.exists() else b""
    if len(data) < WAL_HEADER:
        return {}
    page_size = struct.unpack(">I", data[8:12])[0]
    seen: dict[str, int] = {}
    frame, offset = 0, WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        page = data[offset + FRAME_HEADER: offset + FRAME_HEADER + page_size]
        for match in UUID.finditer(page):
            seen.setdefault(match.group().decode(), frame)
        frame, offset = frame + 1, offset + FRAME_HEADER + page_size
    return seen


def pair_by_commit_order(seen: dict[str, int], responses: list[str], signups: list[str]
                         ) -> dict[str, str]:
    """Guess each sign-up's response: the last response first seen before the sign-up."""
    guesses = {}
    for signup in signups:
        if signup not in seen:
            continue
        before = [r for r in responses if r in seen and seen[r] < seen[signup]]
        if before:
            guesses[signup] = max(before, key=lambda r: seen[r])
    return guesses


def page_positions(database: Path, ids: set[str]) -> dict[str, tuple[int, int]]:
    """Each id -> (page number, offset in the page) of its first cell in the main file."""
    data = database.read_bytes()
    page_size = struct.unpack(">H", data[16:18])[0] or 65536
    found: dict[str, tuple[int, int]] = {}
    for match in UUID.finditer(data):
        key = match.group().decode()
        if key in ids and key not in found:
            found[key] = divmod(match.start(), page_size)
    return found


def same_page_concordance(positions: dict[str, tuple[int, int]], order: list[str]
                          ) -> tuple[float, int]:
    """Of the pairs of records sharing a page, the share whose cell offsets follow the order
    they were written in (new cells go below older ones), and how many pairs there were.
    0.5 is chance; near 0 or 1 the layout tells the order."""
    rank = {key: i for i, key in enumerate(order)}
    agree = total = 0
    keys = [k for k in order if k in positions]
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if positions[a][0] == positions[b][0]:
                total += 1
                agree += (positions[a][1] > positions[b][1]) == (rank[a] < rank[b])
    return (agree / total if total else 0.5), total


def pairing_accuracy(guesses: dict[str, str], truth: dict[str, str]) -> float:
    return sum(guesses.get(s) == r for s, r in truth.items()) / len(truth)


def cells(database: Path, ids: set[str]) -> dict[int, dict[str, int]]:
    """Page number -> {id: offset of its lowest cell in that page} for every page holding an
    id of `ids` (a table, an index or the answers: any b-tree page)."""
    data = database.read_bytes()
    page_size = struct.unpack(">H", data[16:18])[0] or 65536
    pages: dict[int, dict[str, int]] = {}
    for match in UUID.finditer(data):
        key = match.group().decode()
        if key in ids:
            page, offset = divmod(match.start(), page_size)
            found = pages.setdefault(page, {})
            found[key] = min(offset, found.get(key, offset))
    return pages


def write_order_guess(database: Path, ids: list[str]) -> list[str]:
    """The write order (oldest first) as read off the page holding the most of `ids` (one
    index page, say): SQLite puts a new cell below the older cells of its page. Ids not on
    that page follow, each by its own page's layout."""
    pages = cells(database, set(ids))
    if not pages:
        return []
    best = max(pages.values(), key=len)
    order = sorted(best, key=lambda key: -best[key])
    rest = [k for k in ids if k not in best]
    first = {k: min((page, -found[k]) for page, found in pages.items() if k in found)
             for k in rest if any(k in found for found in pages.values())}
    return order + sorted(first, key=lambda k: first[k])


def pair_by_order(responses: list[str], signups: list[str]) -> dict[str, str]:
    """Each student answered, then signed up: pair the k-th response with the k-th sign-up."""
    return dict(zip(signups, responses, strict=False))
