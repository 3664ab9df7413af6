"""Ensure the first window stays quick: opening it loads no ORM, YAML, PDF or migration code,
no key code (Argon2), no dialog it does not show, no export, deck, backup-restoring or
projector code."""

import json
import subprocess
import sys

SHOW_AND_QUIT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from sos_desktop.ui import app as appmod
make = appmod.make_app
def make_and_quit(*args, **kwargs):
    application = make(*args, **kwargs)
    QTimer.singleShot(0, application.quit)
    return application
appmod.make_app = make_and_quit
code = appmod.run_app(sys.argv[1])
heavy = ("sqlalchemy", "alembic", "yaml", "reportlab", "openpyxl", "email_validator",
         "phonenumbers", "cv2", "numpy", "nacl", "sos_desktop.core.security.keys",
         "sos_desktop.core.storage.outputs", "sos_desktop.core.decks", "sos_desktop.core.exports",
         "sos_desktop.ui.settings.dialog", "sos_desktop.ui.kiosk.pin_dialog",
         "sos_desktop.ui.visits.dialog", "sos_desktop.ui.wheel_guard",
         "sos_desktop.ui.backups.restore_dialog", "sos_desktop.ui.file_dialogs",
         "sos_desktop.core.backups.contents", "sos_desktop.core.backups.restore",
         "sos_desktop.ui.presentation.placement")
print(json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules]}))
"""


def test_main_window_start_loads_nothing_heavy(tmp_path):
    from sos_desktop.core.storage.store import open_database
    from sos_desktop.core.visits.store import create_visit

    create_visit(open_database(tmp_path), {"school": "S", "group_name": "G",
                                           "visit_date": "2026-10-14"})
    (tmp_path / "pending-outputs").mkdir()  # left empty by an older version's export
    out = subprocess.run([sys.executable, "-c", SHOW_AND_QUIT, str(tmp_path)],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result == {"code": 0, "loaded": []}
