#!/usr/bin/env bash
# Hostile sizes under an address-space limit (make limits; README "Bounded resources").
#
# Each case generates its input in a temporary folder (streamed with head/tr/seq/awk: the 2 GiB lines are
# never held by this script), runs `readout validate` on it under `ulimit -v` (ADDRESS_SPACE_KIB, the
# bound the README promises) and checks the exit status and the message: exit 2 with the typed error
# naming the file and line, or exit 1 with the named finding. It prints each case's peak RSS and time.
# CASES="csv-line yaml" picks some.
set -uo pipefail
cd "$(dirname "$0")/../.."
READOUT=$(realpath "${READOUT:-.build/debug/readout}")
ADDRESS_SPACE_KIB=${ADDRESS_SPACE_KIB:-1048576}
CASES=${CASES:-csv-line csv-cell jsonl-line columns descriptor schema-file yaml object-cell jsonl-nesting}
LINE=$((2 * 1024 * 1024 * 1024))

work=$(mktemp -d "${TMPDIR:-/tmp}/readout-limits.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "limits: FAIL: $*"; failures=$((failures + 1)); }

# A data package in $work/$1 with one resource, table t at path $2, fields id and text (text of type $3).
package() {
  mkdir -p "$work/$1"
  printf '{"resources": [{"name": "t", "path": "%s", "schema": {"fields": [{"name": "id", "type": "string"}, {"name": "text", "type": "%s"}]}}]}\n' \
    "$2" "$3" > "$work/$1/datapackage.json"
}

# N bytes of the letter a, streamed.
letters() { head -c "$1" /dev/zero | tr '\0' a; }

# expect NAME STATUS PATTERN ARGS...: `readout validate ARGS` under the limit must exit STATUS with
# PATTERN (an extended regular expression) on standard error or output.
expect() {
  local name=$1 expected=$2 pattern=$3; shift 3
  local status=0
  ( ulimit -v "$ADDRESS_SPACE_KIB"
    exec /usr/bin/time -f '%M %e' -o "$work/time" "$READOUT" validate "$@" ) > "$work/out" 2> "$work/err" || status=$?
  local rss seconds
  # /usr/bin/time writes "Command exited with non-zero status N" before its figures when N is not 0.
  read -r rss seconds < <(tail -n 1 "$work/time" 2>/dev/null) || true
  [[ ${rss:-} =~ ^[0-9]+$ ]] || { rss=0; seconds=?; }
  echo "limits: $name: exit $status, peak RSS $((rss / 1024)) MiB, $seconds s"
  if [ "$status" -ne "$expected" ]; then
    fail "$name: exit $status, not $expected: $(head -c 400 "$work/err")"
  elif ! grep -Eq "$pattern" "$work/err" "$work/out"; then
    fail "$name: no message matching '$pattern': $(head -c 400 "$work/err") $(head -c 400 "$work/out")"
  fi
}

for case in $CASES; do
  case $case in
  csv-line)
    # A 2 GiB line: refused when the line passes the bound, long before the file is in memory.
    package csv-line t.csv string
    { printf 'id,text\n1,'; letters $LINE; printf '\n'; } > "$work/csv-line/t.csv"
    expect csv-line 2 't\.csv:2: the line is longer than 64 MiB' --data "$work/csv-line"
    rm -rf "$work/csv-line" ;;
  csv-cell)
    # A quoted cell of 66 MiB on lines of 1 KiB (each line is short; the cell is not).
    package csv-cell t.csv string
    { printf 'id,text\n1,"'; head -c $((66 * 1024 * 1024)) /dev/zero | tr '\0' a | fold -w 1023; printf '"\n'; } > "$work/csv-cell/t.csv"
    expect csv-cell 2 't\.csv:2: the row on this line has a cell longer than 64 MiB' --data "$work/csv-cell"
    rm -rf "$work/csv-cell" ;;
  jsonl-line)
    package jsonl-line t.jsonl string
    { printf '{"id": "1", "text": "a"}\n{"id": "2", "text": "'; letters $LINE; printf '"}\n'; } > "$work/jsonl-line/t.jsonl"
    expect jsonl-line 2 't\.jsonl:2: the line is longer than 64 MiB' --data "$work/jsonl-line"
    rm -rf "$work/jsonl-line" ;;
  columns)
    # A header of a million columns (and a row of as many cells): refused at the 65,537th cell.
    package columns t.csv string
    { seq -f 'c%.0f' 3 1000000 | paste -sd, | sed 's/^/id,text,/'; seq -f '%.0f' 1 1000000 | paste -sd,; } > "$work/columns/t.csv"
    expect columns 2 't\.csv:1: the row on this line has more than 65536 cells' --data "$work/columns"
    rm -rf "$work/columns" ;;
  descriptor)
    # A 100 MiB datapackage.json: refused by its size before it is read.
    mkdir -p "$work/descriptor"
    { printf '{"description": "'; letters $((100 * 1024 * 1024)); printf '", "resources": []}\n'; } > "$work/descriptor/datapackage.json"
    expect descriptor 2 'datapackage\.json: the file is 100\.0 MiB; readout reads descriptors of up to 16 MiB' --data "$work/descriptor"
    rm -rf "$work/descriptor" ;;
  schema-file)
    # The same for a table schema in a file of its own.
    mkdir -p "$work/schema-file"
    printf '{"resources": [{"name": "t", "path": "t.csv", "schema": "schema.json"}]}\n' > "$work/schema-file/datapackage.json"
    { printf '{"fields": [{"name": "id", "description": "'; letters $((100 * 1024 * 1024)); printf '"}]}\n'; } > "$work/schema-file/schema.json"
    printf 'id\n1\n' > "$work/schema-file/t.csv"
    expect schema-file 2 'schema\.json: the file is 100\.0 MiB; readout reads schema and dialect files of up to 16 MiB' --data "$work/schema-file"
    rm -rf "$work/schema-file" ;;
  yaml)
    # A YAML data file of a million tiny records.
    package yaml-schema t.csv string
    mkdir -p "$work/yaml/data"
    { echo 't:'; seq -f '- {id: r%.0f, text: x}' 1 1000000; } > "$work/yaml/data/t.yaml"
    expect yaml 2 't\.yaml: the file is 2[0-9]\.[0-9] MiB; readout reads YAML data files of up to 16 MiB' --data "$work/yaml/data" --schema "$work/yaml-schema/datapackage.json"
    rm -rf "$work/yaml" "$work/yaml-schema" ;;
  object-cell)
    # JSON nested 100,000 deep in a CSV cell of an object field: a finding (the cell is not a JSON object).
    package object-cell t.csv object
    { printf 'id,text\n1,"'; head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; printf '"\n'; } > "$work/object-cell/t.csv"
    expect object-cell 1 "t\.csv:2:2: error: .* is not a valid JSON object for 'text' \(record 1\) \[schema\.type\]" --data "$work/object-cell"
    rm -rf "$work/object-cell" ;;
  jsonl-nesting)
    # The same in a JSON Lines object member: the line cannot be read (JSON Lines nesting is bounded at 64).
    package jsonl-nesting t.jsonl object
    { printf '{"id": "1", "text": '; head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; printf '}\n'; } > "$work/jsonl-nesting/t.jsonl"
    expect jsonl-nesting 2 't\.jsonl:1:[0-9]+: invalid JSON: values are nested more than 64 deep' --data "$work/jsonl-nesting"
    rm -rf "$work/jsonl-nesting" ;;
  *) fail "unknown case '$case'" ;;
  esac
done

echo "limits: $(echo $CASES | wc -w) cases under ulimit -v $ADDRESS_SPACE_KIB KiB, $failures failed"
[ $failures -eq 0 ]
