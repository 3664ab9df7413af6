"""Files out of a realistic run, for a person or another tool: sample pictures, the pages
read wrong (with why), and a replayable set (copier PDFs, camera frames, truth.json) to feed
`scan --dry-run --json` by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from benchmarks.paper_sheets import Page
from sos_desktop.core.paper.read import PageStatus


def save_samples(pages: list[Page], folder: Path, limit: int = 3) -> None:
    """A few pictures per channel, named by what is on them, for a person to look at."""
    folder.mkdir(parents=True, exist_ok=True)
    seen: dict[str, int] = {}
    for p in pages:
        if p.image is None or seen.get(p.channel, 0) >= limit:
            continue
        seen[p.channel] = seen.get(p.channel, 0) + 1
        tag = "_".join(f"{k}-{v}" for k, v in p.params.items()
                       if isinstance(v, (int, float, str)) and k in (
                           "skew", "tilt", "height_share", "jpeg", "bilevel"))
        name = f"{p.channel}-{p.sheet}-p{p.truth.page + 1}-{tag}".replace(" ", "")
        cv2.imwrite(str(folder / f"{name}.png" if p.channel.startswith("copier")
                        else folder / f"{name}.jpg"), p.image)


def dump_page(page: Page, image: np.ndarray, folder: Path) -> None:
    """The picture of a page read wrong or not at all, and a line on what went wrong."""
    from benchmarks.paper_score import score

    bad = [o for o in score([page]).outcomes if o.result == "silent"]
    read = page.reading is not None and page.reading.status is PageStatus.READ
    if read and not bad and not page.error:
        return
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{page.channel}-{page.sheet}-p{page.truth.page + 1}"
    cv2.imwrite(str(folder / f"{name}.png"), image)
    why = page.error or (page.reading.message if page.reading and not read else "")
    params = {k: v for k, v in page.params.items() if k != "matrix"}
    with (folder / "pages.txt").open("a", encoding="utf-8") as out:
        out.write(f"{name}.png {params}\n")
        if why:
            out.write(f"    not read: {why}\n")
        for o in bad:
            out.write(f"    {o.question}: {o.scenario} ({o.ink}) {o.detail}\n")


class ReplaySet:
    """Copier PDFs (written by run_all into the folder), camera frames as PNG, and the truth of
    every page keyed by file and page number."""

    def __init__(self, folder: Path, seed: int) -> None:
        self.folder, self.seed = folder, seed
        folder.mkdir(parents=True, exist_ok=True)
        self.records: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}

    def add(self, page: Page, image: np.ndarray) -> None:
        n = self.counts.get(page.channel, 0) + 1
        self.counts[page.channel] = n
        if page.channel.startswith("copier_"):
            file, number = f"{page.channel}-{self.seed}.pdf", n
        else:
            file, number = f"{page.channel}-{page.sheet}-p{page.truth.page + 1}.png", 1
            cv2.imwrite(str(self.folder / file), image)
        t = page.truth
        self.records.append({
            "file": file, "page": number, "channel": page.channel,
            "survey": page.survey.key, "language": page.layout.language,
            "student": page.sheet, "sheet_page": t.page + 1,
            "capture": {k: v for k, v in page.params.items() if k != "matrix"},
            "questions": [{"question": q.question, "truth": q.kind, "answer": q.answer,
                           "scenario": q.scenario, "marks": list(q.styles), "ink": q.ink}
                          for q in t.questions],
            "writing": t.writing,
        })

    def close(self) -> Path:
        out = self.folder / "truth.json"
        out.write_text(json.dumps(self.records, indent=1, default=str, ensure_ascii=False))
        return out
