"""Ensure nothing in the data folder tells which sign-up followed which survey response.

Each test writes respondent → sign-up pairs through the kiosk's own flow and core services,
then attacks the raw files (tests/core/privacy/attacker.py): WAL frame order, and the order of
cells within the database's pages.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys

import pytest

from sos_desktop.core.kiosk.flow import KioskFlow, Step
from sos_desktop.core.kiosk.saving import KioskSaver
from sos_desktop.core.kiosk.survey_runner import DefinitionRunner
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.visits.store import set_closed
from tests.core.privacy import attacker

PAIRS = 40


def kiosk_flow(db, visit_id, definition_id, survey, written, front="services"):
    """The kiosk's flow over the core services (each save unlinkable before it returns), or
    over the kiosk's own saver ("saver": the work is done once the next screen shows)."""
    if front == "saver":
        saver = KioskSaver(db, visit_id, definition_id, survey)

        def save_by_saver(kind, save):
            return lambda language, data: written.append((kind, save(language, data)))

        return KioskFlow(DefinitionRunner(survey), save_by_saver("response", saver.save_response),
                         save_by_saver("signup", saver.save_signup), settle=saver.settle)

    def save_response(language, answers):
        written.append(("response", submit_response(db, visit_id, definition_id, language,
                                                    answers, survey=survey)))

    def save_signup(language, data):
        written.append(("signup", submit_signup(db, data, visit_id=visit_id, source="kiosk")))

    return KioskFlow(DefinitionRunner(survey), save_response, save_signup)


def one_student(flow: KioskFlow, rng: random.Random, n: int) -> None:
    flow.reset()
    flow.begin()
    flow.choose_language(rng.choice(["en", "es"]))
    while flow.state.step is Step.SURVEY:
        for question in flow.current_page():
            if question.key == "safe":
                flow.set_answer("safe", rng.randint(1, 5))
            elif question.key == "stopped":
                flow.set_answer("stopped", rng.choice(["yes", "no"]))
        flow.next_page()
    assert flow.state.step is Step.JOIN, flow.state.error
    flow.after_saved()  # as the kiosk window does once the next screen is up
    flow.join(True)
    flow.submit_signup({"first_name": f"Kid{n}", "last_name": "Lopez", "age_13_plus": True,
                        "email": f"kid{n}@example.org", "email_consent": True})
    assert flow.state.step is Step.THANKS, flow.state.signup_problems
    flow.after_saved()


def run_visit(db, visit_id, stored_survey, pairs=PAIRS, seed=7, front="services"):
    written: list[tuple[str, str]] = []
    flow = kiosk_flow(db, visit_id, *stored_survey, written, front)
    rng = random.Random(seed)
    for n in range(pairs):
        one_student(flow, rng, n)
    responses = [key for kind, key in written if kind == "response"]
    signups = [key for kind, key in written if kind == "signup"]
    return responses, signups, dict(zip(signups, responses, strict=True))


def wal_of(db):
    return db.path.with_name(db.path.name + "-wal")


@pytest.mark.parametrize("front", ["services", "saver"])
def test_wal_never_holds_a_response_then_its_signup(db, visit_id, stored_survey, front):
    """Ensure a copy of the WAL taken after any student's sign-up pairs no one."""
    written: list[tuple[str, str]] = []
    flow = kiosk_flow(db, visit_id, *stored_survey, written, front)
    rng = random.Random(3)
    truth, hits = {}, 0
    for n in range(PAIRS):
        one_student(flow, rng, n)
        truth[written[-1][1]] = written[-2][1]
        seen = attacker.wal_first_seen(wal_of(db))
        guesses = attacker.pair_by_commit_order(
            seen, [k for kind, k in written if kind == "response"], [written[-1][1]])
        hits += guesses.get(written[-1][1]) == written[-2][1]
    assert hits == 0


