"""Issue 18 figure: merging a bundle costs memory bounded by the bundle limits.

A registered team laptop sends a bundle whose responses member is as large as the limits allow
(full run; a smaller one with --quick); its merge runs in a fresh process whose peak RSS
(VmHWM) is compared with merging a bundle of one response. A 200 MiB member, over the limit, is
refused before anything is inflated: its peak is compared with the same baseline.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

from benchmarks.common import Row, open_keyed, python, ratio_row
from benchmarks.skeleton import PASSPHRASE_ENV
from sos_desktop.core.bundles import format as bf
from sos_desktop.core.bundles.export import export_bundle
from sos_desktop.core.ids import new_id
from sos_desktop.core.security import bounded
from sos_desktop.core.security.keystore import read_keys
from sos_desktop.core.security.laptop_key import signing_key
from sos_desktop.core.storage.db import Database
from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.surveys.store import ensure_builtin_surveys, latest_definition
from sos_desktop.core.visits.store import create_visit

MiB = 1 << 20

MERGE_MEMORY = """
import os, resource, sys
from pathlib import Path
from sos_desktop.core.bundles.merge import import_bundle
from sos_desktop.core.storage.db import Database
from sos_desktop.core.errors import SosError
from sos_desktop.core.security.keystore import unlock
db = Database(Path(sys.argv[1]))
unlock(db, os.environ["SOS_DESKTOP_PASSPHRASE"])
try:
    report = import_bundle(db, Path(sys.argv[2]))
    outcome = "merged-" + str(sum(report.added.values()))
except SosError as exc:
    outcome = "refused"
try:
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 2**10
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = peak / 2**20 if sys.platform == "darwin" else peak / 2**10
print(outcome, peak)
"""


def _team_bundle(root: Path) -> tuple[Database, Database, Path]:
    """The organizer, a registered team laptop, and its bundle of one response."""
    organizer = open_keyed(root / "organizer")
    team = open_keyed(root / "team", join=organizer)
    ensure_builtin_surveys(team)
    definition_id, survey = latest_definition(team, "hillhouse-cross")
    visit = create_visit(team, {"school": "Hillhouse", "group_name": "G",
                                "visit_date": "2026-10-20"})
    submit_response(team, visit, definition_id, "en", {
        "school": "hillhouse", "grade": "grade_9", "safe_at_school": 2,
        "sro_effect": "less_safe", "had_contact": "no",
        "support_wanted": ["counselors", "mentors"]}, survey=survey)
    with organizer.raw() as conn:  # the copies below start from the file alone
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return organizer, team, export_bundle(team, root / "one.sosbundle").path


def _grown(team: Database, small: Path, out: Path, member_bytes: int) -> Path:
    """`small` with its one response repeated (new ids) to `member_bytes`, signed by `team`."""
    with zipfile.ZipFile(small) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(files[bf.MANIFEST])
    record = json.loads(files["survey_responses.jsonl"].splitlines()[0])
    size, lines = 0, []
    while True:
        line = bf.canonical({**record, "id": new_id()}) + "\n"
        if size + len(line) > member_bytes:
            break
        lines.append(line)
        size += len(line)
    files["survey_responses.jsonl"] = "".join(lines).encode("utf-8")
    keys = read_keys(team)
    assert keys is not None
    data, _ = bf.build_zip({n: d for n, d in files.items() if n.endswith(".jsonl")},
                           {k: manifest[k] for k in ("bundle_id", "device_id", "created_at",
                                                     "schema", "new_only")},
                           keys, signing_key(team.path.parent), "team laptop")
    out.write_bytes(data)
    return out


def _peak(root: Path, organizer: Database, bundle: Path, run: int) -> tuple[str, float]:
    fresh = root / f"organizer-{bundle.stem}-{run}"
    shutil.copytree(organizer.path.parent, fresh)
    done = subprocess.run([python(), "-c", MERGE_MEMORY, str(fresh / organizer.path.name),
                           str(bundle)], capture_output=True, text=True, check=True,
                          env=PASSPHRASE_ENV, timeout=1800)
    shutil.rmtree(fresh, ignore_errors=True)
    outcome, peak = done.stdout.split()[-2:]
    return outcome, float(peak)


def bench_bundle_memory(root: Path, quick: bool) -> list[Row]:
    root = root / "bundle-memory"
    root.mkdir()
    organizer, team, one = _team_bundle(root)
    limit = bounded.BUNDLE_LIMITS.member_bytes
    at_limit = _grown(team, one, root / "at-limit.sosbundle", 16 * MiB if quick else limit)
    over = _grown(team, one, root / "over.sosbundle", 2 * limit if quick else 200 * MiB)
    _, base = _peak(root, organizer, one, 0)
    merged, big = _peak(root, organizer, at_limit, 0)
    refused, huge = _peak(root, organizer, over, 0)
    size = at_limit.stat().st_size
    return [
        ratio_row(f"bundle merge peak memory, {limit // MiB if not quick else 16} MiB member "
                  "vs 1 record", big, base, "MB", 6.0,
                  note=f"{merged.split('-')[-1]} records merged from a {size / MiB:.1f} MiB "
                       "file; peak RSS (VmHWM) of a fresh process, one run each"),
        ratio_row(f"bundle over the limit ({over.stat().st_size / MiB:.0f} MiB file, "
                  f"{(2 * limit if quick else 200 * MiB) // MiB} MiB member) refused, peak "
                  "memory", huge, base, "MB", 1.2,
                  note=f"outcome: {refused}; refused from the zip directory, nothing inflated"),
    ]
