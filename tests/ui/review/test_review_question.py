"""One uncertain question in the panel, decided by keyboard alone."""

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt

from sos_desktop.core.paper.review import ReviewQuestion
from sos_desktop.ui.review.question import QuestionPanel, suggestion

CROP = cv2.imencode(".png", np.full((60, 300), 230, np.uint8))[1].tobytes()
WHERE = ReviewQuestion("where", 3, "Where?", "two marks on a single-choice question", False,
                       (("hall", "Hallway"), ("door", "Entrance")), ("hall", "door"), (), CROP)
SUPPORT = ReviewQuestion("support", 4, "What support do you want?", "light or partial mark",
                         True, (("counselors", "Counselors"), ("social_workers", "Social workers"),
                                ("rj", "Restorative justice")), ("counselors",), ("rj",), CROP)


@pytest.fixture
def panel(qtbot):
    w = QuestionPanel()
    qtbot.addWidget(w)
    w.resize(900, 400)
    w.show()
    return w


def test_single_choice_by_number_arrows_and_blank(qtbot, panel):
    """A number picks, arrows move the pick, 0 is "leave blank", Enter confirms."""
    panel.show_question(WHERE, "Question 1 of 2", suggestion(WHERE))
    assert panel.chosen() is None  # two marks: nothing suggested
    assert panel.buttons[0].text() == "1   Hallway   (read as marked)"
    qtbot.keyClick(panel, Qt.Key.Key_2)
    assert panel.chosen() == ("door",)
    qtbot.keyClick(panel, Qt.Key.Key_Up)
    assert panel.chosen() == ("hall",)
    qtbot.keyClick(panel, Qt.Key.Key_0)
    assert panel.chosen() == ()
    with qtbot.waitSignal(panel.confirmed):
        qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert [b.text().split()[0] for b in panel.buttons] == ["1", "2", "0"]


def test_multiple_choice_keeps_several(qtbot, panel):
    """Clear marks are suggested; number keys and Space tick and untick; 0 clears them."""
    panel.show_question(SUPPORT, "Question 2 of 2", suggestion(SUPPORT))
    assert panel.chosen() == ("counselors",)
    assert panel.buttons[2].text().endswith("(light or crossed out)")
    qtbot.keyClick(panel, Qt.Key.Key_3)
    assert panel.chosen() == ("counselors", "rj")
    qtbot.keyClick(panel, Qt.Key.Key_Up)
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert panel.chosen() == ("counselors", "social_workers", "rj")
    qtbot.keyClick(panel, Qt.Key.Key_1)
    assert panel.chosen() == ("social_workers", "rj")
    qtbot.keyClick(panel, Qt.Key.Key_0)
    assert panel.chosen() == ()
