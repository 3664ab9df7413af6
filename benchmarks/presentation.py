"""Issue 3 figures: presentation mode with a 100-page PDF deck on a two-screen layout.

(a) key press -> new slide on the 1920x1080 audience window, pixels flushed to the X server,
    once the cache is warm (p95; goal <= 16 ms), and for a page nobody rendered yet (a go-to
    jump typed at once, faster than the render ahead can follow; p95, goal <= 33 ms: one frame
    at 30 Hz);
(b) `present` to the first slide painted, against the app's own cold start to its main window
    painted, both stopped the same way (benchmarks.first_paint; goal <= 1.5x);
(c) peak memory (max RSS) after showing every page and the overview grid (goal <= 300 MB).

The key figures run on a real X server (benchmarks.x_display: Xorg's dummy driver, a laptop and
a projector monitor, openbox) when one can be started, else on Qt's offscreen platform with two
virtual screens (the row says which). Keys are QTest key clicks into the console on that
platform; the clock stops once the audience view has painted the slide and a round trip to the
X server (QGuiApplication.sync) confirms the frame was flushed.
`--snapshots DIR` instead renders console (1366x768) and audience (1920x1080) PNGs to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, percentile, ratio_row
from benchmarks.first_paint import FIRST_PAINT, app_args, time_to_marker
from benchmarks.x_display import real_display

SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
]}



def make_deck(path: Path, pages: int = 100) -> Path:
    """A slide-like PDF: 16:9 pages with a band, a title, bullets and a chart."""
    from reportlab.lib.colors import Color
    from reportlab.pdfgen import canvas

    width, height = 960, 540
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    for i in range(pages):
        pdf.setFillColor(Color(0.98, 0.97, 0.94))
        pdf.rect(0, 0, width, height, fill=1, stroke=0)
        pdf.setFillColor(Color(0.29, 0.11, 0.48))
        pdf.rect(0, height - 90, width, 90, fill=1, stroke=0)
        pdf.setFillColor(Color(1, 1, 1))
        pdf.setFont("Helvetica-Bold", 40)
        pdf.drawString(40, height - 62, f"Slide {i + 1}: Reinvest in wellness")
        pdf.setFillColor(Color(0.07, 0.07, 0.07))
        pdf.setFont("Helvetica", 26)
        for line in range(5):
            text = f"\u2022 Point {line + 1} of slide {i + 1}"
            pdf.drawString(60, height - 150 - 48 * line, text)
        for bar in range(6):
            pdf.setFillColor(Color(0.95, 0.72, 0.02))
            pdf.rect(620 + bar * 50, 60, 36, 40 + ((i + bar) * 37) % 280, fill=1, stroke=0)
        pdf.showPage()
    pdf.save()
    return path


# -- child processes --------------------------------------------------------------------------

# Run with `python -c` like the cold-start floor, so neither side pays for importing this
# benchmark module: the real entry point, stopped as benchmarks.first_paint stops the app's
# cold start (a zero timer after the paint, so the frame is flushed; the time printed, so
# interpreter shutdown counts on neither side).
PRESENT_FIRST = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from sos_desktop.ui.app import make_app
app = make_app()
from sos_desktop.ui.presentation import start_presentation
controller = start_presentation(Path(sys.argv[1]), 45)
def painted():
    print(f"FIRST_PAINT {time.monotonic()!r}", flush=True)
    app.exit(0)  # exit(), not quit(): quit() first asks every window to close
controller.audience.view.painted.connect(lambda i: i == 0 and QTimer.singleShot(0, painted))
app.exec()
controller.end()
"""


