"""The differential test: readout against frictionless-py on seeded random Data Packages.

    .venv/bin/python interop/differential.py --count 2000 --seed 13 [--readout .build/debug/readout]

Each package (interop/differential_packages.py) is validated by frictionless (its Python API, in
process) and by readout (`readout validate --data DIR --format json`, one process per package), on
all the cores. For each it compares the verdict (valid or not) and the set of bad rows, per table:

- frictionless: the `rowNumber` of every row and cell error, and the header's row numbers for
  header errors (label errors carry `rowNumbers`);
- readout: every error finding's `line`, mapped to the row that starts at or before it (the
  generator knows where each row starts: see differential_packages.py), so that rows count as
  frictionless counts them, header row, blank rows and comment rows included, a quoted line break
  not counted.

It prints the agreement figures (verdict, bad-row set, per feature) and fails when a difference is
not in the allowlist (interop/differential-allowlist.yaml). A package readout refuses (exit 2) is a
difference of its own kind, listed with readout's message. Packages are written under
.build-differential/ and removed unless --keep.
"""

import argparse
import collections
import fnmatch
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import time

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import differential_packages as packages  # noqa: E402

import frictionless  # noqa: E402  (imported before the workers fork, so each starts warm)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Label errors: frictionless gives the header's row numbers (`rowNumbers`) rather than one `rowNumber`.
HEADER_ERRORS = {"blank-label", "duplicate-label", "incorrect-label", "missing-label", "extra-label", "blank-header"}


def frictionless_outcome(folder):
    try:
        report = frictionless.Package(os.path.join(folder, "datapackage.json")).validate()
    except frictionless.FrictionlessException as error:  # a descriptor frictionless will not open
        return {"valid": False, "rows": {"": {None}}, "types": collections.Counter({error.error.type: 1})}
    rows = collections.defaultdict(set)
    types = collections.Counter()
    for task in report.tasks:
        table = os.path.splitext(os.path.basename(task.place or task.name or ""))[0]
        for error in task.errors:
            types[error.type] += 1
            if error.type in HEADER_ERRORS:
                for number in getattr(error, "row_numbers", None) or [1]:
                    rows[table].add(number)
            elif getattr(error, "row_number", None) is not None:
                rows[table].add(error.row_number)
            else:
                rows[table].add(None)
    for error in report.errors:
        types[error.type] += 1
        rows[""].add(None)
    return {"valid": report.valid, "rows": rows, "types": types}


