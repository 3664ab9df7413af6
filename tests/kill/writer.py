"""The writer the kill harness kills: real kiosk submissions, imports, exports, bundle
merges and visit closes (VACUUM + automatic backup) on one data folder, forever,
acknowledging each finished one in a separate file.

    python -m tests.kill.writer DATA_DIR WORK_DIR SEED

An acknowledgement is written (and fsynced) only after the service returned, i.e. after the
commit the app would show as "thank you" or "imported": a kill may lose the operation under
way, never an acknowledged one. WORK_DIR holds acks.txt, the bundles to merge (bundle-N.sosbundle,
prepared by the test) and the exports (out/).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from sos_desktop.core.bundles.merge import import_bundle
from sos_desktop.core.exports.signups import export_signups
from sos_desktop.core.imports.signups import import_signups
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.surveys.store import latest_definition
from sos_desktop.core.visits.store import create_visit, list_visits, set_closed

IMPORT_ROWS = 20
PASSPHRASE_ENV = "SOS_DESKTOP_PASSPHRASE"


class Acks:
    def __init__(self, path: Path) -> None:
        self.handle = open(path, "a", encoding="utf-8")  # noqa: SIM115 - kept for the run

    def __call__(self, *words: str) -> None:
        self.handle.write(" ".join(words) + "\n")
        self.handle.flush()
        os.fsync(self.handle.fileno())


def main(data_dir: Path, work: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(data_dir)
    # Exports read contacts, as in the organizer's unlocked session (the test passes the key).
    keystore.unlock(db, os.environ[PASSPHRASE_ENV])
    ack = Acks(work / "acks.txt")
    visit_id = next(v.id for v in list_visits(db) if v.school == "Kill Harness High")
    definition_id, survey = latest_definition(db, "hillhouse-cross")
    print("ready", flush=True)
    step = 0
    while True:
        step += 1
        tag = f"{seed}-{step}"
        roll = rng.random()
        if roll < 0.55:  # one student at the kiosk: a response, then maybe a sign-up
            answers = {"school": "hillhouse", "grade": "grade_10", "safe_at_school": 3,
                       "sro_effect": "safer", "had_contact": "no",
                       "support_wanted": ["counselors", "nurses"]}
            ack("response", submit_response(db, visit_id, definition_id, "en", answers,
                                            survey=survey))
            if rng.random() < 0.5:
                ack("signup", submit_signup(db, {
                    "first_name": "Kid", "last_name": "Lopez", "age_13_plus": True,
                    "email": f"kid.{tag}@example.org", "email_consent": True,
                }, visit_id=visit_id))
        elif roll < 0.75:  # a typed-up sign-in sheet: all rows or none
            sheet = work / f"sheet-{tag}.csv"
            lines = ["first_name,last_name,email,school,age_13_plus,email_consent"]
            lines += [f"Ana{chr(97 + i)},Sheet,row{i}.{tag}@example.org,Batch-{tag},yes,yes"
                      for i in range(IMPORT_ROWS)]
            sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
            result = import_signups(db, sheet, visit_id=visit_id)
            ack("import", f"Batch-{tag}", str(result.imported))
        elif roll < 0.82:
            out = work / "out" / f"export-{tag}.csv"
            export_signups(db, out, new_only=rng.random() < 0.5)
            ack("export", str(out))
        elif roll < 0.9:  # a visit closed: rewritten in key order (VACUUM) and backed up
            visit = create_visit(db, {"school": "Closed Early High", "group_name": tag,
                                      "visit_date": "2026-10-15"})
            set_closed(db, visit, True)
            ack("closed", visit)
        else:
            bundles = sorted(work.glob("bundle-*.sosbundle"))
            if bundles:
                bundle = rng.choice(bundles)
                import_bundle(db, bundle)
                ack("bundle", bundle.name)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
