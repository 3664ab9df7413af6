"""Export → bundles between the team's laptops: make one, merge one, the records that came in
different from ours, and the team laptops allowed to send them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sos_desktop.core.errors import SosError
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.ui.exports.base import SyncBase
from sos_desktop.ui.exports.entries import menu_path

SHOWN_CONFLICTS = 15  # a long list is cut, with a count of the rest

# What a bundle carries, by table (core/bundles/format.py TABLES), for the conflicts list.
TABLE_NAMES = {
    "survey_definitions": QT_TR_NOOP("surveys"),
    "visits": QT_TR_NOOP("visits"),
    "survey_responses": QT_TR_NOOP("survey answers"),
    "signups": QT_TR_NOOP("sign-ups"),
}


def _table(name: str) -> str:
    return tr(TABLE_NAMES[name]) if name in TABLE_NAMES else name


def _bundle() -> str:
    return tr("SOS bundle ({pattern})").format(pattern="*.sosbundle")


class Bundles(SyncBase):
    def export_bundle(self) -> None:
        from sos_desktop.core.bundles.export import export_bundle

        suggested = f"sos-{date.today().isoformat()}.sosbundle"
        path = self.view.ask_save_path(tr("Bundle"), suggested, _bundle())
        if path is not None:
            self._run(tr("Writing the bundle…"), lambda _p: export_bundle(self.db, path),
                      lambda r: tr("Wrote %n record(s) to {path}.", None,
                                   sum(r.counts.values())).format(path=r.path))

    def import_bundle(self) -> None:
        path = self.view.ask_open_path(tr("Merge a bundle"), _bundle())
        if path is None or not self.unlocked():
            return

        def done(r) -> str:
            if r.already_imported and not r.changed:
                return tr("This bundle was already merged; nothing changed.")
            conflicts = sum(r.conflicts.values())
            text = tr("From laptop {name} (key {fingerprint}).").format(
                name=r.laptop_name, fingerprint=r.laptop_fingerprint) + " "
            text += tr("Merged: %n new record(s), {unchanged} already here, {conflicts}", None,
                       sum(r.added.values())).format(
                unchanged=sum(r.unchanged.values()),
                conflicts=tr("%n conflict(s)", None, conflicts))
            if conflicts:
                return text + " " + tr("(both versions kept; see {menu_item}).").format(
                    menu_item=menu_path("show_conflicts"))
            return text + "."

        self._run(tr("Merging the bundle…"), lambda _p: self._merge(path), done)

    def _merge(self, path: Path):
        """import_bundle, its signer refusals said with the menu item instead of commands."""
        from sos_desktop.core.bundles import format as bf
        from sos_desktop.core.bundles.merge import import_bundle

        item = menu_path("team_laptops")
        try:
            return import_bundle(self.db, path)
        except bf.UnknownLaptop as exc:
            raise SosError(tr("Nothing was merged: this bundle is signed by laptop {name} with "
                              "key {fingerprint}, which is not registered here. If it is one "
                              "of your team laptops, save its key card there and register it "
                              "here ({menu_item}).").format(
                name=exc.name, fingerprint=exc.fingerprint, menu_item=item)) from exc
        except bf.RevokedLaptop as exc:
            raise SosError(tr("Nothing was merged: this bundle is signed by laptop {name} (key "
                              "{fingerprint}), which was revoked ({menu_item}).").format(
                name=exc.name, fingerprint=exc.fingerprint, menu_item=item)) from exc
        except bf.OldBundle as exc:
            raise SosError(tr("Nothing was merged: this bundle was made by an older SOS Desktop "
                              "with the shared key that is no longer accepted. Update SOS "
                              "Desktop on that laptop, register it ({menu_item}) and make the "
                              "bundle again.").format(menu_item=item)) from exc

    def team_laptops(self) -> None:
        """Which laptops may send bundles here, and this laptop's own key card."""
        from sos_desktop.ui.exports.laptops import TeamLaptops

        self.view.show_laptops(TeamLaptops(self))

    def show_conflicts(self) -> None:
        """The records bundles brought in different from ours (ours stay in use)."""
        from sos_desktop.core.bundles.merge import unresolved_conflicts

        rows = unresolved_conflicts(self.db)
        if not rows:
            self.view.show_message(tr("No conflicts: every merged record matched ours."))
            return
        tables: dict[str, int] = {}
        for _created, table, _record, _bundle in rows:
            tables[table] = tables.get(table, 0) + 1
        lines = [tr("{table}: %n record(s)", None, n).format(table=_table(table))
                 for table, n in sorted(tables.items())]
        lines += [tr("{created}  {table}  {record}  from bundle {bundle}").format(
                      created=created[:16], table=_table(table), record=record[:8],
                      bundle=bundle[:8])
                  for created, table, record, bundle in rows[:SHOWN_CONFLICTS]]
        if len(rows) > SHOWN_CONFLICTS:
            lines.append(tr("… and {count} more").format(count=len(rows) - SHOWN_CONFLICTS))
        self.view.show_message(tr("Records that came in from another laptop different from "
                                  "ours. Ours stay in use; theirs are kept beside them.")
                               + "\n\n" + "\n".join(lines))
