#!/usr/bin/env python3
"""Checks readout's exports with the tools researchers load them with.

1. `frictionless validate exports/datapackage.json` must say the package is valid; its row count per
   resource is what every other tool must find.
2. Every JSON Lines table is read line by line: each line is an object with the schema's keys in order,
   and each value has the JSON type its field's Table Schema type calls for (an integer written as a
   string fails here, naming the file and line).
3. Every JSON Lines table is loaded with pandas (`read_json(lines=True)`), polars (`read_ndjson`) and
   DuckDB (`read_json`), every CSV table with pandas (`read_csv`) and DuckDB (`read_csv`); each must
   have the package's row count, its column names in order, and the intended column types:

   | Table Schema | pandas (dtype from the schema) | polars (schema from the package) | DuckDB (no options) |
   |--------------|--------------------------------|----------------------------------|---------------------|
   | string       | string                         | String                           | VARCHAR             |
   | integer      | Int64                          | Int64                            | BIGINT              |
   | number       | Float64                        | Float64                          | DOUBLE (BIGINT when every value is whole) |
   | boolean      | boolean                        | Boolean                          | BOOLEAN             |
   | date         | datetime64 (pd.to_datetime)    | Date                             | DATE                |

   pandas and polars are given the types from the datapackage, as a researcher would: pandas
   `read_json` infers float64 for an integer column with nulls and parses dates only in columns whose
   names look like dates, so dates are read as strings and converted with `pd.to_datetime(format=
   "%Y-%m-%d")`. DuckDB is given no options: it must infer the intended types by itself, except that
   a column that is null throughout has no type to infer (DuckDB says NULL for JSON, VARCHAR for CSV).
4. The CSV tables, read with pandas and the formula guard removed (a `'` before = + - @ tab CR LF),
   hold the same values as the JSON Lines tables.

Usage: interop/check.py [EXPORTS]   (default: exports). Exits 1 when any check fails.
"""

import json
import re
import subprocess
import sys
import warnings
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl

PANDAS_TYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean",
                "date": "string", "datetime": "string", "year": "Int64", "yearmonth": "string"}
POLARS_TYPES = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64, "boolean": pl.Boolean,
                "date": pl.Date, "datetime": pl.Datetime, "year": pl.Int64, "yearmonth": pl.String}
DUCKDB_TYPES = {"string": {"VARCHAR"}, "integer": {"BIGINT"}, "number": {"DOUBLE", "BIGINT"},
                "boolean": {"BOOLEAN"}, "date": {"DATE"}, "datetime": {"TIMESTAMP", "TIMESTAMP WITH TIME ZONE"},
                "year": {"BIGINT"}, "yearmonth": {"VARCHAR"}}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
GUARD_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


class Table:
    """One resource of the package: its name, fields and the paths of its CSV and JSON Lines files."""

    def __init__(self, resource, exports):
        self.name = resource["name"]
        self.fields = [(field["name"], field.get("type", "string")) for field in resource["schema"]["fields"]]
        self.names = [name for name, _ in self.fields]
        self.csv = exports / resource["path"]
        # readout writes each CSV's twin as jsonl/<table>.jsonl, or findings.jsonl beside findings.csv.
        jsonl = resource["path"].replace("csv/", "jsonl/", 1) if resource["path"].startswith("csv/") else resource["path"]
        self.jsonl = exports / (jsonl[: -len(".csv")] + ".jsonl")

    def of_type(self, *types):
        return [name for name, kind in self.fields if kind in types]


