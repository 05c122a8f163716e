#!/usr/bin/env python3
"""Round-trips every CSV of a Data Package through LibreOffice Calc (CSV -> .xlsx -> CSV) and checks
that the values that come back are the ones exported.

The CSV is opened as a careful user would, with LibreOffice's CSV filter options (token by token):
  1 field separator 44 (comma)          2 text delimiter 34 (")      3 character set 76 (UTF-8)
  4 first line 1                         5 column types from the datapackage: string -> 2 (Text: keeps
    leading zeros, and the exporter's formula guard ' stays part of the text), date -> 5 (YY/MM/DD:
    a real date cell, shown as ISO 8601), integer, number, boolean -> 1 (Standard)
  6 language 1033 (English, USA: "." is the decimal point)
  7 quoted field as text: false (the column types decide, not the quotes; every value is quoted)
  8 detect special numbers: false     11 remove spaces: false     13 evaluate formulas: false
and written back with "Text - txt - csv (StarCalc)": comma, ", UTF-8, quote all text cells, values
rather than cells as shown (so numbers keep their precision), no formulas.

Known spreadsheet behaviour (see README "Interop"): a line break inside a cell is LF in a spreadsheet,
so a CR LF inside a quoted value comes back as LF (counted and reported, not a failure). Not checked:
a quoted empty string "" comes back as an empty cell (null), since a cell cannot tell them apart;
integers beyond 15 significant digits lose precision (cells hold IEEE doubles). readout's exports have neither: empty strings are never
written (a value not stated is null) and their integers are line numbers and small counts.

Usage: interop/spreadsheet.py PACKAGE.json...   Exits 1 on a difference; 0 with a message when
LibreOffice (soffice) is not installed.
"""

import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

COLUMN_TYPES = {"string": 2, "yearmonth": 2, "date": 5, "integer": 1, "number": 1, "boolean": 1, "year": 1, "datetime": 2}
EXPORT_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,false,false,false"


def import_filter(fields):
    columns = "/".join(f"{position}/{COLUMN_TYPES.get(field.get('type', 'string'), 2)}"
                       for position, field in enumerate(fields, start=1))
    return f"CSV:44,34,76,1,{columns},1033,false,false,,,false,,false"


def soffice(profile, *arguments):
    result = subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", *arguments],
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"soffice {' '.join(arguments)} failed: {result.stderr.strip()}")


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def main():
    packages = [Path(argument) for argument in sys.argv[1:]] or [Path("exports/datapackage.json")]
    if shutil.which("soffice") is None:
        print("interop: spreadsheet check skipped: LibreOffice is not installed (Debian libreoffice-calc; "
              "make interop installs it when apt-get can)")
        return
    problems, files, cells, line_breaks = [], 0, 0, 0
    with tempfile.TemporaryDirectory(prefix="readout-spreadsheet-") as temporary:
        work = Path(temporary)
        profile = work / "profile"
        sheets = work / "xlsx"
        back = work / "csv"
        originals = {}
        for package_path in packages:
            package = json.loads(package_path.read_text(encoding="utf-8"))
            for resource in package["resources"]:
                source = package_path.parent / resource["path"]
                # Each file under a unique name: findings.csv and csv/findings.csv must not collide.
                name = f"{package.get('name', 'package')}--{resource['name']}"
                copy = work / f"{name}.csv"
                shutil.copyfile(source, copy)
                originals[name] = source
                soffice(profile, f"--infilter={import_filter(resource['schema']['fields'])}",
                        "--convert-to", "xlsx", "--outdir", str(sheets), str(copy))
        soffice(profile, "--convert-to", EXPORT_FILTER, "--outdir", str(back),
                *sorted(str(path) for path in sheets.glob("*.xlsx")))
        for name, source in sorted(originals.items()):
            files += 1
            returned = back / f"{name}.csv"
            if not returned.exists():
                problems.append(f"{source}: LibreOffice wrote no CSV back")
                continue
            exported, round_trip = read(source), read(returned)
            if len(exported) != len(round_trip):
                problems.append(f"{source}: {len(exported)} rows exported, {len(round_trip)} back from the spreadsheet")
                continue
            header = exported[0] if exported else []
            for number, (left, right) in enumerate(zip(exported, round_trip), start=1):
                cells += len(left)
                # LibreOffice drops trailing empty cells of a row only when they are all empty: pad to compare.
                right = right + [""] * (len(left) - len(right))
                for column, (was, now) in enumerate(zip(left, right)):
                    if was != now and was.replace("\r\n", "\n") == now:
                        line_breaks += 1
                    elif was != now:
                        field = header[column] if column < len(header) else column + 1
                        problems.append(f"{source}: record {number}, {field}: exported {was!r}, came back {now!r}")
    for problem in problems:
        print(f"interop: error: {problem}", file=sys.stderr)
    if problems:
        print(f"interop: spreadsheet round trip changed {len(problems)} of {cells} cells", file=sys.stderr)
        sys.exit(1)
    known = f" ({line_breaks} with a CR LF line break came back with LF, as spreadsheets store it)" if line_breaks else ""
    print(f"interop: {files} CSV files through LibreOffice Calc (.xlsx and back): all {cells} cells came back as exported{known}")


if __name__ == "__main__":
    main()
