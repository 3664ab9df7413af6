"""`uv run python -m benchmarks [--quick] [--only NAME] [--json FILE]`: table + JSON."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

SUITES = ("skeleton", "presentation", "kiosk", "sync", "paper", "damage", "online")
DEFAULT_JSON = Path(__file__).with_name("results") / "latest.json"


def _as_dict(row) -> dict:  # Row or plain dict from a suite
    return row.as_dict() if hasattr(row, "as_dict") else dict(row)


def _measured(row: dict) -> str:
    value = f"{row['value']:.3g} {row['unit']}"
    if row.get("ratio") is None:
        return value
    return f"{row['ratio']:.2f}× ({value} vs {row['baseline']:.3g})"


def print_table(rows) -> None:
    """One table: figure, goal, measured (a ratio with both sides), verdict; notes under."""
    rows = [_as_dict(raw) for raw in rows]
    widths = (max(len(r["name"]) for r in rows), max(len(r.get("goal", "")) for r in rows),
              max(len(_measured(r)) for r in rows))
    print(f"{'figure':<{widths[0]}}  {'goal':<{widths[1]}}  {'measured':<{widths[2]}}  verdict")
    for row in rows:
        verdict = {True: "met", False: "NOT MET", None: "-"}[row.get("ok")]
        print(f"{row['name']:<{widths[0]}}  {row.get('goal', ''):<{widths[1]}}  "
              f"{_measured(row):<{widths[2]}}  {verdict}")
        if row.get("note"):
            print(f"{'':<4}{row['note']}")


def _precompile() -> None:
    """Bytecode for the app, the benchmarks and the installed packages, as an installed app
    has it: a start must not be timed compiling sources (PYTHONDONTWRITEBYTECODE may be set
    where this runs, and `uv sync` writes none): a floor that compiles PySide's and
    setuptools' start-up files at every run looks slower than it is. Once: later runs find
    the files current."""
    import compileall
    import sysconfig

    root = Path(__file__).resolve().parent.parent
    for folder in ("sos_desktop", "benchmarks"):
        compileall.compile_dir(root / folder, quiet=1)
    compileall.compile_dir(sysconfig.get_paths()["purelib"], quiet=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--only", choices=SUITES, action="append")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    args = parser.parse_args(argv)

    _precompile()
    rows = []
    for name in args.only or SUITES:
        try:
            suite = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"benchmarks.{name}":
                continue  # that suite's feature is not built yet
            raise
        print(f"# {name}", file=sys.stderr)
        rows.extend(_as_dict(r) | {"suite": name} for r in suite.run(quick=args.quick))
    print_table(rows)
    if hasattr(os, "getloadavg"):  # the machine may be shared: say how busy it was
        print("\nload average (1, 5, 15 min) at the end: "
              + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "load": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "rows": rows,
    }, indent=2, ensure_ascii=False))
    print(f"\nJSON written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
