#!/usr/bin/env python3
"""Checks readout's machine-readable output with tools that do not share its code.

1. `readout validate --format sarif` of the bundled dataset (with the corpus when given) must validate
   against the official SARIF 2.1.0 JSON Schema (interop/sarif-schema-2.1.0.json, OASIS errata 01,
   with the pinned `jsonschema` package), and agree with `--format json` of the same run: one result per
   finding, same rule, level and fingerprint, a suppression exactly for each reviewed finding, and every
   ruleId with a rule in tool.driver.rules at its ruleIndex.
2. `--format json` must parse with json.loads, and its summary must count what its findings hold.
3. Input that cannot be read (a data folder that does not exist) must still give one document on
   standard output, in both formats: JSON `{"error": ...}`, and a SARIF log, schema-valid, whose
   invocation failed; exit code 2.

Usage: interop/sarif.py --readout .build/debug/readout [--corpus DIR]. Exits 1 when a check fails.
"""

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Path(__file__).resolve().parent / "sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def run(readout, arguments):
    done = subprocess.run([readout, "validate", *arguments], capture_output=True, text=True, cwd=ROOT)
    return done.returncode, done.stdout


def schema_errors(validator, document):
    return [f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
            for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))]


def compare(sarif, report):
    problems = []
    run_ = sarif["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    findings = report["findings"]
    if len(results) != len(findings):
        problems.append(f"{len(results)} SARIF results for {len(findings)} JSON findings")
    for position, (result, finding) in enumerate(zip(results, findings)):
        index = result.get("ruleIndex")
        if index is None or rules[index]["id"] != result["ruleId"]:
            problems.append(f"result {position}: ruleIndex {index} does not point at rule {result['ruleId']}")
        if result["ruleId"] != finding["rule"] or result["level"] != LEVELS[finding["severity"]]:
            problems.append(f"result {position}: {result['ruleId']}/{result['level']} against {finding['rule']}/{finding['severity']}")
        if result["partialFingerprints"]["readoutFingerprint/v1"] != finding["fingerprint"]:
            problems.append(f"result {position}: fingerprint differs")
        if ("suppressions" in result) != (finding["status"] == "reviewed"):
            problems.append(f"result {position}: suppressed only in one format")
    summary = report["summary"]
    by_rule = collections.Counter(finding["rule"] for finding in findings)
    if summary["byRule"] != dict(by_rule):
        problems.append(f"summary.byRule {summary['byRule']} against the findings' {dict(by_rule)}")
    if summary["findings"] != len(findings) or sum(summary["bySeverity"].values()) != len(findings):
        problems.append("summary counts differ from the findings")
    reviewed = sum(finding["status"] == "reviewed" for finding in findings)
    if summary["byStatus"] != {"unreviewed": len(findings) - reviewed, "reviewed": reviewed}:
        problems.append(f"summary.byStatus {summary['byStatus']} against {reviewed} reviewed")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--readout", required=True)
    parser.add_argument("--corpus")
    options = parser.parse_args()
    readout = str(Path(options.readout).resolve())
    validator = jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    inputs = ["--corpus", options.corpus] if options.corpus else []
    problems = []

    sarif_status, sarif_text = run(readout, [*inputs, "--format", "sarif"])
    json_status, json_text = run(readout, [*inputs, "--format", "json"])
    if sarif_status != json_status or sarif_status not in (0, 1):
        problems.append(f"exit codes {sarif_status} (sarif) and {json_status} (json) on the bundled dataset")
    sarif = json.loads(sarif_text)
    report = json.loads(json_text)
    problems += [f"SARIF of the dataset: {error}" for error in schema_errors(validator, sarif)]
    problems += compare(sarif, report)
    print(f"sarif: {len(sarif['runs'][0]['results'])} results, {len(sarif['runs'][0]['tool']['driver']['rules'])} rules, "
          f"schema-valid: {not schema_errors(validator, sarif)}")

    with tempfile.TemporaryDirectory() as folder:
        missing = str(Path(folder) / "no-such-data")
        status, text = run(readout, ["--data", missing, "--format", "json"])
        error = json.loads(text).get("error") if status == 2 else None
        if not error or missing not in error.get("file", ""):
            problems.append(f"an unreadable input in JSON: exit {status}, {text[:200]!r}")
        status, text = run(readout, ["--data", missing, "--format", "sarif"])
        failed = json.loads(text) if status == 2 else None
        if failed is None or failed["runs"][0]["invocations"][0]["executionSuccessful"] is not False:
            problems.append(f"an unreadable input in SARIF: exit {status}, {text[:200]!r}")
        else:
            problems += [f"SARIF of an input error: {error}" for error in schema_errors(validator, failed)]

    for problem in problems:
        print(f"sarif: FAIL {problem}")
    print("sarif: ok" if not problems else f"sarif: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
