"""Scoring a realistic run per question against the truth, and the issue-16 figures.

Outcomes per question on a page that was read:
- correct: the truth's answer (for the sheet's own cross-out, the other bubble), blank where
  nothing was marked, review where review is due;
- review_ok: review of a question a person resolves but a reader may leave to them (a
  scribbled-out or erased bubble with a clear replacement);
- needless: review of a question with only clear answer marks, or of the sheet's own
  cross-out (blank_review: of a blank one);
- silent: anything else — a wrong answer, blank where a mark was, an answer where review was
  due; a writing box with writing that is not kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from benchmarks.paper_student import ANSWER, BLANK, REVIEW
from sos_desktop.core.paper.read import PageStatus

SMALL_SHEET = 0.6  # below this share of the frame's height "hold closer" is an answer


@dataclass
class Outcome:
    channel: str
    sheet: int
    page: int
    question: str
    scenario: str
    ink: str
    kind: str
    result: str  # correct / review_ok / needless / silent
    detail: str
    share: float | None
    marks: int = 0  # marks drawn on the question


@dataclass
class Scored:
    pages: list  # the Page objects
    outcomes: list[Outcome]
    writing: list[tuple[str, str, bool, bool]]  # channel, ink, has writing, kept


def _norm(v: Any) -> Any:
    return sorted(str(x) for x in v) if isinstance(v, list) else v


def judge(kind: str, truth: Any, reviewed: bool, got: Any) -> tuple[str, str]:
    got, truth = _norm(got), _norm(truth)
    if kind == REVIEW:
        return ("correct", "") if reviewed else (
            "silent", "read as blank, review due" if got is None else f"read {got!r}, review due")
    if kind == BLANK:
        if reviewed:
            return "blank_review", "blank question reviewed"
        return ("correct", "") if got is None else ("silent", f"blank read as {got!r}")
    if reviewed:
        return ("needless", "clear mark reviewed") if kind == ANSWER else ("review_ok", "")
    if got == truth:
        return "correct", ""
    return "silent", "mark read as blank" if got is None else f"read {got!r}, truth {truth!r}"


def score(pages: list) -> Scored:
    outcomes, writing = [], []
    for p in pages:
        r = p.reading
        if r is None or r.status is not PageStatus.READ or r.survey is None:
            continue
        reviewed = {item.question: item.reason for item in r.review}
        share = p.params.get("height_share")
        for q in p.truth.questions:
            result, detail = judge(q.kind, q.answer, q.question in reviewed,
                                   r.answers.get(q.question))
            if q.question in reviewed:
                detail = f"{detail}; reader: {reviewed[q.question]}".lstrip("; ")
            outcomes.append(Outcome(p.channel, p.sheet, p.truth.page, q.question, q.scenario,
                                    q.ink, q.kind, result, detail, share, len(q.styles)))
        kept = {w.question for w in r.writing}
        for key, has in p.truth.writing.items():
            writing.append((p.channel, p.truth.writing_ink.get(key, "-"), has, key in kept))
    return Scored(pages, outcomes, writing)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def _bucket(share: float | None) -> str:
    if share is None:
        return "-"
    return "45-60%" if share < 0.6 else "60-75%" if share < 0.75 else "75-90%"


def figures(s: Scored) -> dict[str, dict[str, Any]]:
    """Per channel: pages, read, reasons, questions, outcomes, sheets with a silent error."""
    out: dict[str, dict[str, Any]] = {}
    for p in s.pages:
        f = out.setdefault(p.channel, {"pages": 0, "read": 0, "reasons": Counter(),
                                       "crashes": 0, "big": 0, "big_read": 0,
                                       "questions": 0, "silent": 0, "needless": 0,
                                       "clear": 0, "review_ok": 0, "correct": 0, "blank_review": 0,
                                       "one_mark": 0, "one_mark_reviewed": 0,
                                       "crossouts": 0, "crossouts_read": 0,
                                       "sheets": set(), "bad_sheets": set(),
                                       "writing_missed": 0, "writing": 0,
                                       "false_writing": 0, "seconds": []})
        f["pages"] += 1
        f["sheets"].add(p.sheet)
        f["seconds"].append(p.seconds)
        big = p.params.get("height_share", 1.0) >= SMALL_SHEET
        f["big"] += big
        if p.error:
            f["crashes"] += not p.error.startswith("input:")
            f["reasons"][p.error[:70]] += 1
        elif p.reading.status is PageStatus.READ and p.reading.survey is not None:
            f["read"] += 1
            f["big_read"] += big
        else:
            f["reasons"][f"{p.reading.status.value}: {str(p.reading.message)[:60]}"] += 1
    for o in s.outcomes:
        f = out[o.channel]
        f["questions"] += 1
        f[o.result] += 1
        f["clear"] += o.kind == ANSWER
        one = o.kind == ANSWER and o.marks == 1
        f["one_mark"] += one
        f["one_mark_reviewed"] += one and o.result == "needless"
        if o.scenario in ("crossout", "multi_crossout"):
            f["crossouts"] += 1
            f["crossouts_read"] += o.result == "correct"
        if o.result == "silent":
            f["bad_sheets"].add(o.sheet)
    for channel, _ink, has, kept in s.writing:
        f = out[channel]
        f["writing"] += has
        f["writing_missed"] += has and not kept
        f["false_writing"] += kept and not has
    return out


def print_report(s: Scored, list_errors: bool = False,
                 list_needless: bool = False) -> dict[str, Any]:
    fig = figures(s)
    print("\n== by channel (questions on pages read) ==")
    print(f"{'channel':<14}{'pages':>6}{'read':>8}{'crash':>6}{'quest':>7}{'silent':>8}"
          f"{'needless':>9}{'rev ok':>8}{'bad sheets':>11}{'writing missed':>16}")
    for ch, f in fig.items():
        print(f"{ch:<14}{f['pages']:>6}{_pct(f['read'], f['pages']):>8}{f['crashes']:>6}"
              f"{f['questions']:>7}{_pct(f['silent'], f['questions']):>8}"
              f"{_pct(f['needless'], f['clear']):>9}{_pct(f['review_ok'], f['questions']):>8}"
              f"{len(f['bad_sheets']):>4}/{len(f['sheets']):<6}"
              f"{f['writing_missed']:>6}/{f['writing']:<4} +{f['false_writing']} false")
        ms = sorted(1000 * t for t in f["seconds"])
        print(f"    reading time per page: median {ms[len(ms) // 2]:.0f} ms, "
              f"slowest {ms[-1]:.0f} ms")
        for why, n in f["reasons"].most_common(4):
            print(f"    not read {n}: {why}")
    print("\n== by mark scenario (all channels) ==")
    by: dict[str, Counter] = defaultdict(Counter)
    for o in s.outcomes:
        by[o.scenario][o.result] += 1
    print(f"{'scenario':<20}{'n':>6}{'correct':>9}{'rev ok':>8}{'needless':>9}{'silent':>8}")
    for name in sorted(by):
        c = by[name]
        n = sum(c.values())
        print(f"{name:<20}{n:>6}{_pct(c['correct'], n):>9}{_pct(c['review_ok'], n):>8}"
              f"{_pct(c['needless'], n):>9}{_pct(c['silent'], n):>8}")
    channels = list(fig)
    print("\n== silent errors by scenario and channel (silent/questions) ==")
    print(f"{'scenario':<20}" + "".join(f"{c:>15}" for c in channels))
    cell: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for o in s.outcomes:
        cell[o.scenario, o.channel]["n"] += 1
        cell[o.scenario, o.channel]["silent"] += o.result == "silent"
    for name in sorted(by):
        print(f"{name:<20}" + "".join(
            f"{cell[name, c]['silent']:>8}/{cell[name, c]['n']:<6}" for c in channels))
    print("\n== by the student's ink (all channels) ==")
    inks: dict[str, Counter] = defaultdict(Counter)
    for o in s.outcomes:
        inks[o.ink][o.result] += 1
    for ink, c in sorted(inks.items()):
        n = sum(c.values())
        print(f"{ink:<12} questions {n:>5}  silent {_pct(c['silent'], n)}  "
              f"needless {_pct(c['needless'], n)}")
    print("\n== camera by sheet height (share of the frame) ==")
    pages_by: dict[str, Counter] = defaultdict(Counter)
    for p in s.pages:
        if "height_share" in p.params:
            b = _bucket(p.params["height_share"])
            pages_by[b]["pages"] += 1
            pages_by[b]["read"] += bool(p.reading and p.reading.status is PageStatus.READ
                                        and p.reading.survey is not None)
    q_by: dict[str, Counter] = defaultdict(Counter)
    for o in s.outcomes:
        if o.share is not None:
            q_by[_bucket(o.share)][o.result] += 1
    for b in sorted(pages_by):
        c, q = pages_by[b], q_by[b]
        n = sum(q.values())
        print(f"{b:<8} pages {c['pages']:>4}  read {_pct(c['read'], c['pages'])}  "
              f"questions {n:>5}  silent {_pct(q['silent'], n)}")
    print("\n== writing boxes by ink ==")
    w_by: dict[str, Counter] = defaultdict(Counter)
    for _ch, ink, has, kept in s.writing:
        w_by[ink if has else "(empty)"]["n"] += 1
        w_by[ink if has else "(empty)"]["ok"] += has == kept
    for ink, c in sorted(w_by.items()):
        print(f"{ink:<12} boxes {c['n']:>4}  right {_pct(c['ok'], c['n'])}")
    verdicts = done_when(fig)
    print("\n== issue 16 done-when (on this generator) ==")
    for name, (value, goal, ok) in verdicts.items():
        verdict = "" if goal == "-" else "yes" if ok else "NO"
        print(f"{name:<58}{value:>10}  goal {goal:<8} {verdict}")
    if list_needless:
        print("\n== clear marks sent to review (the reader's reason) ==")
        reasons = Counter((o.scenario, o.detail) for o in s.outcomes if o.result == "needless")
        for (scenario, detail), n in reasons.most_common():
            print(f"{n:>5}  {scenario}: {detail}")
    if list_errors:
        print("\n== silent errors ==")
        for o in s.outcomes:
            if o.result == "silent":
                print(f"{o.channel} sheet {o.sheet} p{o.page + 1} {o.question}: {o.scenario} "
                      f"({o.ink}) {o.detail}")
    return verdicts


def done_when(fig: dict[str, dict[str, Any]]) -> dict[str, tuple[str, str, bool]]:
    def total(channels, key):
        return sum(fig[c][key] for c in channels if c in fig)

    out = {}
    copiers = [c for c in fig if c.startswith("copier")]
    cams = [c for c in fig if c in ("webcam", "phone")]
    burst = [c for c in fig if c == "webcam_burst"]
    for label, chans in (("copier grey+colour", [c for c in copiers if c != "copier_1bit"]),
                         ("copier 1-bit (reported)", ["copier_1bit"])):
        chans = [c for c in chans if c in fig]
        if not chans:
            continue
        q, sil = total(chans, "questions"), total(chans, "silent")
        p, rd = total(chans, "pages"), total(chans, "read")
        out[f"{label}: silent errors"] = (_pct(sil, q).strip(), "≤ 0.2%",
                                         q > 0 and sil / q <= 0.002)
        out[f"{label}: pages not read"] = (_pct(p - rd, p).strip(), "≤ 2%",
                                          p > 0 and (p - rd) / p <= 0.02)
        out[f"{label}: crashes"] = (str(total(chans, "crashes")), "0",
                                   total(chans, "crashes") == 0)
    for c in cams + burst:
        f = fig[c]
        out[f"{c}: pages read, sheet ≥ 60% of frame height"] = (
            _pct(f["big_read"], f["big"]).strip(), "≥ 90%",
            f["big"] > 0 and f["big_read"] / f["big"] >= 0.9)
    if cams:
        q, sil = total(cams, "questions"), total(cams, "silent")
        out["webcam+phone: silent errors over all photos"] = (_pct(sil, q).strip(), "≤ 0.5%",
                                                              q > 0 and sil / q <= 0.005)
        out["webcam+phone: crashes"] = (str(total(cams, "crashes")), "0",
                                        total(cams, "crashes") == 0)
    if burst:
        q, sil = total(burst, "questions"), total(burst, "silent")
        out["webcam burst (reported): silent errors"] = (_pct(sil, q).strip(), "≤ 0.5%",
                                                         q > 0 and sil / q <= 0.005)
    one, reviewed = total(list(fig), "one_mark"), total(list(fig), "one_mark_reviewed")
    out["one clear answer mark sent to review (all channels)"] = (
        _pct(reviewed, one).strip(), "≤ 5%", one > 0 and reviewed / one <= 0.05)
    clear, needless = total(list(fig), "clear"), total(list(fig), "needless")
    out["only clear marks (multiple choice too) sent to review"] = (
        _pct(needless, clear).strip(), "≤ 5%", clear > 0 and needless / clear <= 0.05)
    n, read = total(list(fig), "crossouts"), total(list(fig), "crossouts_read")
    out["the sheet's cross-out read as the other bubble (reported)"] = (
        _pct(read, n).strip(), "-", n > 0 and read == n)
    wr, miss = total(list(fig), "writing"), total(list(fig), "writing_missed")
    out["writing boxes with writing not kept"] = (f"{miss}/{wr}", "0", miss == 0)
    return out
