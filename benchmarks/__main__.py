"""`uv run python -m benchmarks [--quick] [--only NAME] [--json FILE]`: table + JSON."""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

SUITES = ("skeleton", "presentation", "kiosk", "sync", "paper", "damage", "online")
DEFAULT_JSON = Path(__file__).with_name("results") / "latest.json"


def _as_dict(row) -> dict:  # Row or plain dict from a suite
    return row.as_dict() if hasattr(row, "as_dict") else dict(row)


def print_table(rows) -> None:
    print(f"{'figure':<52} {'value':>12} {'baseline':>12} {'ratio':>8}  goal      ok")
    for raw in rows:
        row = _as_dict(raw)
        value = f"{row['value']:.4g} {row['unit']}"
        base = "" if row.get("baseline") is None else f"{row['baseline']:.4g}"
        ratio = "" if row.get("ratio") is None else f"{row['ratio']:.2f}×"
        ok = {True: "yes", False: "NO", None: ""}[row.get("ok")]
        print(f"{row['name']:<52} {value:>12} {base:>12} {ratio:>8}  {row.get('goal', ''):<9} {ok}")
        if row.get("note"):
            print(f"{'':<4}{row['note']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--only", choices=SUITES, action="append")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON)
    args = parser.parse_args(argv)

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
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "rows": rows,
    }, indent=2, ensure_ascii=False))
    print(f"\nJSON written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
