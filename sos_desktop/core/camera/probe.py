"""Which cameras this laptop has, found cheaply enough to list when the Scan window opens.

On Linux the kernel lists video devices in sysfs with their names: nothing is opened. A webcam
also shows metadata nodes (`index` ≠ 0) that give no picture; those are left out. Elsewhere the
indices are tried in order with OpenCV, stopping at the first that does not open.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SYSFS = Path("/sys/class/video4linux")
MAX_CAMERAS = 8


@dataclass(frozen=True)
class CameraInfo:
    index: int
    label: str  # what the chooser shows, e.g. "Camera 1: Integrated Webcam"
    # The label's parts, for a window that words it in its own language (the label is the same).
    number: int = field(default=0, compare=False)
    name: str = field(default="", compare=False)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _from_sysfs(sysfs: Path, limit: int) -> list[CameraInfo]:
    found = []
    for node in sysfs.glob("video*"):
        suffix = node.name.removeprefix("video")
        if not suffix.isdigit() or int(suffix) >= limit:
            continue
        if _read(node / "index") not in ("", "0"):
            continue  # a second node of the same camera (metadata), no picture
        found.append(int(suffix))
    cameras = []
    for number, index in enumerate(sorted(found), start=1):
        name = _read(sysfs / f"video{index}" / "name")
        label = f"Camera {number}: {name}" if name else f"Camera {number}"
        cameras.append(CameraInfo(index, label, number, name))
    return cameras


def _by_opening(opens: Callable[[int], bool], limit: int) -> list[CameraInfo]:
    cameras = []
    for index in range(limit):
        if not opens(index):
            break
        cameras.append(CameraInfo(index, f"Camera {index + 1}", index + 1))
    return cameras


def _opencv_opens(index: int) -> bool:
    import cv2

    from sos_desktop.core.camera.sources import quiet_opencv

    quiet_opencv()
    capture = cv2.VideoCapture(index)
    try:
        return bool(capture.isOpened())
    finally:
        capture.release()


def list_cameras(limit: int = MAX_CAMERAS, sysfs: Path | None = None,
                 opens: Callable[[int], bool] | None = None) -> list[CameraInfo]:
    """The cameras found, first (usually the built-in one) first; [] when there is none."""
    if sysfs is None and opens is None and sys.platform.startswith("linux"):
        sysfs = SYSFS
    if sysfs is not None:
        return _from_sysfs(sysfs, limit) if sysfs.is_dir() else []
    return _by_opening(opens or _opencv_opens, limit)
