"""Idle reset timing with an injected clock."""

from sos_desktop.core.kiosk.idle import IdleState, IdleWatch


class Mono:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_warning_countdown_then_expiry():
    clock = Mono()
    watch = IdleWatch(90, 15, clock)
    clock.t = 89.9
    assert watch.status().state is IdleState.ACTIVE
    clock.t = 90.0
    assert watch.status().state is IdleState.WARNING and watch.status().seconds_left == 15
    clock.t = 100.2
    assert watch.status().seconds_left == 5
    clock.t = 105.0
    assert watch.status().state is IdleState.EXPIRED


def test_touch_restarts_the_wait():
    clock = Mono()
    watch = IdleWatch(90, 15, clock)
    clock.t = 95
    watch.touch()
    clock.t = 150
    assert watch.status().state is IdleState.ACTIVE
