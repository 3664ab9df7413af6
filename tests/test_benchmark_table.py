"""The benchmark table reads as a person checks it: figure, goal, measured, verdict."""

from benchmarks.__main__ import print_table
from benchmarks.common import Row, ratio_row


def test_table_has_one_line_per_figure_with_goal_measure_and_verdict(capsys):
    """Ensure a ratio shows both sides, a plain figure its value, and the verdict says met or
    NOT MET (a figure without a goal: a dash)."""
    print_table([ratio_row("cold start", 0.32, 0.20, "s", 1.5, note="floor: a bare window"),
                 Row("peak memory", 250.0, "MB", goal="≤ 300 MB", ok=True),
                 Row("pages read", 25.0, "pages/s")])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["figure", "goal", "measured", "verdict"]
    assert "1.60× (0.32 s vs 0.2)" in lines[1] and lines[1].endswith("NOT MET")
    assert lines[2].strip() == "floor: a bare window"
    assert "250 MB" in lines[3] and lines[3].endswith("met")
    assert lines[4].endswith("-")
