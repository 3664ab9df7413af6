"""The sync benchmark suite runs end to end in --quick mode (figures are not asserted here)."""

import json

import pytest

from benchmarks.__main__ import main

pytestmark = pytest.mark.slow  # whole benchmark suites: out of the default run (pytest -m slow)


def test_quick_sync_benchmarks_produce_figures(tmp_path):
    out = tmp_path / "bench.json"
    assert main(["--quick", "--only", "sync", "--json", str(out)]) == 0
    rows = json.loads(out.read_text())["rows"]
    assert {r["suite"] for r in rows} == {"sync"} and len(rows) == 9
    assert all(r["value"] > 0 for r in rows)
