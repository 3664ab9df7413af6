"""The Team laptops dialog: lays out TeamLaptops (laptops.py), redrawn after each action."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sos_desktop.i18n import tr
from sos_desktop.ui.exports.entries import menu_path
from sos_desktop.ui.exports.laptops import TeamLaptops


class LaptopsDialog(QDialog):
    def __init__(self, team: TeamLaptops, parent=None) -> None:
        super().__init__(parent)
        self.team = team
        self.setWindowTitle(tr("Team laptops"))
        self.setMinimumWidth(720)
        organizer = team.is_organizer()
        intro = QLabel((tr(
            "Bundles are merged here only from the laptops registered below: each signs its "
            "bundles with its own key. To add one, save its key card on that laptop "
            "({menu_item} there) and register the card here. Revoke a lost laptop: its "
            "bundles are refused from then on.") if organizer else tr(
            "The organizer merges this laptop's bundles once it is registered: save its key "
            "card, carry it to the organizer's laptop and register it there ({menu_item})."))
            .format(menu_item=menu_path("team_laptops")))
        intro.setWordWrap(True)
        mine = team.my_fingerprint()
        self.mine = QLabel(tr("This laptop signs its bundles with key {fingerprint}.").format(
            fingerprint=mine) if mine else "")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Laptop"), tr("Key"), tr("Registered"),
                                              tr("Bundles merged"), tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.register = QPushButton(tr("&Register a laptop…"))
        self.revoke = QPushButton(tr("Re&voke…"))
        self.card = QPushButton(tr("&Save this laptop's key card…"))
        self.register.clicked.connect(self._register)
        self.revoke.clicked.connect(self._revoke)
        self.card.clicked.connect(self.team.save_card)
        self.new_key = QPushButton(tr("Save a card with a &new key…"))
        self.new_key.clicked.connect(self._new_key)
        self.table.itemSelectionChanged.connect(self._selection)
        actions = QHBoxLayout()
        for button in (self.register, self.revoke):
            button.setVisible(organizer)
            actions.addWidget(button)
        actions.addStretch(1)
        own = QHBoxLayout()  # this laptop's card: a row of its own (Spanish runs long)
        own.addWidget(self.card)
        own.addWidget(self.new_key)
        own.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.mine)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(own)
        if not organizer:  # no table: the labels and buttons stay at the top
            layout.addStretch(1)
        layout.addWidget(close)
        self.table.setVisible(organizer)
        self.reload()

    def reload(self) -> None:
        self.rows = self.team.laptops()
        self.table.setRowCount(len(self.rows))
        for i, laptop in enumerate(self.rows):
            state = (tr("Revoked {time}").format(time=str(laptop.revoked_at)[:16])
                     if laptop.revoked else tr("Accepted"))
            for j, text in enumerate((laptop.name, laptop.fingerprint,
                                      str(laptop.registered_at)[:16], str(laptop.bundles),
                                      state)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self._selection()

    def _selected(self):
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.rows[min(rows)] if rows else None

    def _selection(self) -> None:
        laptop = self._selected()
        self.revoke.setEnabled(laptop is not None and not laptop.revoked)

    def _new_key(self) -> None:
        if self.team.save_card_with_new_key():
            mine = self.team.my_fingerprint()
            self.mine.setText(tr("This laptop signs its bundles with key {fingerprint}.").format(
                fingerprint=mine))

    def _register(self) -> None:
        if self.team.register():
            self.reload()

    def _revoke(self) -> None:
        laptop = self._selected()
        if laptop is not None and self.team.revoke(laptop):
            self.reload()