def test_a_reader_held_open_during_the_visit_leaves_no_order_once_the_visit_closes(
        db, visit_id, stored_survey):
    """Ensure that with a reader holding a snapshot through the whole kiosk session (the WAL
    cannot be emptied meanwhile), closing the visit leaves neither WAL order nor cell order."""
    reader = sqlite3.connect(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM signups").fetchone()
    responses, signups, truth = run_visit(db, visit_id, stored_survey)
    reader.close()
    set_closed(db, visit_id, True)

    seen = attacker.wal_first_seen(wal_of(db))
    guesses = attacker.pair_by_commit_order(seen, responses, signups)
    assert attacker.pairing_accuracy(guesses, truth) <= 3 / PAIRS

    for order in (responses, signups):
        positions = attacker.page_positions(db.path, set(order))
        concordance, pairs = attacker.same_page_concordance(positions, order)
        assert pairs >= 20
        assert 0.3 <= concordance <= 0.7, f"cell layout follows write order ({concordance:.2f})"


def test_the_attack_works_on_an_unprotected_copy(db, visit_id, stored_survey):
    """Ensure the attacker is real: with the reader still open the WAL pairs (nearly) all."""
    reader = sqlite3.connect(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM signups").fetchone()
    responses, signups, truth = run_visit(db, visit_id, stored_survey)
    seen = attacker.wal_first_seen(wal_of(db))
    reader.close()
    guesses = attacker.pair_by_commit_order(seen, responses, signups)
    assert attacker.pairing_accuracy(guesses, truth) >= 0.9


def test_signup_times_are_whole_hours(db, visit_id, stored_survey):
    """Ensure a sign-up's created_at and consent times say the hour, nothing finer."""
    run_visit(db, visit_id, stored_survey, pairs=3)
    with db.raw() as conn:
        stamps = conn.execute("SELECT created_at, email_consent_at FROM signups").fetchall()
    assert stamps and all(s[13:] == ":00:00.000000" for row in stamps for s in row)


def signup_order_guess(db, signups):
    """The sign-ups' order as an attacker reads it: their stored times first, then their
    cells' layout (here the sign-ups' own order is not hidden, only their times coarsened)."""
    with db.raw() as conn:
        times = dict(conn.execute("SELECT id, created_at FROM signups"))
    layout = {key: i for i, key in enumerate(attacker.write_order_guess(db.path, signups))}
    return sorted(signups, key=lambda key: (times[key], layout.get(key, 0)))


@pytest.mark.parametrize("front", ["services", "saver"])
def test_an_open_visit_links_no_one_from_cell_order_and_signup_times(db, visit_id,
                                                                     stored_survey, front):
    """Ensure that with the visit still open, 50 students who answered then signed up are
    linked at chance (1 in 50 expected) by an attacker who orders the responses by their cells
    (the page holding most of them: their visit index's) and the sign-ups by their times and
    cells, as in the probe (which linked 100%)."""
    pairs = 50
    responses, signups, truth = run_visit(db, visit_id, stored_survey, pairs=pairs, seed=5,
                                          front=front)
    guess = attacker.pair_by_order(attacker.write_order_guess(db.path, responses),
                                   signup_order_guess(db, signups))
    assert attacker.pairing_accuracy(guess, truth) <= 5 / pairs  # Poisson(1): P(≥6) < 0.1%
    positions = attacker.page_positions(db.path, set(responses))
    concordance, _ = attacker.same_page_concordance(positions, responses)
    assert 0.3 <= concordance <= 0.7, f"cell layout follows write order ({concordance:.2f})"
    with db.raw() as conn:  # what was moved about is all there, answers and counts alike
        assert conn.execute("SELECT count(*) FROM survey_responses").fetchone()[0] == pairs
        assert conn.execute("SELECT responses FROM visit_counts WHERE visit_id = ?",
                            (visit_id,)).fetchone()[0] == pairs
        assert conn.execute("SELECT count(DISTINCT response_id) FROM survey_answers"
                            ).fetchone()[0] == pairs
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_layout_attack_links_plainly_written_responses(db, visit_id, stored_survey):
    """Ensure the attacker is real: responses written one by one the plain way (as paper
    sheets are) are linked nearly all by the same attack."""
    from sos_desktop.core.ids import new_id
    from sos_desktop.core.surveys.responses import insert_responses

    definition_id, _survey = stored_survey
    responses, signups = [], []
    for n in range(50):
        responses.append(new_id())
        with db.raw() as conn:
            conn.execute("BEGIN IMMEDIATE")
            insert_responses(conn, db.device_id, visit_id, "2026-10-14", definition_id,
                             [(responses[-1], "en", {"safe": 1 + n % 5, "stopped": "no"})],
                             channel="kiosk")
            conn.execute("COMMIT")
        signups.append(submit_signup(db, {"first_name": f"Kid{n}", "last_name": "Lopez",
                                          "age_13_plus": True, "email": f"k{n}@example.org",
                                          "email_consent": True}, visit_id=visit_id))
    truth = dict(zip(signups, responses, strict=True))
    guess = attacker.pair_by_order(attacker.write_order_guess(db.path, responses),
                                   signup_order_guess(db, signups))
    assert attacker.pairing_accuracy(guess, truth) >= 0.9


def test_a_backup_taken_mid_visit_keeps_no_write_order(db, visit_id, stored_survey):
    """Ensure an automatic backup of an open visit (whose own pages still hold write order)
    is written in key order: its cells pair no better than chance."""
    from sos_desktop.core.backups.automatic import take_backup

    responses, signups, _truth = run_visit(db, visit_id, stored_survey)
    backup = take_backup(db, "by-hand")
    for order in (responses, signups):
        positions = attacker.page_positions(backup, set(order))
        concordance, pairs = attacker.same_page_concordance(positions, order)
        assert pairs >= 20
        assert 0.3 <= concordance <= 0.7, f"backup cells follow write order ({concordance:.2f})"


def app_connection(path) -> subprocess.Popen:
    """Another process holding a connection to `path`, as the running app does, until killed:
    the last connection to close checkpoints the WAL away, which a killed app never does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\n"
         "conn = sqlite3.connect(sys.argv[1])\n"
         "conn.execute('SELECT count(*) FROM sqlite_master').fetchone()\n"
         "print('ready', flush=True)\n"
         "sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    return holder


def test_the_next_start_empties_a_wal_a_reader_kept(db, visit_id, stored_survey, data_dir):
    """Ensure a WAL still holding the kiosk's commit order (a reader kept it from being
    truncated, then the app was killed) is emptied by the next start."""
    from sos_desktop.core.storage.store import open_database

    app = app_connection(db.path)
    reader = sqlite3.connect(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM signups").fetchone()
    responses, signups, truth = run_visit(db, visit_id, stored_survey, pairs=10)
    reader.close()  # not the last connection, so it leaves the WAL as it is
    app.kill()  # a killed app never checkpoints on close
    app.communicate()
    seen = attacker.wal_first_seen(wal_of(db))
    assert attacker.pairing_accuracy(attacker.pair_by_commit_order(seen, responses, signups),
                                     truth) >= 0.9
    open_database(data_dir)
    seen = attacker.wal_first_seen(wal_of(db))
    assert attacker.pair_by_commit_order(seen, responses, signups) == {}


def test_a_bundle_carries_no_write_order(db, visit_id, stored_survey, tmp_path):
    """Ensure a bundle lists responses and sign-ups in key order, not the order written."""
    import json
    import zipfile

    from sos_desktop.core.bundles.export import export_bundle

    responses, signups, _truth = run_visit(db, visit_id, stored_survey, pairs=20)
    out = tmp_path / "visit.sosbundle"
    export_bundle(db, out)
    with zipfile.ZipFile(out) as bundle:
        for name in bundle.namelist():
            if not name.endswith(".jsonl"):
                continue
            ids = [json.loads(line)["id"] for line in bundle.read(name).splitlines() if line]
            assert ids == sorted(ids), name
    assert responses != sorted(responses) or signups != sorted(signups)


def test_closing_while_another_program_holds_the_file_warns_and_is_done_at_next_start(
        db, visit_id, stored_survey, data_dir):
    """Ensure that a visit closed while another program keeps a read open says the file could
    not be rewritten (instead of staying linkable in silence), and that the next start does
    it: the WAL is emptied and the pages no longer follow write order."""
    from sos_desktop.core.storage.store import open_database
    from sos_desktop.core.storage.unlinkable import HELD

    responses, signups, truth = run_visit(db, visit_id, stored_survey, pairs=20)
    reader = sqlite3.connect(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM signups").fetchone()
    assert HELD in set_closed(db, visit_id, True)
    reader.close()
    with db.raw() as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'rewrite_pending'"
                            ).fetchone() == ("1",)
    open_database(data_dir)
    with db.raw() as conn:
        assert conn.execute("SELECT 1 FROM settings WHERE key = 'rewrite_pending'"
                            ).fetchone() is None
    assert attacker.wal_first_seen(wal_of(db)) == {}
    for order in (responses, signups):
        positions = attacker.page_positions(db.path, set(order))
        concordance, _pairs = attacker.same_page_concordance(positions, order)
        assert 0.25 <= concordance <= 0.75


def test_closing_a_visit_nobody_else_holds_gives_no_warning(db, visit_id, stored_survey):
    run_visit(db, visit_id, stored_survey, pairs=3)
    assert set_closed(db, visit_id, True) == []


def test_a_signup_is_synced_before_it_returns_even_when_a_reader_keeps_the_wal(
        db, visit_id, stored_survey, monkeypatch):
    """Ensure the sign-up's commit, left to the checkpoint to sync, is synced by hand when a
    reader keeps the checkpoint from running; and is in the database file when it can run."""
    import os

    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    kiosk = db.kept_open()  # as the kiosk: one connection for the session
    run_visit(kiosk, visit_id, stored_survey, pairs=1)
    assert synced == [] and wal_of(db).stat().st_size == 0  # the checkpoint synced it
    reader = sqlite3.connect(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM signups").fetchone()
    run_visit(kiosk, visit_id, stored_survey, pairs=1, seed=8)
    assert len(synced) == 1
    reader.close()
    with kiosk.raw() as conn:
        assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL again
        assert conn.execute("SELECT count(*) FROM signups").fetchone() == (2,)
    kiosk.close()