class Checker:
    def __init__(self, exports):
        self.exports = exports
        self.problems = []
        self.checks = 0

    def expect(self, condition, message):
        self.checks += 1
        if not condition:
            self.problems.append(message)
        return condition

    def frictionless(self):
        """Runs the frictionless CLI on the package; returns its row count per resource."""
        executable = Path(sys.executable).parent / "frictionless"
        result = subprocess.run([str(executable), "validate", str(self.exports / "datapackage.json"), "--json"],
                                capture_output=True, text=True)
        try:
            report = json.loads(result.stdout)
        except json.JSONDecodeError:
            self.expect(False, f"frictionless validate printed no report (exit {result.returncode}): {result.stderr.strip()[:500]}")
            return {}
        self.expect(result.returncode == 0 and report.get("valid"), "frictionless validate: the package is not valid: "
                    + "; ".join(f"{task['name']}: {error['message']}" for task in report.get("tasks", [])
                                for error in task.get("errors", []))[:2000])
        return {task["name"]: task["stats"].get("rows") for task in report.get("tasks", [])}

    def raw_jsonl(self, table, rows):
        """Each line: an object with the schema's keys in order, each value of its field's JSON type."""
        lines = table.jsonl.read_text(encoding="utf-8").splitlines()
        self.expect(len(lines) == rows, f"{table.jsonl}: {len(lines)} lines, the package has {rows} rows")
        for number, line in enumerate(lines, start=1):
            place = f"{table.jsonl}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                self.expect(False, f"{place}: not JSON: {error}")
                continue
            if not self.expect(isinstance(record, dict) and list(record) == table.names,
                               f"{place}: keys {list(record) if isinstance(record, dict) else record} are not the schema's {table.names}"):
                continue
            for name, kind in table.fields:
                value = record[name]
                self.expect(value is None or json_type_fits(value, kind),
                            f"{place}: {name} is {json.dumps(value)} ({type(value).__name__}), not of type {kind}")

    def pandas_jsonl(self, table, rows):
        frame = pd.read_json(table.jsonl, lines=True, dtype={name: PANDAS_TYPES[kind] for name, kind in table.fields})
        frame = with_dates(frame, table)
        self.frame(f"pandas read_json {table.jsonl}", frame, table, rows)
        return frame

    def pandas_csv(self, table, rows):
        # Only an empty cell is a null: pandas' default na_values would also turn "NA" or "null" text into nulls.
        frame = pd.read_csv(table.csv, dtype={name: PANDAS_TYPES[kind] for name, kind in table.fields},
                            keep_default_na=False, na_values=[""], encoding="utf-8")
        for name in table.of_type("string"):
            frame[name] = frame[name].map(unguarded, na_action="ignore").astype("string")
        frame = with_dates(frame, table)
        self.frame(f"pandas read_csv {table.csv}", frame, table, rows)
        return frame

    def frame(self, label, frame, table, rows):
        self.expect(len(frame) == rows, f"{label}: {len(frame)} rows, the package has {rows}")
        if not self.expect(list(frame.columns) == table.names, f"{label}: columns {list(frame.columns)}, the package has {table.names}"):
            return
        for name, kind in table.fields:
            dtype = frame[name].dtype
            if kind in ("date", "datetime"):
                fits = pd.api.types.is_datetime64_any_dtype(dtype)
            else:
                fits = str(dtype) == PANDAS_TYPES[kind]
            self.expect(fits, f"{label}: {name} ({kind}) arrives as {dtype}, not {PANDAS_TYPES[kind] if kind not in ('date', 'datetime') else 'datetime64'}")

    def polars_jsonl(self, table, rows):
        label = f"polars read_ndjson {table.jsonl}"
        try:
            frame = pl.read_ndjson(table.jsonl, schema={name: POLARS_TYPES[kind] for name, kind in table.fields})
        except Exception as error:  # polars refuses a value its schema type cannot hold: that is the finding.
            self.expect(False, f"{label}: {type(error).__name__}: {str(error).splitlines()[0]}")
            return
        self.expect(frame.height == rows, f"{label}: {frame.height} rows, the package has {rows}")
        self.expect(frame.columns == table.names, f"{label}: columns {frame.columns}, the package has {table.names}")
        for name, kind in table.fields:
            self.expect(frame.schema[name] == POLARS_TYPES[kind], f"{label}: {name} ({kind}) arrives as {frame.schema[name]}")

    def duckdb_table(self, reader, path, table, rows):
        label = f"duckdb {reader} {path}"
        connection = duckdb.connect()
        try:
            relation = connection.sql(f"select * from {reader}('{sql_string(path)}')")
            columns, types = relation.columns, [str(kind) for kind in relation.types]
            count = connection.sql(f"select count(*) from {reader}('{sql_string(path)}')").fetchall()[0][0]
            nulls = {name: connection.sql(f'select count("{name}") = 0 from {reader}(\'{sql_string(path)}\')').fetchall()[0][0]
                     for name in columns}
        except duckdb.Error as error:
            self.expect(False, f"{label}: {str(error).splitlines()[0]}")
            return
        finally:
            connection.close()
        self.expect(count == rows, f"{label}: {count} rows, the package has {rows}")
        if not self.expect(columns == table.names, f"{label}: columns {columns}, the package has {table.names}"):
            return
        for (name, kind), found in zip(table.fields, types):
            allowed = DUCKDB_TYPES[kind] | ({'"NULL"', "NULL", "JSON", "VARCHAR"} if nulls[name] else set())
            self.expect(found in allowed, f"{label}: {name} ({kind}) arrives as {found}, not {' or '.join(sorted(DUCKDB_TYPES[kind]))}")

    def same_values(self, table, from_jsonl, from_csv):
        """The CSV and the JSON Lines file hold the same records."""
        if list(from_jsonl.columns) != table.names or list(from_csv.columns) != table.names or len(from_jsonl) != len(from_csv):
            return  # already reported
        for name in table.names:
            left, right = from_jsonl[name], from_csv[name]
            differs = [index for index in range(len(left)) if not same(left.iloc[index], right.iloc[index])]
            self.expect(not differs, f"{table.csv} and {table.jsonl}: {name} differs in rows "
                        + ", ".join(str(index + 1) for index in differs[:5]))


