#!/usr/bin/env python3
"""Validates the JSON of every sample report against docs/jindu.report-1.schema.json.

Usage: schema_check.py JINDU SOURCE_DIR [without-pdf]
Converts each report in SOURCE_DIR/samples (but the PDFs, for a program built
without the PDF reader) with `JINDU convert --format json`,
one at a time and all at once (an array), and validates both with a real JSON
Schema validator (Debian's python3-jsonschema). Exits 1 on the first invalid
document, naming the sample and the place.
"""
import json
import pathlib
import subprocess
import sys

import jsonschema


def main(jindu, source, pdf=True):
    root = pathlib.Path(source)
    schema = json.loads((root / "docs" / "jindu.report-1.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    samples = sorted(p for p in (root / "samples").iterdir()
                     if p.is_file() and p.name != "README.md" and (pdf or p.suffix != ".pdf"))
    if not samples:
        print("no samples found", file=sys.stderr)
        return 1

    def check(name, document):
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for e in errors[:5]:
            path = "/".join(str(p) for p in e.absolute_path)
            print(f"{name}: {path}: {e.message}", file=sys.stderr)
        return not errors

    ok = True
    for sample in samples:
        run = subprocess.run([jindu, "convert", "--format", "json", str(sample)], capture_output=True)
        if run.returncode not in (0, 1) or not run.stdout:
            print(f"{sample.name}: jindu exited {run.returncode}: {run.stderr[:200]!r}", file=sys.stderr)
            ok = False
            continue
        ok = check(sample.name, json.loads(run.stdout)) and ok
    run = subprocess.run([jindu, "convert", "--format", "json", *map(str, samples)], capture_output=True)
    all_of_them = json.loads(run.stdout)
    if not isinstance(all_of_them, list) or len(all_of_them) != len(samples):
        print("several inputs do not give an array of one report each", file=sys.stderr)
        ok = False
    ok = check("all samples", all_of_them) and ok
    # The validator itself must reject what the contract forbids.
    broken = json.loads(json.dumps(all_of_them[0]))
    broken["items"][0]["status"] = "done"
    if validator.is_valid(broken):
        print("the schema accepts an unknown status", file=sys.stderr)
        ok = False
    print(f"{len(samples)} samples valid against jindu.report/1" if ok else "invalid output", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:] != ["without-pdf"]))
