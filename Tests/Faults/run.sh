#!/usr/bin/env bash
# The fault-injection matrix and the kill test (make faults; README "Reliability").
#
# Matrix: `readout export` (and `report`) of the bundled data into a temporary folder that holds an
# earlier export (and a report folder of its own) is first run under faultshim.so to count its I/O calls
# under that folder; then, for every N from 1 to the count, run with call N failing (ENOSPC, EIO, EACCES
# in turn, every fourth a short write). Each run must exit 2 with a message naming a file and the
# error, leave the old folder byte-identical and no staging folder, temporary or lock file. A fault in
# the cleanup after the swap (removing the old files) cannot undo the swap: such a run must exit 0 with
# exactly the new export, say on stderr what it left, and the next run must remove it.
# Kill test: SIGKILL at KILLS seeded random moments of an export of a generated dataset; after each, the folder
# is exactly the old or exactly the new export, and the next run removes the staging folder and says so.
set -uo pipefail
cd "$(dirname "$0")/../.."
READOUT=${READOUT:-.build/debug/readout}
SHIM=${SHIM:-.build/faults/faultshim.so}
CORPUS=${CORPUS:-../shared/seeds}
KILLS=${KILLS:-50}
SEED=${SEED:-16}
RECORDS=${RECORDS:-400}
INPUTS=(--data data --schema schema/datapackage.json --corpus "$CORPUS")

