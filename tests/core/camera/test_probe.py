"""The camera chooser's list: cheap, names from the system, metadata nodes left out."""

from sos_desktop.core.camera.probe import CameraInfo, list_cameras


def _node(sysfs, number, name, index="0"):
    node = sysfs / f"video{number}"
    node.mkdir(parents=True)
    (node / "name").write_text(name + "\n")
    (node / "index").write_text(index + "\n")


def test_linux_cameras_come_from_sysfs(tmp_path):
    """Each capture node is one camera with its name; a webcam's metadata node is not."""
    _node(tmp_path, 0, "Integrated Webcam")
    _node(tmp_path, 1, "Integrated Webcam", index="1")
    _node(tmp_path, 2, "USB Camera")
    assert list_cameras(sysfs=tmp_path) == [
        CameraInfo(0, "Camera 1: Integrated Webcam"), CameraInfo(2, "Camera 2: USB Camera")]


def test_no_camera_is_an_empty_list(tmp_path):
    assert list_cameras(sysfs=tmp_path / "video4linux") == []
    assert list_cameras(opens=lambda index: False) == []


def test_other_systems_try_indices_until_one_fails():
    """Without sysfs the indices are opened in order, stopping at the first failure."""
    tried = []

    def opens(index):
        tried.append(index)
        return index < 2

    assert list_cameras(opens=opens) == [CameraInfo(0, "Camera 1"), CameraInfo(1, "Camera 2")]
    assert tried == [0, 1, 2]
