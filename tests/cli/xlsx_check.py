#!/usr/bin/env python3
"""Reads back `jindu convert --format xlsx` with openpyxl, for every sample.

Usage: xlsx_check.py JINDU SOURCE_DIR [without-pdf]
For each report in SOURCE_DIR/samples (but the PDFs, for a program built
without the PDF reader), and for all of them in one workbook, the "items" and
"quantities" sheets must hold the rows of `--format csv` and `--format
quantities`, cell by cell: numbers as numbers, completion as a number with a
percent format, everything else as text, blanks where the CSV is empty; each
sheet with its header row frozen, an autofilter over all its rows and column
widths set. Exits 1 naming the sample, sheet and cell of the first mismatch.
"""
import csv
import io
import math
import pathlib
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.utils import get_column_letter

NUMBERS = {"row", "completion", "target_value", "achieved_value", "percent_mean", "targets_count",
           "achieved_count", "percents_count", "value", "value_max"}


def csv_rows(jindu, fmt, inputs):
    run = subprocess.run([jindu, "convert", "--format", fmt, *inputs], capture_output=True)
    return list(csv.reader(io.StringIO(run.stdout.decode("utf-8"), newline="")))


def check_sheet(sheet, expected):
    """The first difference between a sheet and CSV rows, or None."""
    header = expected[0]
    rows = list(sheet.iter_rows())
    if len(rows) != len(expected):
        return f"{len(rows)} rows for {len(expected)} CSV lines"
    if [c.value for c in rows[0]] != header:
        return f"header {[c.value for c in rows[0]]}"
    for r, (cells, line) in enumerate(zip(rows[1:], expected[1:]), 2):
        for name, cell, text in zip(header, cells, line):
            where = f"{cell.coordinate} ({name})"
            if text == "":
                if cell.value is not None:
                    return f"{where}: {cell.value!r} where the CSV is empty"
            elif name in NUMBERS:
                if isinstance(cell.value, bool) or not isinstance(cell.value, (int, float)):
                    return f"{where}: {cell.value!r} is not a number"
                if not math.isclose(cell.value, float(text), rel_tol=1e-12):
                    return f"{where}: {cell.value!r} for {text}"
                percent = name == "completion"
                if percent != ("%" in cell.number_format):
                    return f"{where}: number format {cell.number_format!r}"
            elif not isinstance(cell.value, str) or cell.value != text:
                return f"{where}: {cell.value!r} for the text {text!r}"
    if sheet.freeze_panes != "A2":
        return f"frozen at {sheet.freeze_panes}, not below the header"
    last = f"A1:{get_column_letter(len(header))}{len(expected)}"
    if sheet.auto_filter.ref != last:
        return f"autofilter over {sheet.auto_filter.ref}, not {last}"
    for c, name in enumerate(header, 1):
        width = sheet.column_dimensions[get_column_letter(c)].width
        if not width or width < len(name):
            return f"column {name} is {width} wide"
    return None


def check(jindu, inputs, label):
    with tempfile.TemporaryDirectory() as folder:
        out = pathlib.Path(folder) / "records.xlsx"
        run = subprocess.run([jindu, "convert", "--format", "xlsx", "-o", str(out), *inputs], capture_output=True)
        if run.returncode not in (0, 1) or not out.exists():
            return [f"{label}: jindu exited {run.returncode}: {run.stderr[:200]!r}"]
        book = openpyxl.load_workbook(out)
        if book.sheetnames != ["items", "quantities"]:
            return [f"{label}: sheets {book.sheetnames}"]
        problems = []
        for sheet, fmt in (("items", "csv"), ("quantities", "quantities")):
            problem = check_sheet(book[sheet], csv_rows(jindu, fmt, inputs))
            if problem:
                problems.append(f"{label}: {sheet}: {problem}")
        return problems


def main(jindu, source, pdf=True):
    samples = sorted(str(p) for p in (pathlib.Path(source) / "samples").iterdir()
                     if p.is_file() and p.name != "README.md" and (pdf or p.suffix != ".pdf"))
    if not samples:
        print("no samples found", file=sys.stderr)
        return 1
    problems = []
    for sample in samples:
        problems += check(jindu, [sample], pathlib.Path(sample).name)
    problems += check(jindu, samples, "all samples")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(samples)} samples read back from XLSX" if not problems else "XLSX mismatches", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:] != ["without-pdf"]))
