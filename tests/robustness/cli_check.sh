#!/bin/sh
# Runs every bad input through `jindu convert` and checks what a user sees:
# exit 0 with diagnostics on stderr, or exit 1 with a "file:...: message" line;
# never a crash; each under 10 s and 1 GiB (rows.txt, the long table, is timed
# and counted but only bounded loosely: timing belongs to benchmarks). With
# no-bounds (sanitizer builds) time and memory are printed, not checked.
#
#     cli_check.sh JINDU MAKE_BAD_INPUTS [bounds|no-bounds]
set -eu
jindu="$1"
make_bad_inputs="$2"
bounds="${3:-bounds}"
time_cmd=/usr/bin/time  # GNU time, for the peak memory
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM
mkdir "$dir/in"
"$make_bad_inputs" "$dir/in" >"$dir/list"

failed=0
printf '%-22s %4s %8s %8s\n' input exit seconds MiB
while IFS="$(printf '\t')" read -r file what; do
  name=$(basename "$file")
  status=0
  "$time_cmd" -f '%e %M' -o "$dir/time" "$jindu" convert "$file" -o "$dir/out.csv" 2>"$dir/err" || status=$?
  set -- $(tail -n 1 "$dir/time")
  seconds="$1"
  mib=$(( $2 / 1024 ))
  printf '%-22s %4s %8s %8s\n' "$name" "$status" "$seconds" "$mib"
  problem=""
  case "$status" in
    0) if [ "$name" = rows.txt ]; then
         [ "$(wc -l <"$dir/out.csv")" -eq 200001 ] || problem="not 200,000 items in the CSV"
       else
         grep -q "^$file:[0-9]*:.*warning" "$dir/err" || problem="exit 0 without a diagnostic"
       fi ;;
    1) grep -q "^$file:" "$dir/err" || problem="exit 1 without a line naming the file" ;;
    *) problem="exit status $status" ;;
  esac
  if [ "$bounds" = bounds ]; then
    limit=10
    [ "$name" = rows.txt ] && limit=60
    awk "BEGIN { exit !($seconds < $limit) }" || problem="$problem took ${seconds} s"
    [ "$mib" -lt 1024 ] || problem="$problem used ${mib} MiB"
  fi
  if [ -n "$problem" ]; then
    echo "FAIL $name ($what): $problem" >&2
    sed 's/^/  stderr: /' "$dir/err" | head -n 5 >&2
    failed=1
  fi
done <"$dir/list"
exit "$failed"
