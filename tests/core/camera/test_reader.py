"""Frames read off the calling thread: stale camera frames dropped, recorded ones all kept."""

import threading

import numpy as np
import pytest

from sos_desktop.core.camera.reader import FrameFailed, FrameLoop, FrameReader
from sos_desktop.core.camera.sources import CameraUnavailable, FileSequenceSource
from sos_desktop.core.messages import Code


class ScriptedSource:
    """A source giving frames 0..n-1 (each frame's pixels hold its number)."""

    def __init__(self, n, live, fail_open=None, gate=None, hold_end=None):
        self.name, self.live, self.n, self.i = "scripted", live, n, 0
        self.fail_open, self.gate, self.closed = fail_open, gate, False
        self.hold_end, self.all_read = hold_end, threading.Event()

    def open(self):
        if self.fail_open:
            raise self.fail_open

    def read(self):
        if self.gate is not None:
            self.gate.wait()
        if self.i >= self.n:
            self.all_read.set()
            if self.hold_end is not None:
                self.hold_end.wait()
            return None
        self.i += 1
        return np.full((4, 4, 3), self.i - 1, np.uint8)

    def close(self):
        self.closed = True


def run_loop(source, process=lambda f: int(f[0, 0, 0])):
    results, errors, ended = [], [], threading.Event()
    loop = FrameLoop(source, process, lambda frame, r: results.append(r),
                     lambda message: (errors.append(message), ended.set()), ended.set)
    loop.start()
    assert ended.wait(10)
    loop.stop()
    return results, errors


def test_recorded_frames_are_all_processed_in_order():
    """A recorded source loses no frame even when processing is slower than reading."""
    results, errors = run_loop(ScriptedSource(50, live=False))
    assert results == list(range(50)) and errors == []


def test_folder_of_frames_goes_through_the_same_loop(tmp_path):
    import cv2

    for i in range(3):
        cv2.imwrite(str(tmp_path / f"{i:03}.png"), np.full((8, 8, 3), i * 50, np.uint8))
    results, errors = run_loop(FileSequenceSource(tmp_path))
    assert results == [0, 50, 100] and errors == []


def test_live_frames_keep_only_the_newest():
    """While nobody takes frames, a camera's older frames are dropped; the newest waits."""
    hold_end = threading.Event()
    source = ScriptedSource(30, live=True, hold_end=hold_end)
    reader = FrameReader(source)
    reader.start()
    assert source.all_read.wait(5)  # thirty frames came while nobody took one
    assert int(reader.get(timeout=1)[0, 0, 0]) == 29 and reader.dropped == 29
    hold_end.set()
    assert reader.get(timeout=2) is None and source.closed


def test_a_camera_that_cannot_open_reaches_on_error():
    busy = CameraUnavailable(Code.CAMERA_BUSY(camera="Camera 1"))
    results, errors = run_loop(ScriptedSource(5, live=True, fail_open=busy))
    assert results == [] and errors == [str(busy)]


def test_a_processing_failure_on_one_frame_is_reported_and_the_frames_go_on():
    def process(frame):
        if int(frame[0, 0, 0]) == 1:
            raise ValueError("bad frame")
        return int(frame[0, 0, 0])

    results, errors = run_loop(ScriptedSource(3, live=False), process)
    assert errors == [] and results[0] == 0 and results[2] == 2
    assert isinstance(results[1], FrameFailed) and results[1].reason.code is Code.PAGE_FAILED
    assert "bad frame" in str(results[1].reason)


def test_stop_returns_while_the_source_waits():
    """Stopping a loop whose camera is still streaming ends both threads."""
    gate = threading.Event()
    gate.set()
    source = ScriptedSource(10**9, live=True, gate=gate)
    loop = FrameLoop(source, lambda f: None, lambda f, r: None, lambda m: None, lambda: None)
    loop.start()
    loop.stop()
    assert not loop.running and not loop.reader._thread.is_alive() and source.closed


@pytest.mark.parametrize("live", [True, False])
def test_end_is_seen_by_every_later_get(live):
    reader = FrameReader(ScriptedSource(0, live=live))
    reader.start()
    assert reader.get(timeout=2) is None and reader.get(timeout=2) is None
