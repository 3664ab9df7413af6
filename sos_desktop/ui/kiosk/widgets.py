"""Small building blocks: wrapped labels, check boxes with wrapping text, big buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QRadioButton, QWidget


def label(text: str = "", name: str = "body") -> QLabel:
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def button(text: str, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(text)
    if primary:
        widget.setObjectName("primary")
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


class _ClickLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicked.emit()
        event.accept()


class WrapCheck(QWidget):
    """A check box (or radio) whose label wraps: QCheckBox cuts long text off."""

    toggled = Signal(bool)

    def __init__(self, text: str = "", radio: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QRadioButton() if radio else QCheckBox()
        self.text_label = _ClickLabel()
        self.text_label.setWordWrap(True)
        self.text_label.clicked.connect(self.box.click)
        self.text_label.setBuddy(self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text_label, 1)
        self.box.toggled.connect(self.toggled)
        self.setFocusProxy(self.box)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.text_label.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        return self.text_label.text()

    def isChecked(self) -> bool:  # noqa: N802
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802
        self.box.setChecked(checked)
