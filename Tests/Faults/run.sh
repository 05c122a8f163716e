#!/usr/bin/env bash
# The fault-injection matrix and the kill test (make faults; README "Reliability").
#
# Matrix: `readout export` (and `report`) of the bundled data into a temporary folder that holds an
# earlier export (and a report folder of its own), and `readout import` of an export with one cell
# edited into a copy of data/, are first run under faultshim.so to count their I/O calls under that
# folder; then, for every N from 1 to the count, run with call N failing (ENOSPC, EIO, EACCES in turn,
# every fourth a short write). Each run must exit 2 with a message naming a file and the error, leave
# the old folder byte-identical and no staging folder, temporary or lock file. A fault in the cleanup
# after the swap or the commit (removing the old files) cannot undo it: such a run must exit 0 with
# exactly the new files, say on stderr what it left, and the next run must remove it.
# Kill tests: SIGKILL at KILLS seeded random moments of an export, a report and an import of a generated
# dataset (see killtest below).
set -uo pipefail
cd "$(dirname "$0")/../.."
READOUT=${READOUT:-.build/debug/readout}
SHIM=${SHIM:-.build/faults/faultshim.so}
CORPUS=${CORPUS:-../shared/seeds}
KILLS=${KILLS:-50}
SEED=${SEED:-16}
RECORDS=${RECORDS:-400}
INPUTS=(--data data --schema schema/datapackage.json --corpus "$CORPUS")

