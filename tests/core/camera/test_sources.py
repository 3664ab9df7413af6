"""Frame sources: recorded frames in order, and clear messages for cameras that cannot be used."""

import cv2
import numpy as np
import pytest

from sos_desktop.core.camera.sources import (
    CameraSource,
    CameraUnavailable,
    FileSequenceSource,
    FrameSourceError,
)
from sos_desktop.core.messages import Code


def frame(value: int, size=(48, 64)) -> np.ndarray:
    return np.full((*size, 3), value, np.uint8)


def read_all(source) -> list[np.ndarray]:
    source.open()
    frames = []
    while (f := source.read()) is not None:
        frames.append(f)
    source.close()
    return frames


def test_folder_frames_come_in_name_order(tmp_path):
    """PNG and JPEG frames of a folder are read in name order; other files are ignored."""
    cv2.imwrite(str(tmp_path / "002.png"), frame(200))
    cv2.imwrite(str(tmp_path / "001.jpg"), frame(100))
    (tmp_path / "notes.txt").write_text("not a frame")
    frames = read_all(FileSequenceSource(tmp_path))
    assert [int(f.mean()) for f in frames] in ([100, 200], [99, 200], [101, 200])
    assert frames[1].shape == (48, 64, 3) and frames[1].dtype == np.uint8


def test_video_file_frames(tmp_path):
    """A recorded video gives each of its frames, then the end."""
    path = tmp_path / "class.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (64, 48))
    for value in (0, 80, 160):
        writer.write(frame(value))
    writer.release()
    assert len(read_all(FileSequenceSource(path))) == 3


def test_bad_recordings_are_named(tmp_path):
    """An empty folder, a missing path, a broken image or video: the message names the file."""
    with pytest.raises(FrameSourceError) as empty:
        FileSequenceSource(tmp_path).open()
    assert empty.value.message == Code.FRAMES_NO_IMAGES(path=tmp_path)
    with pytest.raises(FrameSourceError) as missing:
        FileSequenceSource(tmp_path / "missing").open()
    assert missing.value.message == Code.FRAMES_MISSING(path=tmp_path / "missing")
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    source = FileSequenceSource(tmp_path)
    source.open()
    with pytest.raises(FrameSourceError) as broken:
        source.read()
    assert broken.value.message == Code.FRAME_UNREADABLE(path=tmp_path / "broken.png")
    (tmp_path / "clip.mp4").write_bytes(b"not a video")
    with pytest.raises(FrameSourceError) as clip:
        FileSequenceSource(tmp_path / "clip.mp4").open()
    assert clip.value.message == Code.FRAMES_NOT_VIDEO(path=tmp_path / "clip.mp4")


class FakeCapture:
    """cv2.VideoCapture's surface, scripted: opens or not, then a list of read results."""

    def __init__(self, opened=True, reads=(), sizes=((1280, 720),)):
        self.opened, self.reads, self.released, self.props = opened, list(reads), False, {}
        self.sizes, self.asked = sizes, []  # the sizes this camera can give

    def get(self, prop):
        width, height = self.props.get(cv2.CAP_PROP_FRAME_WIDTH), self.props.get(
            cv2.CAP_PROP_FRAME_HEIGHT)
        size = (width, height) if (width, height) in self.sizes else self.sizes[-1]
        return size[0] if prop == cv2.CAP_PROP_FRAME_WIDTH else size[1]

    def isOpened(self):
        return self.opened

    def set(self, prop, value):
        self.props[prop] = value
        if prop == cv2.CAP_PROP_FRAME_HEIGHT:
            self.asked.append((self.props[cv2.CAP_PROP_FRAME_WIDTH], value))

    def read(self):
        return self.reads.pop(0) if self.reads else (False, None)

    def release(self):
        self.released = True


def test_camera_that_is_absent_or_busy_says_so():
    """No device: "no camera found"; a device that will not open or give a picture: busy."""
    absent = CameraSource(3, capture_factory=lambda i: FakeCapture(False), exists=lambda i: False)
    with pytest.raises(CameraUnavailable) as gone:
        absent.open()
    assert gone.value.message == Code.CAMERA_MISSING(camera="Camera 4")
    locked = CameraSource(0, capture_factory=lambda i: FakeCapture(False), exists=lambda i: True)
    with pytest.raises(CameraUnavailable) as shut:
        locked.open()
    assert shut.value.message == Code.CAMERA_NOT_OPENED(camera="Camera 1")
    capture = FakeCapture(True, [(False, None)])
    silent = CameraSource(0, "Camera 1: USB", capture_factory=lambda i: capture)
    with pytest.raises(CameraUnavailable) as busy:
        silent.open()
    assert busy.value.message == Code.CAMERA_BUSY(camera="Camera 1: USB")
    assert capture.released


def test_camera_asks_for_its_best_size_and_reports_a_camera_that_stops():
    """A 720p webcam is asked MJPG at 1080p, then 720p, and keeps 720p; twenty failed reads in
    a row end it with a message."""
    capture = FakeCapture(True, [(True, frame(1, (720, 1280))), (True, frame(2))])
    camera = CameraSource(0, capture_factory=lambda i: capture)
    camera.open()
    assert capture.asked == [(1920, 1080), (1280, 720)]
    assert capture.props[cv2.CAP_PROP_FOURCC] == cv2.VideoWriter_fourcc(*"MJPG")
    assert camera.size == (1280, 720)
    assert int(camera.read().mean()) == 2
    with pytest.raises(CameraUnavailable) as stopped:
        camera.read()
    assert stopped.value.message == Code.CAMERA_STOPPED(camera="Camera 1")
    camera.close()
    assert capture.released and camera.read() is None


def test_a_full_hd_camera_keeps_1080p():
    capture = FakeCapture(True, [(True, frame(1, (1080, 1920)))],
                          sizes=((1280, 720), (1920, 1080)))
    camera = CameraSource(0, capture_factory=lambda i: capture)
    camera.open()
    assert capture.asked == [(1920, 1080)] and camera.size == (1920, 1080)


def test_frames_named_with_numbers_come_in_number_order(tmp_path):
    for n in (10, 2, 1):
        cv2.imwrite(str(tmp_path / f"frame{n}.png"), frame(n * 10))
    assert [int(f.mean()) for f in read_all(FileSequenceSource(tmp_path))] == [10, 20, 100]
