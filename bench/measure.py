"""Runs the benchmark cases of `make bench` and writes bench/results.md.

Each case is a command run as a child process; wall time comes from a monotonic clock and peak RSS from
the child's own rusage (os.wait4), so neither is disturbed by the harness. Cases at the small size run
three times (the median is reported); the large size runs once, within a time limit, so that the whole
benchmark fits in ten minutes on this machine's two cores.
"""
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path


def run(command, limit, exits):
    started = time.monotonic()
    # A session of its own, so that a stopped run ends with every process the shell started.
    process = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = started + limit
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            wall = time.monotonic() - started
            ok = os.waitstatus_to_exitcode(status) in exits
            return {"wall": wall, "rss_mib": usage.ru_maxrss / 1024, "ok": ok, "timed_out": False}
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            os.wait4(process.pid, 0)
            return {"wall": limit, "rss_mib": None, "ok": False, "timed_out": True}
        time.sleep(0.02)


def measure(case, repeats, limit):
    runs = [run(case["command"], limit, case["exits"]) for _ in range(repeats)]
    finished = [r for r in runs if r["ok"]]
    if not finished:
        return {**case, "wall": runs[0]["wall"], "rss_mib": None, "timed_out": runs[0]["timed_out"], "failed": True}
    return {**case, "wall": statistics.median(r["wall"] for r in finished),
            "rss_mib": max(r["rss_mib"] for r in finished), "timed_out": False, "failed": False}


def main():
    spec = json.loads(Path(sys.argv[1]).read_text())
    results = []
    for case in spec["cases"]:
        repeats = spec["repeats_small"] if case["size"] == "small" else 1
        result = measure(case, repeats, spec["time_limit"])
        shown = "timed out" if result["timed_out"] else ("failed" if result["failed"] else f"{result['wall']:.2f} s")
        print(f"bench: {case['name']}: {shown}", flush=True)
        results.append(result)
    write(spec, results, Path(sys.argv[2]))


def rate(result):
    return result["records"] / result["wall"] if result["wall"] else 0


def write(spec, results, out):
    by_name = {r["name"]: r for r in results}
    lines = [
        "# Benchmark results",
        "",
        f"Written by `{spec.get('target', 'make bench')}` on {platform.machine()} with {os.cpu_count()} cores. {spec['versions']}",
        f"Small cases: median of {spec['repeats_small']} runs; large cases: one run, stopped after {spec['time_limit']} s." if spec["repeats_small"] > 1
        else f"Every case: one run, stopped after {spec['time_limit']} s.",
        f"The machine is shared with other builds and tests: load average (1, 5, 15 min) {spec['load']} at the start, "
        f"{' '.join(f'{load:.2f}' for load in os.getloadavg())} at the end: every time here is slower than on an idle machine.",
        "",
        "| case | records | input MB | wall s | records/s | MB/s | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        wall = ("> " if r["timed_out"] else "") + f"{r['wall']:.2f}" + (" (failed)" if r["failed"] and not r["timed_out"] else "")
        rss = "" if r["rss_mib"] is None else f"{r['rss_mib']:.0f}"
        lines.append(f"| {r['name']} | {r['records']:,} | {r['bytes'] / 1e6:.1f} | {wall} | {rate(r):,.0f} | "
                     f"{r['bytes'] / 1e6 / r['wall']:.1f} | {rss} |")
    lines += ["", "## Targets", ""]
    for target in spec["targets"]:
        left, right = by_name.get(target["readout"]), by_name.get(target["other"])
        if not left or not right:
            continue
        ratio = rate(left) / rate(right) if rate(right) else 0
        if left["timed_out"] and right["timed_out"]:
            lines.append(f"- {target['label']}: not determined: both runs stopped at {spec['time_limit']} s "
                         f"(target ≥ {target['ratio']}×)")
            continue
        # A run stopped at the limit is slower than its figure: readout's bounds the ratio from above.
        bound = "at most " if left["timed_out"] else "at least " if right["timed_out"] else ""
        if ratio >= target["ratio"] and not left["timed_out"]:
            verdict = f"met, with {ratio / target['ratio']:.2f}× to spare"
        else:
            needed = f"{target['ratio'] / ratio:.1f}×" if ratio else "an unknown factor"
            verdict = f"missed by {target['ratio'] - ratio:.2f}× (readout needs {needed} its speed)"
        lines.append(f"- {target['label']}: readout/{target['other_label']} = {bound}{ratio:.2f}× "
                     f"(target ≥ {target['ratio']}×): {verdict}")
    for check in spec.get("memory", []):
        r = by_name.get(check["case"])
        if r and r["rss_mib"] is not None:
            verdict = (f"met, {check['limit'] - r['rss_mib']:.0f} MiB under" if r["rss_mib"] <= check["limit"]
                       else f"missed by {r['rss_mib'] - check['limit']:.0f} MiB ({r['rss_mib'] / check['limit']:.1f}× the limit)")
            lines.append(f"- peak memory of {check['case']}: {r['rss_mib']:.0f} MiB (target ≤ {check['limit']} MiB): {verdict}")
        elif r:
            lines.append(f"- peak memory of {check['case']}: not measured (the run did not finish)")
    for check in spec.get("rates", []):
        r = by_name.get(check["case"])
        if r:
            verdict = (f"met, {rate(r) / check['minimum']:.2f}× the minimum" if rate(r) >= check["minimum"]
                       else f"missed by {check['minimum'] - rate(r):,.0f} records/s (needs {check['minimum'] / rate(r):.2f}× its speed)")
            lines.append(f"- {check['case']}: {rate(r):,.0f} records/s (target ≥ {check['minimum']:,}): {verdict}")
    linear = spec.get("linear")
    if linear and linear["small"] in by_name and linear["large"] in by_name:
        small, large = by_name[linear["small"]], by_name[linear["large"]]
        ratio = large["wall"] / small["wall"] if small["wall"] else 0
        records = large["records"] / small["records"] if small["records"] else 0
        if linear.get("informational"):
            lines.append(f"- scaling: {linear['large']} took {ratio:.1f}× {linear['small']} ({records:.1f}× the records); "
                         f"informational: the linearity target (10M ≤ {linear['limit']}× 1M) is `make bench-large`'s")
        elif large["timed_out"]:
            lines.append(f"- linearity: not determined: {linear['large']} did not finish (at least {ratio:.1f}× {linear['small']}; target ≤ {linear['limit']}×)")
        else:
            verdict = (f"met, {linear['limit'] - ratio:.1f}× under" if ratio <= linear["limit"]
                       else f"missed by {ratio - linear['limit']:.1f}×")
            lines.append(f"- linearity: {linear['large']} took {ratio:.1f}× {linear['small']} ({records:.1f}× the records; "
                         f"target ≤ {linear['limit']}×): {verdict}")
    lines.append("")
    out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
