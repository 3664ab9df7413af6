"""Answer sheets on the command line: `print survey` (its answer-sheet form) and `scan`.

`print survey` itself is declared with the other print commands (commands/sync.py) and hands
over here unless --typed.
"""

from __future__ import annotations

import argparse

from sos_desktop.commands import EXIT_OK, CommandGroups, open_db


def register(groups: CommandGroups) -> None:
    del groups  # `scan` is registered once reading is wired in (see scan_command)


def print_answer_sheets(args: argparse.Namespace) -> int:
    from sos_desktop.core.paper.printing import print_answer_sheets as print_sheets

    r = print_sheets(open_db(args), args.key, args.out, language=args.lang, copies=args.copies,
                     visit_id=args.visit, layout_out=args.layout)
    print(f"wrote {r.copies} answer sheet(s), {r.pages} page(s) ({r.pages_per_sheet} a sheet: "
          f"print {'both sides' if r.pages_per_sheet == 2 else 'one side'}) to {r.path} "
          f"(sha256 {r.sha256})")
    if r.layout_path:
        print(f"layout: {r.layout_path}")
    return EXIT_OK
