"""The editors' JSON Schema against the bundled data, with the `jsonschema` package (draft-07).

    .venv/bin/python interop/json_schema_check.py --readout .build/debug/readout [--schema FILE] [--data DIR]

Runs `readout schema --json-schema`, checks the result is a valid draft-07 schema, validates every
YAML data file in the data folder against it (reviewed.yaml, which is not a data file, aside), then
breaks copies of one record in several ways (an unknown field, a value outside its enum, a required
field left out, a value of the wrong type) and fails unless the schema rejects each.

The YAML is read as the YAML language server reads it (YAML 1.2 core schema): PyYAML's YAML 1.1
resolvers would turn 2021-09-10 into a date and `no` into false, which neither the editor nor readout does.
"""

import argparse
import copy
import json
import pathlib
import re
import subprocess
import sys

import jsonschema
import yaml


class CoreLoader(yaml.SafeLoader):
    """SafeLoader with the YAML 1.2 core schema's implicit types only: null, bool, int, float."""


CoreLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]:
    CoreLoader.add_implicit_resolver(tag, re.compile(pattern), first)


def load(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=CoreLoader)


def breakages(document, definitions):
    """Broken copies of the first record that has an enum field and a required field: (what, copy)."""
    for table, records in document.items():
        definition = definitions.get(table, {})
        properties = definition.get("properties", {})
        enums = [name for name, field in properties.items() if "enum" in field]
        for position, record in enumerate(records or []):
            present_enums = [name for name in enums if name in record]
            required = [name for name in definition.get("required", []) if name in record]
            if not present_enums or not required:
                continue

            def broken(change):
                copied = copy.deepcopy(document)
                change(copied[table][position])
                return copied

            typed = next((name for name, field in properties.items()
                          if name in record and "string" in json.dumps(field.get("type"))), None)
            yield f"{table}: an unknown field", broken(lambda r: r.__setitem__("no_such_field", "x"))
            yield f"{table}.{present_enums[0]}: a value outside its enum", \
                broken(lambda r: r.__setitem__(present_enums[0], "not-an-allowed-value"))
            yield f"{table}.{required[0]}: a required field left out", broken(lambda r: r.pop(required[0]))
            if typed:
                yield f"{table}.{typed}: a list where a string goes", broken(lambda r: r.__setitem__(typed, ["a", "b"]))
            return


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readout", default=".build/debug/readout")
    parser.add_argument("--schema", default="schema/datapackage.json")
    parser.add_argument("--data", default="data")
    args = parser.parse_args()

    run = subprocess.run([args.readout, "schema", "--json-schema", "--schema", args.schema],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"json schema: readout schema failed ({run.returncode}): {run.stderr.strip()}")
    schema = json.loads(run.stdout)
    if schema.get("$schema") != "http://json-schema.org/draft-07/schema#":
        sys.exit(f"json schema: expected draft-07, got {schema.get('$schema')}")
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)

    files = sorted(path for path in pathlib.Path(args.data).rglob("*.y*ml") if path.name != "reviewed.yaml")
    failures = []
    records = 0
    for path in files:
        document = load(path)
        records += sum(len(value or []) for value in document.values())
        for error in validator.iter_errors(document):
            place = "/".join(str(part) for part in error.absolute_path)
            failures.append(f"{path}: {place}: {error.message}")
    if failures:
        print("\n".join(failures[:50]))
        sys.exit(f"json schema: {len(failures)} errors in the bundled data")

    rejected = 0
    for path in files:
        for what, document in breakages(load(path), schema["definitions"]):
            if validator.is_valid(document):
                sys.exit(f"json schema: {path}: a broken record passes ({what})")
            rejected += 1
        if rejected:
            break
    if rejected == 0:
        sys.exit("json schema: no record to break was found")
    print(f"json schema: {len(files)} data files ({records} records) valid against `readout schema --json-schema` "
          f"(draft-07); {rejected} broken records rejected")


if __name__ == "__main__":
    main()
