#!/usr/bin/env python3
"""Validates the expected JSON of every sample pair against docs/jindu.compare-1.schema.json.

Usage: schema_check.py SOURCE_DIR
The compare tests check that jindu compare writes exactly these files, so
this checks its output too. Exits 1 on the first invalid document, naming the
file and the place.
"""
import json
import pathlib
import sys

import jsonschema


def main(source):
    root = pathlib.Path(source)
    schema = json.loads((root / "docs" / "jindu.compare-1.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    documents = sorted((root / "samples" / "compare").glob("*.json"))
    if not documents:
        print("no expected comparisons found", file=sys.stderr)
        return 1
    ok = True
    for path in documents:
        document = json.loads(path.read_text(encoding="utf-8"))
        for e in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))[:5]:
            print(f"{path.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}", file=sys.stderr)
            ok = False
    # The validator itself must reject what the contract forbids.
    broken = json.loads(documents[0].read_text(encoding="utf-8"))
    broken["pairs"][0]["movement"] = "moved"
    if validator.is_valid(broken):
        print("the schema accepts an unknown movement", file=sys.stderr)
        ok = False
    print(f"{len(documents)} comparisons valid against jindu.compare/1" if ok else "invalid output", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
