"""Organizer PIN: hashed, verified, with a growing lockout that survives a restart."""

import pytest

from sos_desktop.core.errors import InvalidInput
from sos_desktop.core.kiosk import pin


class Clocks:
    """The two clocks the lockout reads: elapsed (monotonic) and the wall clock."""

    def __init__(self):
        self.elapsed = 5_000.0  # seconds since boot
        self.wall = 1_791_500_000.0  # 2026-10-09

    def monotonic(self):
        return self.elapsed

    def time(self):
        return self.wall

    def wait(self, seconds):
        self.elapsed += seconds
        self.wall += seconds


def test_pin_is_stored_hashed_with_salt(db):
    pin.set_pin(db, "4821")
    with db.raw() as conn:
        stored = conn.execute("SELECT value FROM settings WHERE key='kiosk_pin'").fetchone()[0]
    assert "4821" not in stored and stored.startswith("scrypt$")
    pin.set_pin(db, "4821")
    with db.raw() as conn:
        again = conn.execute("SELECT value FROM settings WHERE key='kiosk_pin'").fetchone()[0]
    assert again != stored  # fresh salt each time


@pytest.mark.parametrize("bad", ["", "12", "abcd", "1234567890123", "12 34"])
def test_pin_must_be_4_to_12_digits(db, bad):
    with pytest.raises(InvalidInput):
        pin.set_pin(db, bad)


def test_right_pin_opens_and_resets_failures(db):
    clock = Clocks()
    pin.set_pin(db, "4821")
    assert not pin.check_pin(db, "0000", clock).ok
    assert pin.check_pin(db, "4821", clock).ok
    assert pin.check_pin(db, "1111", clock).tries_left == 2


def test_lockout_grows_and_blocks_even_the_right_pin(db):
    """After 3 wrong tries: 30 s lock, then 60 s; the right PIN is refused while locked."""
    clock = Clocks()
    pin.set_pin(db, "4821")
    results = [pin.check_pin(db, "0000", clock) for _ in range(3)]
    assert [r.locked_for for r in results] == [0, 0, 30]
    assert not pin.check_pin(db, "4821", clock).ok
    clock.wait(31)
    assert pin.check_pin(db, "0000", clock).locked_for == 60
    clock.wait(61)
    assert pin.check_pin(db, "4821", clock).ok


def test_lockout_survives_restart(db):
    """A new check (as after restarting the app) still honours the lock."""
    clock = Clocks()
    pin.set_pin(db, "4821")
    for _ in range(3):
        pin.check_pin(db, "9999", clock)
    from sos_desktop.core.storage.db import Database

    assert pin.check_pin(Database(db.path), "4821", clock).locked_for == pytest.approx(30)


def test_clock_jump_forward_then_back_never_locks_out_the_right_pin(db):
    """The organizer's clock is set an hour ahead, then back: the right PIN works throughout
    (it used to lock the organizer out for the hour with no wrong try)."""
    clock = Clocks()
    pin.set_pin(db, "4821")
    assert pin.check_pin(db, "4821", clock).ok
    clock.wall += 3600
    clock.wait(5)
    assert pin.check_pin(db, "4821", clock).ok
    clock.wall -= 3600
    clock.wait(5)
    result = pin.check_pin(db, "4821", clock)
    assert result.ok and result.locked_for == 0


def test_lockout_counts_elapsed_time_not_the_wall_clock(db):
    """Moving the wall clock neither shortens nor lengthens a lock: only elapsed time ends it."""
    clock = Clocks()
    pin.set_pin(db, "4821")
    for _ in range(3):
        pin.check_pin(db, "0000", clock)
    clock.wall += 3600  # a student sets the clock ahead
    assert pin.check_pin(db, "4821", clock).locked_for == pytest.approx(30)
    clock.wall -= 7200  # or back
    clock.wait(10)
    assert pin.check_pin(db, "4821", clock).locked_for == pytest.approx(20)
    clock.wait(21)
    assert pin.check_pin(db, "4821", clock).ok


def test_after_a_reboot_a_lock_never_outlasts_its_length(db):
    """A reboot restarts the elapsed clock: the lock then goes by the wall clock once, never
    longer than its own length (even with the wall clock set back), then by elapsed time."""
    clock = Clocks()
    pin.set_pin(db, "4821")
    for _ in range(3):
        pin.check_pin(db, "0000", clock)
    clock.elapsed = 40.0  # rebooted...
    clock.wall -= 3600  # ...with the clock set back an hour
    assert pin.check_pin(db, "4821", clock).locked_for == pytest.approx(30)
    clock.wait(10)
    assert pin.check_pin(db, "4821", clock).locked_for == pytest.approx(20)
    clock.wait(20)
    assert pin.check_pin(db, "4821", clock).ok


def test_lock_caps_at_fifteen_minutes():
    assert pin.lock_seconds(50) == 15 * 60


def test_change_pin_needs_the_current_one(db):
    """Ensure Settings cannot change the PIN without the current one, and a wrong try counts
    toward the kiosk's lockout."""
    from sos_desktop.core.kiosk.pin import change_pin

    pin.set_pin(db, "1234")
    assert not change_pin(db, "9999", "5678", clock=Clocks()).ok
    assert pin.check_pin(db, "1234", clock=Clocks()).ok
    assert change_pin(db, "1234", "5678", clock=Clocks()).ok
    assert pin.check_pin(db, "5678", clock=Clocks()).ok


def test_change_pin_refuses_a_bad_new_pin_and_keeps_the_old(db):
    from sos_desktop.core.errors import InvalidInput
    from sos_desktop.core.kiosk.pin import change_pin

    pin.set_pin(db, "1234")
    with pytest.raises(InvalidInput):
        change_pin(db, "1234", "12", clock=Clocks())
    assert pin.check_pin(db, "1234", clock=Clocks()).ok