def readout_outcome(folder, binary, tables):
    run = subprocess.run([binary, "validate", "--data", folder, "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    outcome = {"status": run.returncode, "rows": collections.defaultdict(set), "rules": collections.Counter()}
    if run.returncode == 2:
        outcome["message"] = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "(no message)"
        return outcome
    if run.returncode not in (0, 1):
        outcome["status"] = 2
        outcome["message"] = f"exit {run.returncode}: {run.stderr.strip()[-300:]}"
        return outcome
    report = json.loads(run.stdout)
    starts = {table.name: sorted((line, number) for number, line in table.starts.items()) for table in tables}
    for finding in report["findings"]:
        if finding["severity"] != "error":
            continue
        outcome["rules"][finding["rule"]] += 1
        table = os.path.splitext(os.path.basename(finding.get("file", "")))[0]
        line = finding.get("line")
        if table not in starts or line is None:
            outcome["rows"][table].add(None)
            continue
        number = None
        for start, candidate in starts[table]:
            if start <= line:
                number = candidate
        outcome["rows"][table].add(number)
    return outcome


def compare(seed, binary, work, keep, defect_share):
    package = packages.make_package(seed, defect_share)
    folder = os.path.join(work, f"case-{seed}")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    packages.write(package, folder)
    try:
        theirs = frictionless_outcome(folder)
    except Exception as error:  # a crash of frictionless is reported, not raised
        theirs = {"valid": None, "rows": {}, "types": collections.Counter({f"crash: {error}": 1})}
    ours = readout_outcome(folder, binary, package.tables)
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)
    tags = {table.name: table.numbered for table in package.tables}
    # A table-level difference names an empty file, so that the allowlist can tell it from the rest.
    table_tags = {table.name: ["table:empty-file"] if not table.numbered else ["table"] for table in package.tables}
    differences = []
    if ours["status"] != 2:
        for table in sorted(set(theirs["rows"]) | set(ours["rows"])):
            mine, other = ours["rows"].get(table, set()), theirs["rows"].get(table, set())
            for side, numbers in (("frictionless-only", other - mine), ("readout-only", mine - other)):
                for number in sorted(numbers, key=lambda n: -1 if n is None else n):
                    differences.append({"side": side, "table": table, "row": number,
                                        "tags": tags.get(table, {}).get(number, ["table"]) if number
                                        else table_tags.get(table, ["table"])})
    return {
        "seed": seed, "features": sorted(package.features),
        "theirs": {"valid": theirs["valid"], "types": dict(theirs["types"])},
        "ours": {"status": ours["status"], "message": ours.get("message"), "rules": dict(ours["rules"])},
        "differences": differences,
    }


def allowed(difference, allowlist):
    """The allowlist entries that explain a differing row: one per tag of the row, or None when a tag
    (or the row, untagged) has none. Every tag must be explained, so that a row the generator left
    valid, or one with another defect too, is never excused by an entry."""
    if not difference["tags"]:
        return None
    entries = []
    for tag in difference["tags"]:
        entry = next((entry["id"] for entry in allowlist
                      if entry["side"] == difference["side"] and fnmatch.fnmatch(tag, entry["tag"])), None)
        if entry is None:
            return None
        entries.append(entry)
    return ",".join(sorted(set(entries)))


def judge(result, allowlist):
    """agree, allowed (every difference is in the allowlist), refused, or differ."""
    verdict_agrees = result["theirs"]["valid"] == (result["ours"]["status"] == 0)
    if result["ours"]["status"] == 2:
        return "refused", False, False
    rows_agree = not result["differences"]
    if verdict_agrees and rows_agree:
        return "agree", True, True
    reasons = [allowed(difference, allowlist) for difference in result["differences"]]
    if result["differences"] and all(reasons):
        return "allowed", verdict_agrees, rows_agree
    return "differ", verdict_agrees, rows_agree


def normalized(message):
    """A refusal message with paths and numbers taken out, so that alike messages count together."""
    message = re.sub(r"\S*case-\d+/", "", message)
    message = re.sub(r":\d+(:\d+)?:", ":", message)
    return re.sub(r"\d+", "N", re.sub(r"'[^']*'", "'…'", message))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--readout", default=os.path.join(ROOT, ".build/debug/readout"))
    parser.add_argument("--work", default=os.path.join(ROOT, ".build-differential"))
    parser.add_argument("--allowlist", default=os.path.join(ROOT, "interop/differential-allowlist.yaml"))
    parser.add_argument("--defects", type=float, default=0.15, help="share of rows given a defective cell")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--keep", action="store_true", help="keep the generated packages")
    parser.add_argument("--show", type=int, default=8, help="differences to print in full")
    parser.add_argument("--report", help="write every result as JSON Lines to this file")
    parser.add_argument("--case", type=int, action="append", help="run this package seed only (repeatable)")
    arguments = parser.parse_args()
    if not os.access(arguments.readout, os.X_OK):
        sys.exit(f"differential: {arguments.readout} is missing: run `swift build --product readout` first")
    with open(arguments.allowlist, encoding="utf-8") as file:
        allowlist = yaml.safe_load(file)["entries"] or []
    os.makedirs(arguments.work, exist_ok=True)
    started = time.monotonic()
    seeds = arguments.case or [arguments.seed * 100000 + index for index in range(arguments.count)]
    job = [(seed, arguments.readout, arguments.work, arguments.keep, arguments.defects) for seed in seeds]
    with multiprocessing.get_context("fork").Pool(arguments.jobs) as pool:
        results = sorted(pool.starmap(compare, job, chunksize=8), key=lambda result: result["seed"])
    elapsed = time.monotonic() - started
    if arguments.report:
        with open(arguments.report, "w", encoding="utf-8") as out:
            for result in results:
                out.write(json.dumps(result) + "\n")
    failed = summarize(results, allowlist, elapsed, arguments.show)
    sys.exit(1 if failed else 0)


def percent(part, whole):
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def summarize(results, allowlist, elapsed, show):
    judged = [(result, *judge(result, allowlist)) for result in results]
    total = len(judged)
    kinds = collections.Counter(kind for _, kind, _, _ in judged)
    verdicts = sum(1 for _, _, verdict, _ in judged if verdict)
    rows = sum(1 for _, _, _, same in judged if same)
    invalid = sum(1 for result in results if result["theirs"]["valid"] is False)
    print(f"differential: {total} packages ({invalid} invalid for frictionless) in {elapsed:.1f} s")
    print(f"  verdict agreement   {percent(verdicts, total)}  ({verdicts}/{total})")
    print(f"  bad-row agreement   {percent(rows, total)}  ({rows}/{total})")
    print(f"  agree {kinds['agree']}, differ within the allowlist {kinds['allowed']}, "
          f"readout refused (exit 2) {kinds['refused']}, differ outside the allowlist {kinds['differ']}")
    features = collections.defaultdict(lambda: [0, 0, 0, 0])
    for result, kind, verdict, same in judged:
        for feature in result["features"]:
            counts = features[feature]
            counts[0] += 1
            counts[1] += verdict
            counts[2] += same
            counts[3] += kind == "refused"
    print("\n  feature                          packages  verdict  bad rows  refused")
    for feature in sorted(features):
        count, verdict, same, refused = features[feature]
        print(f"  {feature:32} {count:8}  {percent(verdict, count)}   {percent(same, count)}   {percent(refused, count)}")
    refusals = collections.Counter(normalized(result["ours"]["message"]) for result, kind, _, _ in judged
                                   if kind == "refused")
    if refusals:
        print("\n  readout refused (exit 2), by message:")
        for message, count in refusals.most_common(25):
            print(f"  {count:6}  {message}")
    outside = collections.Counter()
    example = {}
    for result, kind, _, _ in judged:
        if kind != "differ":
            continue
        keys = [(difference["side"], ",".join(difference["tags"]) or "none")
                for difference in result["differences"] if not allowed(difference, allowlist)]
        for key in keys or [("verdict only", "")]:
            outside[key] += 1
            example.setdefault(key, result["seed"])
    if outside:
        print("\n  differences outside the allowlist (rows; side, tags of the row as generated; a case):")
        for (side, tags), count in outside.most_common(40):
            print(f"  {count:6}  {side:18} {tags:40} --case {example[(side, tags)]}")
    used = collections.Counter(allowed(difference, allowlist) for result, kind, _, _ in judged if kind == "allowed"
                               for difference in result["differences"])
    if used:
        print("\n  allowlist entries used: " + ", ".join(f"{name} ({count})" for name, count in sorted(used.items())))
    examples = [result for result, kind, _, _ in judged if kind in ("differ", "refused")][:show]
    if examples:
        print(f"\n  first {len(examples)} cases outside the allowlist "
              "(write one to .build-differential/ with --case SEED --keep):")
        for result in examples:
            print("  " + json.dumps({key: result[key] for key in ("seed", "theirs", "ours", "differences")})[:600])
    return kinds["differ"] + kinds["refused"] > 0


if __name__ == "__main__":
    main()
