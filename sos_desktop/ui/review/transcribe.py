"""Type up writing boxes: each box's image, the organizer types what it says, the image goes.

Handwriting can identify a student, so a box image is shown only here, on the laptop's own
screen: the window opens there and hides the image if it is moved onto the projector.
Enter saves (Shift+Enter starts a new line); Ctrl+Delete records "nothing written or
unreadable" (the image is deleted, no answer stored); PageDown leaves a box for later.
Boxes saved here go to "Done this session": clicking one (Ctrl+Z for the last) shows its image
again, kept in memory only until the window closes, and what is typed then replaces the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.errors import InvalidInput, SosError
from sos_desktop.core.paper.redo import retype_transcription
from sos_desktop.core.paper.review import (
    Transcription,
    pending_transcriptions,
    save_transcription,
)
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.ui.review.window import STYLE
from sos_desktop.words.errors import in_our_words
from sos_desktop.words.problems import reason

HIDDEN_ON_PROJECTOR = QT_TR_NOOP("The handwriting is hidden on this screen: it is shown only "
                                 "on the laptop's own screen, never on the projector.")


@dataclass
class DoneBox:
    """A box typed (or found empty) in this window, with its image kept in memory."""

    item: Transcription
    text: str  # "" = nothing written


class _TextBox(QPlainTextEdit):
    """Enter saves, Shift+Enter is a new line; Ctrl+Del (which the box would take as "delete
    word") records the box as nothing written; Ctrl+Z undoes typing, then reopens a box."""

    submitted = Signal()
    discarded = Signal()
    undo_box = Signal()  # Ctrl+Z with no typing left to undo: reopen the last box done

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        if event.key() == Qt.Key.Key_Delete and ctrl:
            self.discarded.emit()
            return
        if event.key() == Qt.Key.Key_Z and ctrl and not self.document().isUndoAvailable():
            self.undo_box.emit()
            return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class TranscriptionWindow(QWidget):
    saved = Signal()

    def __init__(self, db: Database, visit_names: Callable[[str], str] = str,
                 on_projector: Callable[[QWidget], bool] = lambda w: False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.visit_names, self._on_projector = db, visit_names, on_projector
        self.setObjectName("review")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(tr("Type up writing boxes"))
        self.items: list[Transcription] = []
        self.index = 0
        self.done: list[DoneBox] = []
        self.reopened: int | None = None  # index in `done` while a done box is retyped

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.position = QLabel()
        self.position.setObjectName("position")
        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.image = QLabel()
        self.image.setObjectName("crop")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setMinimumHeight(160)
        self.image.setAccessibleName(tr("The writing box as written"))
        self.text = _TextBox()
        self.text.setAccessibleName(tr("What it says"))
        self.text.setPlaceholderText(tr("Type exactly what it says. Leave out anything that "
                                        "names a person."))
        self.text.setFixedHeight(110)
        self.text.setStyleSheet("font-size: 18px;")
        self.text.submitted.connect(self.save)
        self.text.discarded.connect(self.nothing_written)
        self.text.undo_box.connect(lambda: self.reopen(len(self.done) - 1))
        self.limit = QLabel()
        self.limit.setObjectName("hint")
        save = QPushButton(tr("Save and next (Enter)"))
        save.setObjectName("primary")
        save.clicked.connect(self.save)
        nothing = QPushButton(tr("Nothing written or unreadable (Ctrl+Del)"))
        nothing.clicked.connect(self.nothing_written)
        later = QPushButton(tr("Later (PageDown)"))
        later.clicked.connect(self.later)
        # Two rows: the three buttons side by side (with the limit) are wider than the
        # laptop's screen in a language ~30% longer than English (issue 19).
        buttons = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.limit, 1)
        first.addWidget(save)
        second.addStretch(1)
        second.addWidget(later)
        second.addWidget(nothing)
        buttons.addLayout(first)
        buttons.addLayout(second)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.position)
        column.addWidget(self.question)
        column.addWidget(self.image, 1)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.empty = QLabel(tr("No writing box waits to be typed up.\n\nThe boxes of a sheet "
                               "waiting for review come here once it is reviewed. Esc closes "
                               "this window."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty)
        self.page = page

        done_heading = QLabel(tr("Done this session (click to change)"))
        done_heading.setObjectName("subheading")
        done_heading.setWordWrap(True)
        self.done_list = QListWidget()
        self.done_list.setAccessibleName(tr("Done this session"))
        self.done_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_list.setWordWrap(True)
        self.done_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.done_list.itemClicked.connect(lambda it: self.reopen(self.done_list.row(it)))
        side_box = QWidget()
        side_box.setFixedWidth(270)  # heading and hint wrap within the list's width
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(done_heading)
        side.addWidget(self.done_list, 1)
        hint = QLabel(tr("Ctrl+Z: change the last box done"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        side.addWidget(hint)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(self.stack, 1)
        body.addWidget(side_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence("Ctrl+Z"), self, lambda: self.reopen(len(self.done) - 1))
        QShortcut(QKeySequence("Esc"), self, self.close)
        QShortcut(QKeySequence("Ctrl+Del"), self, self.nothing_written)
        QShortcut(QKeySequence("PgDown"), self, self.later)
        self._pixmap = QPixmap()
        self.reload()

    def reload(self) -> None:
        self.items = pending_transcriptions(self.db)
        self.index = min(self.index, max(0, len(self.items) - 1))
        self.reopened = None
        self._show()

    @property
    def current(self) -> Transcription | None:
        if self.reopened is not None:
            return self.done[self.reopened].item
        return self.items[self.index] if self.items else None

    def _fill_done(self) -> None:
        self.done_list.clear()
        for box in self.done:
            said = box.text.replace("\n", " ")
            said = f"“{said[:60]}…”" if len(said) > 60 else f"“{said}”" if said else tr(
                "nothing written")
            self.done_list.addItem(f"✓ {box.item.label}\n{said}")
        if self.reopened is not None:
            self.done_list.setCurrentRow(self.reopened)

    def _show(self) -> None:
        n = len(self.items)
        self.heading.setText(tr("Writing boxes to type up: {count}").format(count=n))
        self._fill_done()
        item = self.current
        if item is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.page)
        if self.reopened is not None:
            self.position.setText(tr("Changing a box done · {visit} · PageDown goes back to "
                                     "the queue").format(visit=self.visit_names(item.visit_id)))
        else:
            self.position.setText(tr("Box {box} of {boxes} · {visit}").format(
                box=self.index + 1, boxes=n, visit=self.visit_names(item.visit_id)))
        self.question.setText(item.label)
        self.limit.setText(tr("Up to {count} characters.").format(count=item.max_length)
                           if item.max_length else "")
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(item.png, "PNG")
        self._fit_image()
        self.text.setPlainText(self.done[self.reopened].text if self.reopened is not None
                               else "")  # also empties the box's own undo
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            self._problem(tr("Type what the box says, or choose “Nothing written or "
                             "unreadable”."))
            return
        self._store(text, tr("✓ Saved. Ctrl+Z reopens it until this window closes."))

    def nothing_written(self) -> None:
        if self.current is not None:
            self._store("", tr("✓ Recorded as nothing written. Ctrl+Z brings the box back."))

    def later(self) -> None:
        if self.reopened is not None:  # back to the queue where it was
            self.reopened = None
        elif self.items:
            self.index = (self.index + 1) % len(self.items)
        self.status.setText("")
        self._show()

    def reopen(self, index: int) -> None:
        """Show a box done in this window again, with what was typed, to change it."""
        if 0 <= index < len(self.done):
            self.reopened = index
            self.status.setText("")
            self._show()

    def _store(self, text: str, done: str) -> None:
        item = self.current
        if item is None:
            return
        try:
            if self.reopened is not None:
                retype_transcription(self.db, item.response_id, item.question_key, text)
            else:
                save_transcription(self.db, item.image_id, text)
        except InvalidInput as exc:
            self._problem(tr("Not saved: {reasons}").format(
                reasons="; ".join(reason(p) for p in exc.problems)))
            return
        except SosError as exc:
            self._problem(tr("Not saved: {reasons}").format(reasons=in_our_words(exc)))
            return
        if self.reopened is not None:
            self.done[self.reopened].text = text
            self.reopened = None
            done = tr("✓ Changed; the new text replaces the old.")
        else:
            self.done.append(DoneBox(item, text))
            del self.items[self.index]
            self.index = min(self.index, max(0, len(self.items) - 1))
        self.status.setStyleSheet("color: #1b873f;")
        self.status.setText(done)
        self.saved.emit()
        self._show()

    def _problem(self, message: str) -> None:
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(message)

    # --- the image, never on the projector ---------------------------------------------------
    def _fit_image(self) -> None:
        if self._on_projector(self):
            self.image.setPixmap(QPixmap())
            self.image.setText(tr(HIDDEN_ON_PROJECTOR))
            return
        if self._pixmap.isNull():
            self.image.setText(tr("(no picture of this box)"))
            return
        size = self.image.size()
        self.image.setPixmap(self._pixmap.scaled(
            size.width(), size.height(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_image()

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self._fit_image()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not getattr(self, "_watching_screen", False):
            handle.screenChanged.connect(lambda _screen: self._fit_image())
            self._watching_screen = True
        self._fit_image()
