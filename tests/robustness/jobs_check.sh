#!/bin/sh
# Converting every sample report with one job and with four gives the same
# bytes, in every output format.
#
#     jobs_check.sh JINDU SAMPLES
set -eu
jindu="$1"
samples="$2"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM
set --
for f in "$samples"/*.txt "$samples"/*.md "$samples"/*.html "$samples"/*.docx "$samples"/*.xlsx; do
  [ "$(basename "$f")" = README.md ] || set -- "$@" "$f"
done
[ $# -gt 10 ] || { echo "FAIL only $# samples found" >&2; exit 1; }
for format in csv json quantities; do
  "$jindu" convert --jobs 1 --format "$format" -o "$dir/one.$format" "$@" 2>"$dir/one.err"
  "$jindu" convert --jobs 4 --format "$format" -o "$dir/four.$format" "$@" 2>"$dir/four.err"
  cmp "$dir/one.err" "$dir/four.err" || { echo "FAIL --jobs 4 reports differently in $format" >&2; exit 1; }
  cmp "$dir/one.$format" "$dir/four.$format" || { echo "FAIL --jobs 4 differs in $format" >&2; exit 1; }
  echo "$format: $# samples, $(wc -c <"$dir/one.$format") identical bytes"
done