# Every run writes under $work only: no file git would see may appear in the checkout (README "Reliability").
status_before=$(git ls-files --others --exclude-standard 2>/dev/null)
work=$(mktemp -d "${TMPDIR:-/tmp}/readout-faults.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "faults: FAIL: $*"; failures=$((failures + 1)); }
errnos=(ENOSPC EIO EACCES)
messages='(no space left on device|input/output error|permission denied)'

# No staging folder, temporary or lock file anywhere under $1.
strays() { find "$1" \( -name '.readout-*' -o -name '*.tmp' \) -print; }

# matrix NAME OLD FLAG RELATIVE COMMAND...: the command writes $parent/RELATIVE (passed as FLAG PATH), whose
# first component starts each run as a copy of the folder OLD. $parent is $work/<name>/parent.
matrix() {
  local name=$1 old=$2 flag=$3 relative=$4; shift 4
  local base=$work/$name parent=$work/$name/parent copy=${relative%%/*}
  mkdir -p "$base"
  rm -rf "$parent" && mkdir -p "$parent" && cp -a "$old" "$parent/$copy"
  local out=$parent/$relative
  FAULT_PREFIX=$parent FAULT_COUNT_FILE=$base/count LD_PRELOAD=$SHIM "$@" "$flag" "$out" >/dev/null 2>"$base/stderr" \
    || { fail "$name: the run without a fault failed: $(cat "$base/stderr")"; return; }
  diff -r "$old" "$parent/$copy" >/dev/null && { fail "$name: the run without a fault changed nothing"; return; }
  rm -rf "$base/new" && cp -a "$parent/$copy" "$base/new"
  local count; count=$(cat "$base/count")
  local injected=0 refused=0 after=0
  for ((call = 1; call <= count; call++)); do
    rm -rf "$parent" && mkdir -p "$parent" && cp -a "$old" "$parent/$copy"
    local errno=${errnos[$((call % 3))]} short=0
    ((call % 4 == 0)) && short=1
    local status=0
    FAULT_PREFIX=$parent FAULT_CALL=$call FAULT_ERRNO=$errno FAULT_SHORT=$short LD_PRELOAD=$SHIM \
      "$@" "$flag" "$out" >/dev/null 2>"$base/stderr" || status=$?
    injected=$((injected + 1))
    local what="$name: fault at call $call ($errno, short $short)"
    if [ $status -eq 2 ]; then
      refused=$((refused + 1))
      grep -Eq "^readout: error: /[^:]+: .*$messages" "$base/stderr" \
        || fail "$what: stderr names no file and error: $(cat "$base/stderr")"
      diff -r "$old" "$parent/$copy" >/dev/null || fail "$what: the old folder changed"
      [ -z "$(strays "$parent")" ] || fail "$what: stray files: $(strays "$parent" | tr '\n' ' ')"
    elif [ $status -eq 0 ]; then
      # Only the removal of the old files, after the swap, may fail without failing the run.
      after=$((after + 1))
      diff -r "$base/new" "$parent/$copy" >/dev/null || fail "$what: exit 0 but not the new files"
      if [ -n "$(strays "$parent")" ]; then
        grep -q "cannot remove the old files" "$base/stderr" || fail "$what: left files without a word"
        "$@" "$flag" "$out" >/dev/null 2>"$base/stderr2" || fail "$what: the next run failed"
        [ -z "$(strays "$parent")" ] || fail "$what: the next run left $(strays "$parent" | tr '\n' ' ')"
        diff -r "$base/new" "$parent/$copy" >/dev/null || fail "$what: the next run changed the new files"
      fi
    else
      fail "$what: exit $status: $(cat "$base/stderr")"
    fi
  done
  echo "faults: $name: $injected faults injected ($count I/O calls): $refused refused with exit 2 and the old files whole, $after after the swap (new files whole)"
  total=$((total + injected))
}

total=0
if [ "${MATRIX:-1}" = 1 ]; then
  # An earlier export that differs from the new one, with a report folder the export must keep.
  old_exports=$work/old-exports
  cp -a exports "$old_exports"
  printf 'an earlier run\r\n' >> "$old_exports/findings.csv"
  mkdir -p "$old_exports/report" && printf '<p>an earlier report</p>\n' > "$old_exports/report/index.html"
  printf 'report-check screenshot\n' > "$old_exports/report/screenshot.png"
  matrix export "$old_exports" --out exports "$READOUT" export "${INPUTS[@]}"
  matrix report "$old_exports" --out exports/report "$READOUT" report "${INPUTS[@]}"
  # An export of the data with a cell edited in two tables kept in different files, imported into a copy
  # of data/: two YAML files change, all together or not at all.
  edited=$work/edited
  "$READOUT" export "${INPUTS[@]}" --out "$edited" >/dev/null 2>&1 || fail "the export to edit failed"
  sed -i 's/^"biden","Joe Biden",/"biden","Joseph R. Biden",/' "$edited/csv/actors.csv"
  sed -i 's/^"e-2021-01-20-biden-inauguration","inauguration","Inauguration/&, edited,/' "$edited/csv/events.csv"
  grep -q '"Joseph R. Biden"' "$edited/csv/actors.csv" || fail "the edit of $edited/csv/actors.csv did not take"
  grep -q 'Inauguration, edited,' "$edited/csv/events.csv" || fail "the edit of $edited/csv/events.csv did not take"
  matrix import data --data data "$READOUT" import --from "$edited" --schema schema/datapackage.json
fi

# killtest NAME OLD FLAG RELATIVE COMMAND...: SIGKILL at KILLS seeded moments of the command, which writes
# $work/kill-<name>/RELATIVE (passed as FLAG PATH), whose first component starts each time as a copy of OLD.
# Half the kills fall at a moment of the whole run, half once its staging folder is there. After each, the
# folder is exactly OLD or exactly what an unkilled run writes, or (import only: killed between two
# renames) a whole journal is there for the next run to put the old files back; the next run then
# removes what was left, says so for a staging folder, and writes the new files.
staging() { find "$1" -maxdepth 2 \( -name '.readout-staging-*' -o -name '.readout-import-*' \) -print; }
journal() { find "$1" -maxdepth 3 -path '*/.readout-import-*/journal' -print; }
killtest() {
  local name=$1 old=$2 flag=$3 relative=$4; shift 4
  local parent=$work/kill-$name new=$work/kill-$name-new copy=${relative%%/*}
  local out=$parent/$relative
  rm -rf "$parent" && mkdir -p "$parent" && cp -a "$old" "$parent/$copy"
  local start; start=$(date +%s%N)
  "$@" "$flag" "$out" >/dev/null 2>&1 || { fail "kill test $name: the run without a kill failed"; return; }
  local took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rm -rf "$new" && cp -a "$parent/$copy" "$new"
  local old_seen=0 new_seen=0 halfway=0 cleaned=0 number delay_ms pid left
  for ((number = 1; number <= KILLS; number++)); do
    rm -rf "$parent" && mkdir -p "$parent" && cp -a "$old" "$parent/$copy"
    "$@" "$flag" "$out" >/dev/null 2>&1 &
    pid=$!
    if ((number % 2)); then
      delay_ms=$(( RANDOM % (took_ms + 1) ))
    else
      delay_ms=$(( RANDOM % (took_ms / 10 + 1) ))
      while kill -0 "$pid" 2>/dev/null && [ -z "$(staging "$parent")" ]; do :; done
    fi
    sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    local what="kill test $name: kill $number at ${delay_ms} ms"
    if diff -r -x '.readout-*' "$old" "$parent/$copy" >/dev/null 2>&1; then old_seen=$((old_seen + 1))
    elif diff -r -x '.readout-*' "$new" "$parent/$copy" >/dev/null 2>&1; then new_seen=$((new_seen + 1))
    elif [ -n "$(journal "$parent")" ]; then halfway=$((halfway + 1))
    else fail "$what: neither the old nor the new files"; fi
    if [ -n "$(strays "$parent")" ]; then
      left=$(staging "$parent")
      "$@" "$flag" "$out" >/dev/null 2>"$work/kill-stderr" || fail "$what: the next run failed: $(cat "$work/kill-stderr")"
      if [ -n "$left" ]; then
        grep -q "left by a killed run" "$work/kill-stderr" || fail "$what: the next run did not say it cleaned up"
        cleaned=$((cleaned + 1))
      fi
      [ -z "$(strays "$parent")" ] || fail "$what: the next run left $(strays "$parent" | tr '\n' ' ')"
      diff -r "$new" "$parent/$copy" >/dev/null || fail "$what: the next run's files differ"
    fi
  done
  echo "faults: kill test: $name: $KILLS SIGKILLs (seed $SEED, ${took_ms} ms a run): $old_seen left the old files, $new_seen the new," \
    "$halfway a journal for the next run, $cleaned staging folders removed by the next run"
  kills=$((kills + KILLS))
}

# The kill tests, on a generated dataset big enough that a run takes a while.
gen=$work/generated
"$READOUT" generate --records "$RECORDS" --yaml --out "$gen" >/dev/null || fail "generate failed"
RANDOM=$SEED
kills=0
# An earlier export that differs from the new one.
"$READOUT" export --data "$gen/tables" --corpus "$gen/corpus" --out "$work/kill-old" >/dev/null 2>&1 || fail "the generated export failed"
printf 'an earlier run\n' >> "$work/kill-old/datapackage.json"
killtest export "$work/kill-old" --out exports "$READOUT" export --data "$gen/tables" --corpus "$gen/corpus"
killtest report "$work/kill-old" --out exports/report "$READOUT" report --data "$gen/tables" --corpus "$gen/corpus"
# The YAML data, and an export of it with a cell edited in two tables kept in different files.
"$READOUT" export --data "$gen/yaml" --corpus "$gen/corpus" --out "$work/kill-edited" >/dev/null 2>&1 || fail "the generated YAML export failed"
# " (edited)" appended to a quoted text field of the first record: the second field of actors, the fourth of mentions.
sed -i '2s/^\("[^"]*","[^"]*\)"/\1 (edited)"/' "$work/kill-edited/csv/actors.csv"
sed -i '2s/^\("[^"]*","[^"]*","[^"]*","[^"]*\)"/\1 (edited)"/' "$work/kill-edited/csv/mentions.csv"
for table in actors mentions; do
  grep -q ' (edited)"' "$work/kill-edited/csv/$table.csv" || fail "the edit of $work/kill-edited/csv/$table.csv did not take"
done
killtest import "$gen/yaml" --data data "$READOUT" import --from "$work/kill-edited" --corpus "$gen/corpus"

status_after=$(git ls-files --others --exclude-standard 2>/dev/null)
[ "$status_before" = "$status_after" ] || fail "files git would see appeared in the checkout: $(diff <(echo "$status_before") <(echo "$status_after") | tr '\n' ' ')"
echo "faults: $total I/O faults injected, $kills kills, $failures failures"
[ $failures -eq 0 ]
