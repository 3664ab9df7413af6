"""Shared helpers: timing, result rows, seeded data."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sos_desktop.core.people import contacts
from sos_desktop.core.people.consent import EMAIL_CONSENT, SMS_CONSENT
from sos_desktop.core.people.signup_rules import SignupInput
from sos_desktop.core.storage.db import Database

FIRST = ["Zoë", "Ana", "Malik", "Siobhán", "Thanh", "Jamal", "Luz", "Kenji", "Imani", "José"]
LAST = ["Nguyễn", "Ruiz", "Ní Bhriain", "Okafor", "Smith", "=Hostile", "Lee", "Díaz", "Brown"]


@dataclass
class Row:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    ratio: float | None = None
    goal: str = ""
    ok: bool | None = None
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def ratio_row(name: str, value: float, baseline: float, unit: str, goal_ratio: float,
              note: str = "", higher_is_better: bool = False) -> Row:
    ratio = value / baseline if baseline else float("inf")
    ok = ratio >= goal_ratio if higher_is_better else ratio <= goal_ratio
    goal = f"{'≥' if higher_is_better else '≤'} {goal_ratio}×"
    return Row(name, value, unit, baseline, ratio, goal, ok, note)


def best_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile, p in 0..100."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def median_subprocess(args: list[str], repeat: int, env: dict | None = None,
                      timeout: float | None = None) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, env=env, capture_output=True, timeout=timeout)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def python() -> str:
    return sys.executable


def fake_signup(i: int) -> SignupInput:
    return SignupInput(
        first_name=FIRST[i % len(FIRST)],
        last_name=LAST[i % len(LAST)],
        preferred_name="",
        email=f"student{i}@example.org",
        phone=f"+1203555{i % 10000:04d}",
        zip_code="06511",
        school="Wilbur Cross High School",
        grade=str(9 + i % 4),
        interests=("research", "tactics") if i % 3 else (),
        role="student",
        visit_requested=False,
        age_13_plus=True,
        email_consent=i % 5 != 0,
        sms_consent=i % 2 == 0 or i % 5 == 0,  # every sign-up consents to a channel
    )


def open_keyed(data_dir: Path, join: Database | None = None) -> Database:
    """A database with the organization's keys (unlocked), or joined to `join`'s organization.

    Argon2id at its lowest cost: the benchmarks time exports and merges, not the passphrase."""
    from sos_desktop.core.security import keys, keystore
    from sos_desktop.core.storage.store import open_database

    keys.DEFAULT_COST = keys.FAST_FOR_TESTS
    db = open_database(data_dir)
    if join is None:
        keystore.create(db, "benchmark passphrase")
    else:
        from sos_desktop.core.bundles.laptops import my_card, register

        keystore.join(db, keys.public_part(keystore.read_keys(join)))
        register(join, my_card(db))  # the organizer accepts this laptop's bundles
    return db


def seed_signups(db: Database, visit_id: str, count: int) -> None:
    from sos_desktop.core.security.keystore import sealer

    now = datetime(2026, 10, 14, 15, 0)
    with db.raw() as conn:
        seal = sealer(conn)
        conn.execute("BEGIN")
        contacts.insert_signups(
            conn,
            (
                contacts.signup_record(
                    fake_signup(i), sealer=seal, device_id=db.device_id, visit_id=visit_id,
                    source="kiosk", now=now, email_wording=EMAIL_CONSENT,
                    sms_wording=SMS_CONSENT,
                )
                for i in range(count)
            ),
        )
        conn.execute("COMMIT")


def fresh_dir(root: Path, name: str) -> Path:
    path = root / name
    path.mkdir(parents=True, exist_ok=True)
    return path