work=$(mktemp -d "${TMPDIR:-/tmp}/readout-faults.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "faults: FAIL: $*"; failures=$((failures + 1)); }
errnos=(ENOSPC EIO EACCES)
messages='(no space left on device|input/output error|permission denied)'

# No staging folder, temporary or lock file anywhere under $1.
strays() { find "$1" \( -name '.readout-*' -o -name '*.tmp' \) -print; }

# matrix NAME OUT_RELATIVE COMMAND...: OUT_RELATIVE is the output folder inside $work/<name>/parent.
matrix() {
  local name=$1 relative=$2; shift 2
  local base=$work/$name parent=$work/$name/parent
  mkdir -p "$base"
  cp -a exports "$base/old"
  # An earlier export that differs from the new one, and a report folder the export must keep.
  printf 'an earlier run\r\n' >> "$base/old/findings.csv"
  mkdir -p "$base/old/report" && printf '<p>an earlier report</p>\n' > "$base/old/report/index.html"
  printf 'report-check screenshot\n' > "$base/old/report/screenshot.png"
  rm -rf "$parent" && mkdir -p "$parent" && cp -a "$base/old" "$parent/exports"
  local out=$parent/$relative
  FAULT_PREFIX=$parent FAULT_COUNT_FILE=$base/count LD_PRELOAD=$SHIM "$@" --out "$out" >/dev/null 2>"$base/stderr" \
    || { fail "$name: the run without a fault failed: $(cat "$base/stderr")"; return; }
  cp -a "$parent/exports" "$base/new"
  local count; count=$(cat "$base/count")
  local injected=0 refused=0 after=0
  for ((call = 1; call <= count; call++)); do
    rm -rf "$parent" && mkdir -p "$parent" && cp -a "$base/old" "$parent/exports"
    local errno=${errnos[$((call % 3))]} short=0
    ((call % 4 == 0)) && short=1
    local status=0
    FAULT_PREFIX=$parent FAULT_CALL=$call FAULT_ERRNO=$errno FAULT_SHORT=$short LD_PRELOAD=$SHIM \
      "$@" --out "$out" >/dev/null 2>"$base/stderr" || status=$?
    injected=$((injected + 1))
    local what="$name: fault at call $call ($errno, short $short)"
    if [ $status -eq 2 ]; then
      refused=$((refused + 1))
      grep -Eq "^readout: error: /[^:]+: .*$messages" "$base/stderr" \
        || fail "$what: stderr names no file and error: $(cat "$base/stderr")"
      diff -r "$base/old" "$parent/exports" >/dev/null || fail "$what: the old folder changed"
      [ -z "$(strays "$parent")" ] || fail "$what: stray files: $(strays "$parent" | tr '\n' ' ')"
    elif [ $status -eq 0 ]; then
      # Only the removal of the old files, after the swap, may fail without failing the run.
      after=$((after + 1))
      diff -r "$base/new" "$parent/exports" >/dev/null || fail "$what: exit 0 but not the new export"
      if [ -n "$(strays "$parent")" ]; then
        grep -q "cannot remove the old files" "$base/stderr" || fail "$what: left files without a word"
        "$@" --out "$out" >/dev/null 2>"$base/stderr2" || fail "$what: the next run failed"
        [ -z "$(strays "$parent")" ] || fail "$what: the next run left $(strays "$parent" | tr '\n' ' ')"
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
  matrix export exports "$READOUT" export "${INPUTS[@]}"
  matrix report exports/report "$READOUT" report "${INPUTS[@]}"
fi

# The kill test, on a generated dataset big enough that an export takes a while.
gen=$work/generated
"$READOUT" generate --records "$RECORDS" --out "$gen" >/dev/null || fail "generate failed"
kill_parent=$work/kill
mkdir -p "$kill_parent"
kill_inputs=(export --data "$gen/tables" --corpus "$gen/corpus")
"$READOUT" "${kill_inputs[@]}" --out "$work/kill-new" >/dev/null 2>&1 || fail "the generated export failed"
cp -a "$work/kill-new" "$work/kill-old"
printf 'an earlier run\n' >> "$work/kill-old/datapackage.json"
start=$(date +%s%N)
"$READOUT" "${kill_inputs[@]}" --out "$work/kill-time" >/dev/null 2>&1
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
RANDOM=$SEED
old_seen=0 new_seen=0 cleaned=0
for ((kill_number = 1; kill_number <= KILLS; kill_number++)); do
  rm -rf "$kill_parent" && mkdir -p "$kill_parent" && cp -a "$work/kill-old" "$kill_parent/exports"
  "$READOUT" "${kill_inputs[@]}" --out "$kill_parent/exports" >/dev/null 2>&1 &
  pid=$!
  # Half the kills at a moment of the whole run, half in its writing phase (once the staging folder is there).
  if ((kill_number % 2)); then
    delay_ms=$(( RANDOM % (took_ms + 1) ))
  else
    delay_ms=$(( RANDOM % 300 ))
    while kill -0 "$pid" 2>/dev/null && [ -z "$(find "$kill_parent" -maxdepth 1 -name '.readout-staging-*')" ]; do :; done
  fi
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if diff -r "$work/kill-old" "$kill_parent/exports" >/dev/null 2>&1; then old_seen=$((old_seen + 1))
  elif diff -r "$work/kill-new" "$kill_parent/exports" >/dev/null 2>&1; then new_seen=$((new_seen + 1))
  else fail "kill $kill_number at ${delay_ms} ms: neither the old nor the new export"; fi
  if [ -n "$(find "$kill_parent" -maxdepth 1 -name '.readout-staging-*')" ]; then
    "$READOUT" "${kill_inputs[@]}" --out "$kill_parent/exports" >/dev/null 2>"$work/kill-stderr" \
      || fail "kill $kill_number: the next run failed"
    grep -q "left by a killed run" "$work/kill-stderr" || fail "kill $kill_number: the next run did not say it cleaned up"
    [ -z "$(strays "$kill_parent")" ] || fail "kill $kill_number: the next run left $(strays "$kill_parent" | tr '\n' ' ')"
    diff -r "$work/kill-new" "$kill_parent/exports" >/dev/null || fail "kill $kill_number: the next run's export differs"
    cleaned=$((cleaned + 1))
  fi
done
echo "faults: kill test: $KILLS SIGKILLs (seed $SEED, export of $RECORDS records, ${took_ms} ms): $old_seen left the old export, $new_seen the new, $cleaned staging folders removed by the next run"
echo "faults: $total I/O faults injected, $KILLS kills, $failures failures"
[ $failures -eq 0 ]
