#!/usr/bin/env python3
"""Per-class times of a test run from its trx file: when each class's first test started and its last ended (seconds
from the run's first start), and the sum of its tests' durations; longest first, and the classes that ended last.

    bench/suite-classes.py RUN.trx [CLASS-FILTER]
"""
import sys
import xml.etree.ElementTree as ET
from datetime import datetime

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def when(text: str) -> datetime:
    # 2026-12-05T23:30:01.1234567+00:00: Python reads at most six fractional digits.
    head, _, rest = text.partition(".")
    digits = "".join(c for c in rest if c.isdigit())[:6] if rest else "0"
    zone = rest[next((i for i, c in enumerate(rest) if c in "+-Z"), len(rest)):]
    return datetime.fromisoformat(f"{head}.{digits.ljust(6, '0')}{zone.replace('Z', '+00:00')}")


def seconds(duration: str) -> float:
    h, m, s = duration.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def main() -> None:
    root = ET.parse(sys.argv[1]).getroot()
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    class_of = {u.get("id"): u.find("t:TestMethod", NS).get("className")
                for u in root.iterfind("t:TestDefinitions/t:UnitTest", NS)}
    classes: dict = {}
    for r in root.iterfind("t:Results/t:UnitTestResult", NS):
        name = class_of[r.get("testId")].split(".")[-1]
        c = classes.setdefault(name, {"tests": 0, "sum": 0.0, "start": None, "end": None, "failed": 0})
        start, end = when(r.get("startTime")), when(r.get("endTime"))
        c["tests"] += 1
        c["sum"] += seconds(r.get("duration", "0:0:0"))
        c["failed"] += r.get("outcome") != "Passed"
        c["start"] = start if c["start"] is None else min(c["start"], start)
        c["end"] = end if c["end"] is None else max(c["end"], end)
    t0 = min(c["start"] for c in classes.values())
    t1 = max(c["end"] for c in classes.values())
    print(f"{sum(c['tests'] for c in classes.values())} tests, {len(classes)} classes, "
          f"first start to last end {(t1 - t0).total_seconds():.1f} s")
    rows = sorted(classes.items(), key=lambda kv: -(kv[1]["end"] - kv[1]["start"]).total_seconds())
    print(f"{'class':58} {'tests':>5} {'from':>7} {'to':>7} {'span':>7} {'sum':>7}")
    for name, c in rows:
        if only and only not in name:
            continue
        a, b = (c["start"] - t0).total_seconds(), (c["end"] - t0).total_seconds()
        print(f"{name:58} {c['tests']:5} {a:7.1f} {b:7.1f} {b - a:7.1f} {c['sum']:7.1f}" + (f"  {c['failed']} failed" if c["failed"] else ""))
    if not only:
        print("\nended last:")
        for name, c in sorted(classes.items(), key=lambda kv: kv[1]["end"])[-8:]:
            print(f"  {name:56} ended {(c['end'] - t0).total_seconds():7.1f}")


if __name__ == "__main__":
    main()