def _pump_until(app, condition, timeout: float = 20.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("benchmark condition never became true")
        app.processEvents()


def _unrendered_targets(count: int, jumps: int) -> list[int]:
    """Pages spread over the deck, each far (more than the prefetch reach) from the last."""
    step = 37  # coprime with 100: visits pages all over the deck
    return [(5 + i * step) % count for i in range(jumps)]


def _child_navigate(deck: str, presses: int, jumps: int = 20) -> None:
    """Key-to-flushed-frame latencies with a warm cache and for pages nobody rendered, then
    max RSS after the overview."""
    import resource

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from sos_desktop.ui.app import make_app

    app = make_app()
    from sos_desktop.ui.presentation import start_presentation

    c = start_presentation(Path(deck), 45)
    if not c.audience.isVisible():
        c.do("audience")  # one screen: the rehearsal audience window
    view = c.audience.view
    painted_at: dict[int, float] = {}

    def flushed(index: int) -> None:
        # The paint call returned and its frame went to the window system (the repaint
        # manager flushes right after painting); a round trip to the X server confirms it.
        QGuiApplication.sync()
        painted_at.setdefault(index, time.perf_counter())

    view.painted.connect(lambda i: QTimer.singleShot(0, lambda: flushed(i)))
    _pump_until(app, lambda: 0 in painted_at)
    size = view.pixel_size()
    warm, cold = [], []
    for _ in range(presses):
        target = c.state.index + 1
        # The presenter talks for seconds per slide: prefetching has finished by then.
        _pump_until(app, lambda t=target: c.cache.has(t, size) and c.cache.idle)
        start = time.perf_counter()
        QTest.keyClick(c.console, Qt.Key.Key_PageDown)  # what a clicker sends
        _pump_until(app, lambda t=target: t in painted_at)
        warm.append((painted_at[target] - start) * 1000)
    # Jumps to pages nobody rendered: the number typed and Enter pressed in one go, before
    # the render ahead (which starts on the typed number) can finish: a render on demand.
    for target in _unrendered_targets(c.state.count, jumps):
        if c.cache.has(target, size):
            continue
        _pump_until(app, lambda: c.cache.idle)  # as in a talk: the last jump has settled
        painted_at.pop(target, None)
        for ch in str(target + 1):  # no pass through the event loop between the keys
            QTest.keyClick(c.console, ch)
        assert not c.cache.has(target, size)
        start = time.perf_counter()
        QTest.keyClick(c.console, Qt.Key.Key_Return)  # the key that changes the slide
        _pump_until(app, lambda t=target: t in painted_at)
        cold.append((painted_at[target] - start) * 1000)
    c.do("overview")
    thumb = c.console.overview.thumb_size()
    _pump_until(app, lambda: all(c.cache.has(i, thumb) for i in c.console.overview.visible_range()))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"warm_ms": warm, "cold_ms": cold, "rss_mb": rss_mb,
                      "cache_mb": c.cache.used_bytes / 2**20, "audience": [size.width(),
                                                                          size.height()]}))
    c.end()


def _child_snapshots(out: str, deck: str | None) -> None:
    from sos_desktop.ui.app import make_app

    app = make_app()
    from sos_desktop.ui.presentation import start_presentation

    c = start_presentation(Path(deck) if deck else None, 45)
    stem = Path(deck).stem if deck else "builtin"
    for index in (0, 1, min(7, c.state.count - 1)):
        c.state.go(index)
        size = c.audience.view.pixel_size()
        _pump_until(app, lambda i=index, size=size: c.cache.has(i, size)
                    and c.cache.has(i, c.console.current.pixel_size())
                    and (i + 1 >= c.state.count or c.cache.has(i + 1, c.console.next.pixel_size())))
        for _ in range(5):
            app.processEvents()
        c.console.grab().save(str(Path(out) / f"{stem}-console-{index + 1}.png"))
        c.audience.grab().save(str(Path(out) / f"{stem}-audience-{index + 1}.png"))
    c.end()


# -- the parent ------------------------------------------------------------------------------

def _env(root: Path) -> dict:
    config = root / "screens.json"
    config.write_text(json.dumps(SCREENS))
    return {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}


