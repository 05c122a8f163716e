#!/usr/bin/env bash
# The golden snapshot (issue 17, "Safety net first"): the findings and the export bytes of two datasets,
# regenerated into a temporary folder and compared with what Tests/Golden/ records.
#
#   Tests/Golden/run.sh check|update committed|synthetic...
#
# committed: data/ and schema/ with the corpus (CORPUS): findings.json in full, exports.sha256.
# synthetic: `readout generate --records $GOLDEN_RECORDS --seed $GOLDEN_SEED`, not committed:
#            inputs.sha256 (what the generator wrote), exports.sha256, findings.sha256 and
#            findings-counts.json (the JSON's notes and summary: counts per severity, status and rule).
#
# Nothing machine-specific enters the snapshot: every command runs inside the temporary folder on
# relative names (data, schema and corpus are copies of the real folders), so each file:line
# in the findings reads data/..., schema/..., corpus/... or tables/... wherever the checkout and the
# corpus are; no output of readout carries a timestamp. READOUT_COMMITTED and READOUT_SYNTHETIC name
# the binaries (the Makefile passes the debug and the release build).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
mode=$1; shift
golden=Tests/Golden
corpus=${CORPUS:?CORPUS must name the corpus folder (make golden CORPUS=DIR)}
corpus=$(cd "$corpus" && pwd)
records=${GOLDEN_RECORDS:-100000}
seed=${GOLDEN_SEED:-2024}
# The binaries of the sets asked for, as absolute paths: every command runs inside the temporary folder.
binaries=()
for set in "$@"; do
  case $set in
    committed) binaries+=(READOUT_COMMITTED) ;;
    synthetic) binaries+=(READOUT_SYNTHETIC) ;;
  esac
done
for binary in "${binaries[@]}"; do
  path=${!binary:?$binary must name a readout binary}
  [ -x "$path" ] || { echo "golden: $binary: $path is not an executable" >&2; exit 2; }
  printf -v "$binary" '%s' "$(cd "$(dirname "$path")" && pwd)/$(basename "$path")"
done
work=$(mktemp -d "${TMPDIR:-/tmp}/readout-golden.XXXXXX")
failed=0

# sha256sum of every file under $1, with paths relative to it, in byte order.
manifest() {
  (cd "$1" && find . -type f -printf '%P\n' | LC_ALL=C sort | while IFS= read -r file; do sha256sum "$file"; done)
}

# readout with a status that still means a complete run: 0 clean, 1 error findings.
run_readout() {
  local status=0
  "$@" || status=$?
  if [ "$status" -gt 1 ]; then echo "golden: '$*' exited $status" >&2; exit 1; fi
}

# Compares manifest $2 (new) with the recorded $1; prints the first file that differs. The callers
# record a mismatch in $failed rather than return it: inside `f || ...` bash ignores set -e.
compare_manifest() {
  local recorded=$1 new=$2 label=$3
  if cmp -s "$recorded" "$new"; then return 0; fi
  local first
  first=$(diff <(awk '{print $2, $1}' "$recorded") <(awk '{print $2, $1}' "$new") | awk '/^[<>]/ {print $2; exit}')
  echo "golden: $label differ; first differing file: $first"
  diff -u "$recorded" "$new" | sed -n '3,40p' | grep '^[-+]' || true
  return 1
}

