#!/usr/bin/env bash
# make bench-large: issue 17's linearity target, readout at 10M statements against 1M (one run each),
# with `cat` of the CSV tables as the I/O floor and peak RSS; writes bench/results-large.md. Not part of
# CI or `make bench`: generating 10M statements writes about 4.5 GB of CSV, 7.5 GB of JSON Lines and a
# 1.6 GB corpus into bench/data. BENCH_LARGE_BASE and BENCH_LARGE_SIZE set the two sizes (a quick try:
# make bench-large BENCH_LARGE_BASE=10000 BENCH_LARGE_SIZE=100000), BENCH_LIMIT the time limit of a run.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${BENCH_LARGE_BASE:-1000000}
size=${BENCH_LARGE_SIZE:-10000000}
limit=${BENCH_LIMIT:-3600}
venv=.venv
data=bench/data
swift build -c release --product readout
readout=.build/release/readout
mkdir -p "$data"
for n in "$base" "$size"; do
  if [ ! -f "$data/n$n/tables/datapackage.json" ]; then
    echo "bench-large: generating $n statements"
    "$readout" generate --records "$n" --out "$data/n$n"
  fi
done
label() { if [ "$1" -ge 1000000 ]; then echo "$(($1 / 1000000))M"; else echo "$(($1 / 1000))k"; fi; }
versions="readout $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(swift --version 2>&1 | head -1)."
cases=()
for n in "$base" "$size"; do
  d="$data/n$n"
  records=$(cat "$d"/tables/jsonl/*.jsonl | wc -l); csv_bytes=$(cat "$d"/tables/csv/*.csv | wc -c)
  cases+=("$(printf '{"name": "cat CSV (I/O floor), %s", "size": "large", "records": %s, "bytes": %s, "command": "cat %s/tables/csv/*.csv > /dev/null", "exits": [0]}' "$(label "$n")" "$records" "$csv_bytes" "$d")")
  cases+=("$(printf '{"name": "readout validate + export, tables, %s", "size": "large", "records": %s, "bytes": %s, "command": "%s export --data %s/tables --corpus %s/corpus --out %s/out", "exits": [0, 1]}' "$(label "$n")" "$records" "$csv_bytes" "$readout" "$d" "$d" "$d")")
done
small_case="readout validate + export, tables, $(label "$base")"; large_case="readout validate + export, tables, $(label "$size")"
{
  printf '{"target": "make bench-large", "repeats_small": 1, "time_limit": %s, "versions": "%s", "load": "%s", "cases": [' "$limit" "$versions" "$(cut -d' ' -f1-3 /proc/loadavg)"
  (IFS=,; printf '%s' "${cases[*]}")
  printf '], "targets": [], "memory": [{"case": "%s", "limit": 300}, {"case": "%s", "limit": 300}],' "$small_case" "$large_case"
  printf ' "linear": {"small": "%s", "large": "%s", "limit": 10.5}}' "$small_case" "$large_case"
} > "$data/spec-large.json"
"$venv"/bin/python bench/measure.py "$data/spec-large.json" bench/results-large.md
cat bench/results-large.md