def _child(args: list[str], env: dict) -> str:
    done = subprocess.run([sys.executable, "-m", "benchmarks.presentation", "--child", *args],
                          env=env, capture_output=True, text=True, check=False, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child {args[0]} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def _first_slide_vs_app_start(root: Path, deck: Path, env: dict, repeat: int
                              ) -> tuple[float, float]:
    """Medians of `present` to its first slide and of the app's cold start to its main window,
    interleaved, both stopped by a zero timer after the paint (benchmarks.first_paint)."""
    from sos_desktop.core.storage.store import open_database

    data = root / "data"
    open_database(data)
    commands = {"present": [sys.executable, "-c", PRESENT_FIRST, str(deck)],
                "app": [sys.executable, "-c", FIRST_PAINT, *app_args(data)]}
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for i in range(repeat + 1):  # the first round warms the file cache
        for name, command in commands.items():
            seconds = time_to_marker(command, env)
            if i:
                samples[name].append(seconds)
    return statistics.median(samples["present"]), statistics.median(samples["app"])


def _navigate(root: Path, deck: Path, quick: bool, offscreen: dict) -> tuple[dict, str]:
    """The key figures on a real X server if one starts, else offscreen; and which it was."""
    args = ["navigate", str(deck), "30" if quick else "99", "8" if quick else "40"]
    with real_display(root) as x_env:
        if x_env is not None:
            return json.loads(_child(args, x_env)), "real X server (Xorg dummy, openbox)"
    return json.loads(_child(args, offscreen)), "offscreen platform (no X server here)"


def run(quick: bool = False) -> list[Row]:
    root = Path(tempfile.mkdtemp(prefix="sos-bench-present-"))
    try:
        env = _env(root)
        deck = make_deck(root / "deck100.pdf", 100)
        nav, where = _navigate(root, deck, quick, env)
        warm, unrendered = nav["warm_ms"], nav["cold_ms"]
        p95 = percentile(warm, 95)
        cold_p95 = percentile(unrendered, 95)
        first, cold = _first_slide_vs_app_start(root, deck, env, 3 if quick else 7)
        size = f"{nav['audience'][0]}x{nav['audience'][1]}"
        return [
            Row("key → audience slide flushed, 100-page PDF (p95, rendered ahead)", p95, "ms",
                goal="≤ 16 ms", ok=p95 <= 16,
                note=f"median {statistics.median(warm):.2f} ms over {len(warm)} presses at "
                f"{size}; {where}"),
            Row("key → audience slide flushed, page not yet rendered (p95)", cold_p95, "ms",
                goal="≤ 33 ms", ok=cold_p95 <= 33,
                note=f"median {statistics.median(unrendered):.1f} ms over {len(unrendered)} "
                f"go-to jumps typed with Enter at once; {where}"),
            ratio_row("present → first slide painted (median)", first, cold, "s", 1.5,
                      note="baseline: the app's cold start to its main window painted; both "
                           "stopped after the paint; offscreen"),
            Row("peak memory, 100-page PDF, every page + overview", nav["rss_mb"], "MB",
                goal="≤ 300 MB", ok=nav["rss_mb"] <= 300,
                note=f"max RSS; slide cache held {nav['cache_mb']:.0f} MB"),
        ]
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        mode, rest = argv[1], argv[2:]
        if mode == "navigate":
            _child_navigate(rest[0], int(rest[1]), int(rest[2]) if len(rest) > 2 else 20)
        elif mode == "snapshots":
            _child_snapshots(rest[0], rest[1] if len(rest) > 1 else None)
        return 0
    if argv[:1] == ["--snapshots"]:
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        root = Path(tempfile.mkdtemp(prefix="sos-snap-"))
        env = _env(root)
        _child(["snapshots", str(out)], env)
        _child(["snapshots", str(out), str(make_deck(out / "sample-deck.pdf", 12))], env)
        print(f"PNGs written to {out}")
        return 0
    from benchmarks.__main__ import print_table

    print_table(run(quick="--quick" in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
