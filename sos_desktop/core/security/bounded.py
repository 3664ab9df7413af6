"""Untrusted zip files (bundles, XLSForm workbooks) and JSON read within limits.

A 3 MB file must not become 3 GB in memory, nor deep JSON a RecursionError. Sizes come from
the zip's central directory, are checked before anything is inflated, and reading stops at the
declared size anyway (so a lying header gains nothing).
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code, Message

MiB = 1 << 20


class TooLarge(SosError):
    """A file over the app's limits; nothing was read into the database."""


@dataclass(frozen=True)
class ZipLimits:
    file_bytes: int  # the zip on disk
    member_bytes: int  # one inflated member
    total_bytes: int  # all members inflated
    ratio: int  # inflated / compressed, for members over 1 MiB inflated
    members: int


# A bundle's merge holds its parsed records (4-5 bytes of memory per byte of JSONL, with the
# merge): 64 MiB of records cost about 350 MB at most (benchmarks/bundle_memory.py). That
# is 40,000 sign-ups or 150,000 responses in one bundle; `bundle export --new` sends less.
BUNDLE_LIMITS = ZipLimits(file_bytes=64 * MiB, member_bytes=48 * MiB,
                          total_bytes=64 * MiB, ratio=100, members=16)
XLSX_LIMITS = ZipLimits(file_bytes=20 * MiB, member_bytes=100 * MiB, total_bytes=200 * MiB,
                        ratio=100, members=200)


def check_zip(archive: zipfile.ZipFile, path: Path, limits: ZipLimits, what: Message) -> None:
    """Refuse a zip whose central directory announces more than the limits allow. `what`:
    Code.KIND_BUNDLE() or Code.KIND_WORKBOOK(), to name the file in the message."""
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise TooLarge(Code.ZIP_FILE_TOO_BIG(what=what, path=path, size=size // MiB,
                                             limit=limits.file_bytes // MiB))
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise TooLarge(Code.ZIP_TOO_MANY_FILES(what=what, path=path, count=len(infos),
                                               most=limits.members))
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.member_bytes or total > limits.total_bytes:
            raise TooLarge(Code.ZIP_MEMBER_TOO_BIG(
                what=what, path=path, member=info.filename, size=info.file_size // MiB,
                limit=limits.member_bytes // MiB, total=limits.total_bytes // MiB))
        if info.file_size > MiB and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise TooLarge(Code.ZIP_BOMB(what=what, path=path, member=info.filename,
                                         ratio=info.file_size // max(info.compress_size, 1)))


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A member's bytes, never more than its declared size nor `limit`."""
    info = archive.getinfo(name)
    cap = min(info.file_size, limit)
    with archive.open(info) as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise TooLarge(Code.ZIP_MEMBER_LARGER(member=name, limit=limit // MiB))
    return data


def loads(text: str | bytes, where: str) -> Any:
    """json.loads that turns hostile nesting into a message instead of a RecursionError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise TooLarge(Code.JSON_TOO_DEEP(where=where)) from None
