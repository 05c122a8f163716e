#!/usr/bin/env bash
# make bench: readout against frictionless, DuckDB and polars on the same synthetic data, with `cat` of
# the inputs as the I/O floor; writes bench/results.md. BENCH_SMALL and BENCH_LARGE set the sizes
# (statements), BENCH_LIMIT the time limit of a large run. The 10M linearity run is bench/large.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
small=${BENCH_SMALL:-100000}
large=${BENCH_LARGE:-1000000}
limit=${BENCH_LIMIT:-180}
venv=.venv
data=bench/data
swift build -c release --product readout
readout=.build/release/readout
mkdir -p "$data"
for size in "$small" "$large"; do
  if [ ! -f "$data/n$size/tables/datapackage.json" ]; then
    echo "bench: generating $size statements"
    yaml=$([ "$size" = "$small" ] && echo --yaml || true)
    "$readout" generate --records "$size" --out "$data/n$size" $yaml
  fi
done
rows() { cat "$1"/jsonl/*.jsonl | wc -l; }
bytes() { cat "$@" | wc -c; }
small_rows=$(rows "$data/n$small/tables"); large_rows=$(rows "$data/n$large/tables")
versions="readout $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(swift --version 2>&1 | head -1), frictionless $("$venv"/bin/frictionless --version 2>/dev/null | head -1), duckdb $("$venv"/bin/python -c 'import duckdb; print(duckdb.__version__)'), polars $("$venv"/bin/python -c 'import polars; print(polars.__version__)')."
case_json() { # name size records bytes command [exit codes that still mean a complete run]
  printf '{"name": "%s", "size": "%s", "records": %s, "bytes": %s, "command": "%s", "exits": [%s]}' "$1" "$2" "$3" "$4" "$5" "${6:-0}"
}
cases=()
for size in "$small" "$large"; do
  kind=$([ "$size" = "$small" ] && echo small || echo large)
  d="$data/n$size"; n=$([ "$size" = "$small" ] && echo "$small_rows" || echo "$large_rows")
  label=$([ "$size" = "$small" ] && echo "$((small / 1000))k" || echo "$((large / 1000))k")
  jsonl_bytes=$(bytes "$d"/tables/jsonl/*.jsonl); csv_bytes=$(bytes "$d"/tables/csv/*.csv)
  cases+=("$(case_json "cat CSV (I/O floor), $label" "$kind" "$n" "$csv_bytes" "cat $d/tables/csv/*.csv > /dev/null")")
  cases+=("$(case_json "cat JSONL (I/O floor), $label" "$kind" "$n" "$jsonl_bytes" "cat $d/tables/jsonl/*.jsonl > /dev/null")")
  cases+=("$(case_json "readout validate + export, tables, $label" "$kind" "$n" "$csv_bytes" "$readout export --data $d/tables --corpus $d/corpus --out $d/out" "0, 1")")
  cases+=("$(case_json "frictionless validate, CSV, $label" "$kind" "$n" "$csv_bytes" "$venv/bin/frictionless validate $d/tables/datapackage.json" "0, 1")")
  cases+=("$(case_json "DuckDB JSONL to CSV, $label" "$kind" "$n" "$jsonl_bytes" "$venv/bin/python bench/duckdb_to_csv.py $d/tables $d/duckdb")")
  cases+=("$(case_json "polars structural checks, CSV, $label" "$kind" "$n" "$csv_bytes" "$venv/bin/python bench/polars_checks.py $d/tables/datapackage.json" "0, 1")")
done
yaml_bytes=$(bytes $(find "$data/n$small/yaml" -name '*.yaml'))
cases+=("$(case_json "readout validate + export, YAML, $((small / 1000))k" small "$small_rows" "$yaml_bytes" "$readout export --data $data/n$small/yaml --corpus $data/n$small/corpus --out $data/n$small/out-yaml" "0, 1")")
large_label="$((large / 1000))k"; small_label="$((small / 1000))k"
{
  printf '{"repeats_small": 3, "time_limit": %s, "versions": "%s", "load": "%s", "cases": [' "$limit" "$versions" "$(cut -d' ' -f1-3 /proc/loadavg)"
  (IFS=,; printf '%s' "${cases[*]}")
  printf '], "targets": ['
  printf '{"label": "tables, %s, every rule + export against structural checks only", "readout": "readout validate + export, tables, %s", "other": "frictionless validate, CSV, %s", "other_label": "frictionless", "ratio": 20},' "$large_label" "$large_label" "$large_label"
  printf '{"label": "tables, %s, against JSONL to CSV", "readout": "readout validate + export, tables, %s", "other": "DuckDB JSONL to CSV, %s", "other_label": "DuckDB", "ratio": 1.0},' "$large_label" "$large_label" "$large_label"
  printf '{"label": "tables, %s, every rule + export against the same structural checks in polars", "readout": "readout validate + export, tables, %s", "other": "polars structural checks, CSV, %s", "other_label": "polars", "ratio": 1.0}' "$large_label" "$large_label" "$large_label"
  printf '], "memory": [{"case": "readout validate + export, tables, %s", "limit": 300}],' "$large_label"
  printf ' "rates": [{"case": "readout validate + export, YAML, %s", "minimum": 50000}],' "$small_label"
  printf ' "linear": {"small": "readout validate + export, tables, %s", "large": "readout validate + export, tables, %s", "limit": 10.5, "informational": true},' "$small_label" "$large_label"
  printf ' "profile": ""}'
} > "$data/spec.json"
"$venv"/bin/python bench/measure.py "$data/spec.json" bench/results.md
{
  echo "## Where the time goes"
  echo
  echo "\`readout validate --benchmark\` (milliseconds per step, slowest first; 'read' and 'check' are wall"
  echo "times, each rule's time is on its core, with the rules run on both cores). The export stage is the"
  echo "export case's time less validate's. See README, Performance, for what the figures mean."
  for size in "$small" "$large"; do
    echo
    echo "At $((size / 1000))k statements:"
    echo
    echo '```'
    { "$readout" validate --data "$data/n$size/tables" --corpus "$data/n$size/corpus" --benchmark 2>&1 >/dev/null || true; } | head -12
    echo '```'
  done
} >> bench/results.md
cat bench/results.md