def json_type_fits(value, kind):
    if kind in ("string", "yearmonth"):
        return isinstance(value, str)
    if kind in ("integer", "year"):
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "date":
        return isinstance(value, str) and DATE.match(value) is not None
    if kind == "datetime":
        return isinstance(value, str)
    return False


def with_dates(frame, table):
    for name in table.of_type("date"):
        frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d")
    for name in table.of_type("datetime"):
        frame[name] = pd.to_datetime(frame[name], format="ISO8601")
    return frame


def unguarded(text):
    """The exporter's formula guard undone: a ' before a character that starts a formula is removed."""
    if len(text) > 1 and text[0] == "'" and text[1] in GUARD_TRIGGERS:
        return text[1:]
    return text


def same(left, right):
    if pd.isna(left) and pd.isna(right):
        return True
    if pd.isna(left) or pd.isna(right):
        return False
    return left == right


def sql_string(path):
    return str(path).replace("'", "''")


def main():
    exports = Path(sys.argv[1] if len(sys.argv) > 1 else "exports")
    # A deprecation in a loader is a change researchers will meet: show it, but do not fail on it.
    warnings.simplefilter("default")
    checker = Checker(exports)
    package = json.loads((exports / "datapackage.json").read_text(encoding="utf-8"))
    rows = checker.frictionless()
    tables = [Table(resource, exports) for resource in package["resources"]]
    for table in tables:
        expected = rows.get(table.name)
        if not checker.expect(expected is not None, f"frictionless reported no rows for {table.name}"):
            continue
        checker.raw_jsonl(table, expected)
        try:
            from_jsonl = checker.pandas_jsonl(table, expected)
        except (ValueError, TypeError) as error:
            checker.expect(False, f"pandas read_json {table.jsonl}: {error}")
            from_jsonl = None
        checker.polars_jsonl(table, expected)
        checker.duckdb_table("read_json", table.jsonl, table, expected)
        try:
            from_csv = checker.pandas_csv(table, expected)
        except (ValueError, TypeError) as error:
            checker.expect(False, f"pandas read_csv {table.csv}: {error}")
            from_csv = None
        checker.duckdb_table("read_csv", table.csv, table, expected)
        if from_jsonl is not None and from_csv is not None:
            checker.same_values(table, from_jsonl, from_csv)
    for problem in checker.problems:
        print(f"interop: error: {problem}", file=sys.stderr)
    total = sum(rows.values())
    versions = f"frictionless, pandas {pd.__version__}, polars {pl.__version__}, duckdb {duckdb.__version__}"
    if checker.problems:
        print(f"interop: {len(checker.problems)} of {checker.checks} checks failed ({versions})", file=sys.stderr)
        sys.exit(1)
    print(f"interop: {len(tables)} tables, {total} rows: {checker.checks} checks passed ({versions})")


if __name__ == "__main__":
    main()
