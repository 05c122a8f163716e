"""The structural checks of a Tabular Data Package written as polars expressions, for `make bench`.

What a data team would write instead of readout or frictionless: every CSV table of the package read as
text, each typed field cast, and the schema's constraints checked (required, enum, pattern, minLength,
maxLength, minimum, maximum and their exclusive forms, unique), then primary and foreign keys. Every
rule comes from the package's datapackage.json (inline schemas and dialects, as `readout export` and
`readout generate` write them), nothing is hard-coded. Prints the number of failing cells per table and
check; exits 1 when there are any, 2 when the package uses a type, format or constraint this script does
not implement (it refuses rather than skip a check).

Conventions, the same as readout's on these files: an unquoted empty cell is null, a quoted "" is an
empty string (readout's exports write them so, see nullNote in their datapackage.json); constraints
other than required are checked on non-null values that cast; a key with a null part is not looked up.

Usage: polars_checks.py PATH/TO/datapackage.json
"""
import json
import sys
from pathlib import Path

import polars as pl

DEFAULT_TRUE = ["true", "True", "TRUE", "1"]
DEFAULT_FALSE = ["false", "False", "FALSE", "0"]
KNOWN_CONSTRAINTS = {"required", "unique", "enum", "pattern", "minLength", "maxLength",
                     "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}


class Unsupported(Exception):
    pass


def typed(field, text):
    """The expression casting `text` (a string expression) to the field's type; null where it does not cast."""
    kind, form = field.get("type", "string"), field.get("format", "default")
    if kind in ("string", "any"):
        return text
    if kind == "integer":
        return text.cast(pl.Int64, strict=False)
    if kind == "number":
        return text.cast(pl.Float64, strict=False)
    if kind == "boolean":
        mapping = {value: True for value in field.get("trueValues", DEFAULT_TRUE)}
        mapping.update({value: False for value in field.get("falseValues", DEFAULT_FALSE)})
        return text.replace_strict(mapping, default=None, return_dtype=pl.Boolean)
    if kind == "year":
        return pl.when(text.str.contains(r"^[0-9]{4}$")).then(text.cast(pl.Int32, strict=False))
    formats = {"date": "%Y-%m-%d", "datetime": "%Y-%m-%dT%H:%M:%S%#z", "time": "%H:%M:%S"}
    if kind in formats:
        pattern = formats[kind] if form == "default" else form
        if not pattern.startswith("%") and form != "default":
            raise Unsupported(f"field {field['name']}: format {form!r} of type {kind}")
        parse = {"date": text.str.to_date, "datetime": text.str.to_datetime, "time": text.str.to_time}[kind]
        return parse(pattern, strict=False)
    raise Unsupported(f"field {field['name']}: type {kind!r}")


def field_checks(field):
    """(check name, expression true on a failing cell) for one field; columns: name (text), name#typed."""
    name = field["name"]
    text, value = pl.col(name), pl.col(name + "#typed")
    constraints = field.get("constraints", {})
    unknown = set(constraints) - KNOWN_CONSTRAINTS
    if unknown:
        raise Unsupported(f"field {name}: constraints {sorted(unknown)}")
    present = text.is_not_null() & value.is_not_null()
    checks = [("type", text.is_not_null() & value.is_null())]
    if constraints.get("required"):
        checks.append(("required", text.is_null()))
    if "enum" in constraints:
        allowed = pl.Series([str(v) for v in constraints["enum"]], dtype=pl.String)
        checks.append(("enum", present & ~value.is_in(pl.select(typed(field, pl.lit(allowed))).to_series().implode())))
    if "pattern" in constraints:
        checks.append(("pattern", present & ~text.str.contains(f"^(?:{constraints['pattern']})$")))
    if "minLength" in constraints:
        checks.append(("minLength", present & (text.str.len_chars() < constraints["minLength"])))
    if "maxLength" in constraints:
        checks.append(("maxLength", present & (text.str.len_chars() > constraints["maxLength"])))
    for key, fails in (("minimum", lambda v, b: v < b), ("maximum", lambda v, b: v > b),
                       ("exclusiveMinimum", lambda v, b: v <= b), ("exclusiveMaximum", lambda v, b: v >= b)):
        if key in constraints:
            bound = typed(field, pl.lit(str(constraints[key])))
            checks.append((key, present & fails(value, bound)))
    if constraints.get("unique"):
        checks.append(("unique", present & ~value.is_first_distinct()))
    return checks


def key_expression(columns):
    typed_columns = [pl.col(c + "#typed") for c in columns]
    return typed_columns[0] if len(columns) == 1 else pl.struct(typed_columns)


def read_table(folder, resource):
    dialect = resource.get("dialect", {})
    if resource.get("format", "csv") != "csv" or dialect.get("header", True) is not True:
        raise Unsupported(f"resource {resource['name']}: only CSV with a header row")
    if dialect.get("doubleQuote", True) is not True or resource.get("encoding", "utf-8").lower() != "utf-8":
        raise Unsupported(f"resource {resource['name']}: dialect or encoding")
    return pl.read_csv(folder / resource["path"], infer_schema=False, separator=dialect.get("delimiter", ","),
                       quote_char=dialect.get("quoteChar", '"'))


def main():
    descriptor = Path(sys.argv[1])
    package = json.loads(descriptor.read_text())
    resources = {r["name"]: r for r in package["resources"] if "path" in r}
    # The typed key columns the foreign keys need, on both sides, kept after each table is checked.
    kept = {name: set() for name in resources}
    for name, resource in resources.items():
        for foreign in resource["schema"].get("foreignKeys", []):
            parent = foreign["reference"]["resource"] or name
            if parent not in resources:
                raise Unsupported(f"resource {name}: foreign key to unknown resource {parent!r}")
            kept[name].update(foreign["fields"] if isinstance(foreign["fields"], list) else [foreign["fields"]])
            reference = foreign["reference"]["fields"]
            kept[parent].update(reference if isinstance(reference, list) else [reference])
    failures, keys, rows = {}, {}, 0
    for name, resource in resources.items():
        schema = resource["schema"]
        fields = schema["fields"]
        frame = read_table(descriptor.parent, resource)
        rows += frame.height
        if frame.columns != [f["name"] for f in fields]:
            failures[(name, "header")] = 1
            continue
        frame = frame.with_columns(typed(f, pl.col(f["name"])).alias(f["name"] + "#typed") for f in fields)
        checks = [(f["name"], check, fails) for f in fields for check, fails in field_checks(f)]
        primary = schema.get("primaryKey", [])
        primary = [primary] if isinstance(primary, str) else primary
        if primary:
            complete = pl.all_horizontal(pl.col(c + "#typed").is_not_null() for c in primary)
            checks.append(("+".join(primary), "primary-key", ~complete | ~key_expression(primary).is_first_distinct()))
        counts = frame.select(fails.sum().alias(f"{column}\0{check}") for column, check, fails in checks).row(0, named=True)
        for label, count in counts.items():
            if count:
                failures[(name, label.replace("\0", " "))] = count
        keys[name] = frame.select(pl.col(c + "#typed") for c in sorted(kept[name]))
        del frame
    for name, resource in resources.items():
        for foreign in resource["schema"].get("foreignKeys", []):
            child = foreign["fields"] if isinstance(foreign["fields"], list) else [foreign["fields"]]
            parent_fields = foreign["reference"]["fields"]
            parent_fields = parent_fields if isinstance(parent_fields, list) else [parent_fields]
            parent_name = foreign["reference"]["resource"] or name
            if name not in keys or parent_name not in keys:
                continue  # a table whose header does not match is already a failure; its keys are not read
            parent = keys[parent_name]
            wanted = keys[name].select(key_expression(child).alias("key")).filter(pl.col("key").is_not_null())
            if len(child) > 1:
                wanted = wanted.filter(pl.all_horizontal(pl.col("key").struct.field(c + "#typed").is_not_null() for c in child))
            known = parent.select(key_expression(parent_fields).alias("key")).unique()
            if len(child) > 1:
                known = known.select(pl.col("key").struct.rename_fields([c + "#typed" for c in child]))
            missing = wanted.join(known, on="key", how="anti").height
            if missing:
                failures[(name, "+".join(child) + " foreign-key")] = missing
    for (table, check), count in sorted(failures.items()):
        print(f"{table}: {check}: {count}")
    print(f"polars_checks: {len(resources)} tables, {rows} rows, {sum(failures.values())} failing cells or rows")
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Unsupported as problem:
        print(f"polars_checks: not implemented: {problem}", file=sys.stderr)
        sys.exit(2)
