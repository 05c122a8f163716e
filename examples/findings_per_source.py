#!/usr/bin/env python3
"""Load readout's exports into pandas with the datapackage's types, and plot the findings per source.

    python examples/findings_per_source.py [--exports exports] [--out interop/out/findings_per_source.png]

Each table is read from its JSON Lines twin (jsonl/<table>.jsonl, no formula guard to undo) with the
column types the datapackage gives: pandas would otherwise make an integer column with nulls float64
and leave dates as text. A finding names its record (table and key); following the package's foreign
keys from that table to `sources` tells which article it comes from. Findings on the shared tables
(events, actors, roles) belong to no one article.
"""

import argparse
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless: write the plot to a file, open no window
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean", "date": "string"}


def load(exports, resource):
    """One table as a DataFrame, typed by its Table Schema."""
    path = resource["path"].replace("csv/", "jsonl/", 1)[: -len(".csv")] + ".jsonl"
    fields = resource["schema"]["fields"]
    frame = pd.read_json(exports / path, lines=True, dtype={f["name"]: DTYPES[f.get("type", "string")] for f in fields})
    for field in fields:
        if field.get("type") == "date":
            frame[field["name"]] = pd.to_datetime(frame[field["name"]], format="%Y-%m-%d")
    return frame


def record_keys(frame, resource):
    """The key readout's findings use: the primary key's values joined by /."""
    key = resource["schema"].get("primaryKey", [])
    key = [key] if isinstance(key, str) else key
    return frame[key].astype("string").fillna("").agg("/".join, axis=1)


def source_of_records(tables, resources):
    """(table, record key) -> source id, following single-field foreign keys until `sources`."""
    found = {("sources", key): key for key in tables["sources"]["id"]}
    changed = True
    while changed:  # tables whose references lead to a table already traced, until nothing is added
        changed = False
        for name, resource in resources.items():
            for foreign in resource["schema"].get("foreignKeys", []):
                fields = foreign["fields"]
                fields = [fields] if isinstance(fields, str) else fields
                target = foreign["reference"]["resource"] or name
                if len(fields) != 1 or target == name:
                    continue
                frame = tables[name]
                for key, value in zip(record_keys(frame, resource), frame[fields[0]]):
                    if (name, key) not in found and not pd.isna(value) and (target, value) in found:
                        found[(name, key)] = found[(target, value)]
                        changed = True
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", default="exports", type=Path)
    parser.add_argument("--out", default="interop/out/findings_per_source.png", type=Path)
    arguments = parser.parse_args()
    package = json.loads((arguments.exports / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in package["resources"]}
    tables = {name: load(arguments.exports, resource) for name, resource in resources.items()}

    findings = tables["findings"]
    sources = source_of_records(tables, {name: r for name, r in resources.items() if name != "findings"})
    findings["source"] = [sources.get((table, key), "shared tables")
                          for table, key in zip(findings["table"], findings["record_key"])]
    counts = findings.pivot_table(index="source", columns="severity", values="rule", aggfunc="count", fill_value=0)
    counts = counts.reindex(columns=[s for s in ["error", "warning", "info"] if s in counts.columns])
    print(counts.to_string())

    # Hatches as well as colours, so the severities read in greyscale too.
    colours = {"error": "#7f0000", "warning": "#b35900", "info": "#1f4e79"}
    hatches = {"error": "xx", "warning": "//", "info": ".."}
    axes = counts.plot.bar(stacked=True, color=[colours[s] for s in counts.columns],
                           edgecolor="black", figsize=(7, 4), rot=0)
    for container, hatch in zip(axes.containers, [hatches[s] for s in counts.columns]):
        for patch in container.patches:
            patch.set_hatch(hatch)
    axes.set_title("readout findings per source")
    axes.set_xlabel("source")
    axes.set_ylabel("findings")
    axes.legend(title="severity")
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    plt.tight_layout()
    plt.savefig(arguments.out, dpi=100)
    print(f"wrote {arguments.out}")


if __name__ == "__main__":
    main()
