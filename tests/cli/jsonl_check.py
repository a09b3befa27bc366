#!/usr/bin/env python3
"""Checks `jindu convert --format jsonl` on every sample report.

Usage: jsonl_check.py JINDU SOURCE_DIR [without-pdf]
For each report in SOURCE_DIR/samples (but the PDFs, for a program built
without the PDF reader), every output line must be one valid JSON object, and
the lines must be the report's items, in order, each with the report's source,
title, year and period, as `--format json` gives them. Exits 1 naming the
sample and the line on the first mismatch.
"""
import json
import pathlib
import subprocess
import sys

HEAD = ("source", "title", "year", "period")


def check_sample(jindu, sample):
    """The problem with the sample's lines, or None; and how many items it has."""
    run = subprocess.run([jindu, "convert", "--format", "json", str(sample)], capture_output=True)
    report = json.loads(run.stdout)
    count = len(report["items"])
    run = subprocess.run([jindu, "convert", "--format", "jsonl", str(sample)], capture_output=True)
    if run.returncode not in (0, 1):
        return f"jindu exited {run.returncode}: {run.stderr[:200]!r}", count
    text = run.stdout.decode("utf-8")
    if text and not text.endswith("\n"):
        return "the last line has no line end", count
    lines = text.splitlines()
    if len(lines) != len(report["items"]):
        return f"{len(lines)} lines for {count} items", count
    for number, (line, item) in enumerate(zip(lines, report["items"]), 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            return f"line {number}: not JSON: {e}", count
        expected = {key: report[key] for key in HEAD} | item
        if not isinstance(record, dict) or record != expected:
            return f"line {number}: not the item with its report's {', '.join(HEAD)}", count
        if list(record) != list(expected):
            return f"line {number}: fields out of order", count
    return None, count


def main(jindu, source, pdf=True):
    samples = sorted(p for p in (pathlib.Path(source) / "samples").iterdir()
                     if p.is_file() and p.name != "README.md" and (pdf or p.suffix != ".pdf"))
    if not samples:
        print("no samples found", file=sys.stderr)
        return 1
    failed = 0
    items = 0
    for sample in samples:
        problem, count = check_sample(jindu, sample)
        if problem:
            print(f"{sample.name}: {problem}", file=sys.stderr)
            failed += 1
        items += count
    if items == 0:
        print("no items in any sample", file=sys.stderr)
        return 1
    print(f"{len(samples) - failed} of {len(samples)} samples give one JSON line per item ({items} lines)",
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:] != ["without-pdf"]))