committed() {
  local dir=$work/committed
  mkdir -p "$dir"
  # Copies, not symbolic links: readout does not enter a linked data folder (it finds no records).
  cp -R "$root/data" "$root/schema" "$dir/"; cp -R "$corpus" "$dir/corpus"
  (cd "$dir" && run_readout "$READOUT_COMMITTED" validate --data data --schema schema/datapackage.json --corpus corpus --format json > findings.json)
  (cd "$dir" && run_readout "$READOUT_COMMITTED" export --data data --schema schema/datapackage.json --corpus corpus --out exports > /dev/null)
  manifest "$dir/exports" > "$dir/exports.sha256"
  if [ "$mode" = update ]; then
    mkdir -p "$golden/committed"
    cp "$dir/findings.json" "$dir/exports.sha256" "$golden/committed/"
    echo "golden: committed: updated $golden/committed ($(grep -c '"rule":' "$dir/findings.json") findings, $(wc -l < "$dir/exports.sha256") export files)"
    return 0
  fi
  local ok=0
  if ! cmp -s "$golden/committed/findings.json" "$dir/findings.json"; then
    echo "golden: committed: findings differ (- recorded, + now):"
    diff -u "$golden/committed/findings.json" "$dir/findings.json" | head -80 || true
    ok=1
  fi
  compare_manifest "$golden/committed/exports.sha256" "$dir/exports.sha256" "committed: export files" || ok=1
  if [ $ok -eq 0 ]; then echo "golden: committed: findings and $(wc -l < "$dir/exports.sha256") export files as recorded"; else failed=1; fi
}

synthetic() {
  local dir=$work/synthetic
  mkdir -p "$dir"
  run_readout "$READOUT_SYNTHETIC" generate --records "$records" --seed "$seed" --schema schema/datapackage.json --out "$dir" > /dev/null
  manifest "$dir/tables" | sed 's|  |  tables/|' > "$dir/inputs.sha256"
  manifest "$dir/corpus" | sed 's|  |  corpus/|' >> "$dir/inputs.sha256"
  (cd "$dir" && run_readout "$READOUT_SYNTHETIC" validate --data tables --corpus corpus --format json > findings.json)
  (cd "$dir" && run_readout "$READOUT_SYNTHETIC" export --data tables --corpus corpus --out exports > /dev/null)
  manifest "$dir/exports" > "$dir/exports.sha256"
  (cd "$dir" && sha256sum findings.json) > "$dir/findings.sha256"
  sed -n '/^  "notes"/,$p' "$dir/findings.json" > "$dir/findings-counts.json"
  local files="inputs.sha256 exports.sha256 findings.sha256 findings-counts.json"
  if [ "$mode" = update ]; then
    mkdir -p "$golden/synthetic"
    (cd "$dir" && cp $files "$root/$golden/synthetic/")
    echo "$records $seed" > "$golden/synthetic/generate-args"
    echo "golden: synthetic: updated $golden/synthetic ($records statements, seed $seed)"
    return 0
  fi
  if [ "$(cat "$golden/synthetic/generate-args")" != "$records $seed" ]; then
    echo "golden: synthetic: recorded for '$(cat "$golden/synthetic/generate-args")' (records seed), asked for '$records $seed'"
    failed=1
    return 0
  fi
  local ok=0
  compare_manifest "$golden/synthetic/inputs.sha256" "$dir/inputs.sha256" "synthetic: generated inputs" || ok=1
  if ! cmp -s "$golden/synthetic/findings.sha256" "$dir/findings.sha256"; then
    echo "golden: synthetic: findings differ (their SHA-256); the counts (- recorded, + now):"
    diff -u "$golden/synthetic/findings-counts.json" "$dir/findings-counts.json" || echo "golden: synthetic: (the counts are the same: the findings themselves changed)"
    ok=1
  fi
  compare_manifest "$golden/synthetic/exports.sha256" "$dir/exports.sha256" "synthetic: export files" || ok=1
  if [ $ok -eq 0 ]; then echo "golden: synthetic: inputs, findings and $(wc -l < "$dir/exports.sha256") export files as recorded"; else failed=1; fi
}

for set in "$@"; do
  start=$(date +%s)
  case $set in
    committed) committed ;;
    synthetic) synthetic ;;
    *) echo "golden: unknown set '$set' (committed, synthetic)" >&2; exit 64 ;;
  esac
  echo "golden: $set took $(( $(date +%s) - start )) s"
done
if [ $failed -ne 0 ]; then
  echo "golden: outputs kept in $work (findings.json, exports/); after a deliberate change run make golden-update and say why in the commit"
  exit 1
fi
rm -rf "$work"
