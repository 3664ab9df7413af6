"""The benchmark runner works end to end in --quick mode (figures are not asserted here)."""

import json

import pytest

from benchmarks.__main__ import main

pytestmark = pytest.mark.slow  # whole benchmark suites: out of the default run (pytest -m slow)


def test_quick_skeleton_benchmarks_produce_ratios(tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert main(["--quick", "--only", "skeleton", "--json", str(out)]) == 0
    rows = json.loads(out.read_text())["rows"]
    assert {r["suite"] for r in rows} == {"skeleton"}
    assert all(r["ratio"] and r["ratio"] > 0 for r in rows)
    assert "cold start" in capsys.readouterr().out


def test_quick_kiosk_benchmarks_run(tmp_path):
    out = tmp_path / "bench.json"
    assert main(["--quick", "--only", "kiosk", "--json", str(out)]) == 0
    names = [r["name"] for r in json.loads(out.read_text())["rows"]]
    assert any("submit response p95" in n for n in names)
    assert any("results refresh" in n for n in names)


def test_quick_presentation_benchmarks_run(tmp_path):
    """Key-to-paint, start-up and memory figures come out (values are not asserted)."""
    out = tmp_path / "bench.json"
    assert main(["--quick", "--only", "presentation", "--json", str(out)]) == 0
    rows = json.loads(out.read_text())["rows"]
    assert len(rows) == 4 and all(r["value"] > 0 for r in rows)
    assert any("not yet rendered" in r["name"] for r in rows)


def test_quick_paper_benchmarks_run(tmp_path):
    """Issue 16's figures on the realistic set, copier pages/s and camera p95 at 720p and 1080p
    come out (not asserted)."""
    out = tmp_path / "bench.json"
    assert main(["--quick", "--only", "paper", "--json", str(out)]) == 0
    names = [r["name"] for r in json.loads(out.read_text())["rows"]]
    for figure in ("realistic: copier grey+colour: silent errors",
                   "realistic: one clear answer mark sent to review", "copier PDF at 200 dpi",
                   "camera frame p95 at 1280x720", "camera frame p95 at 1920x1080"):
        assert any(figure in n for n in names), figure
