"""Seeded random Data Packages for the differential test (interop/differential.py).

Each package is a folder: datapackage.json and one or two tables (CSV, some JSON Lines). It covers
field types and formats, constraints, primary, unique and foreign keys, dialects and missing values,
with a share of defective cells, rows and headers. Every table row is written with what was done to
it (its defect tags), and where it starts in the file, so that findings can be traced to rows:

- `rows[n]` is the row frictionless numbers n (`rowNumber`): physical rows counted from 1, the header
  row included, blank rows included, comment rows included (frictionless counts every row its parser
  yields and skips comment rows after numbering them).
- `starts[n]` is the physical line (1-based) that row starts on, so a readout finding's `line` maps to
  the row whose start is the last one at or before it (a quoted field can span lines).
"""

import csv
import io
import json
import random
import string
from dataclasses import dataclass, field

# Field types and how often they are drawn. Types frictionless 5.21 casts and the spec defines.
TYPES = [
    ("string", 6), ("integer", 5), ("number", 3), ("boolean", 2), ("date", 3), ("datetime", 2),
    ("time", 1), ("year", 1), ("yearmonth", 1), ("duration", 1), ("geopoint", 1), ("object", 1),
    ("array", 1), ("any", 1),
]
STRING_FORMATS = [("default", 6), ("email", 1), ("uri", 1), ("uuid", 1)]
DATE_FORMATS = [("default", 6), ("%d/%m/%Y", 1), ("any", 1)]
WORDS = ["cedar", "oak", "pine", "birch", "maple", "elm", "ash", "yew", "fir", "larch"]


def weighted(rng, pairs):
    total = sum(weight for _, weight in pairs)
    pick = rng.uniform(0, total)
    for value, weight in pairs:
        pick -= weight
        if pick <= 0:
            return value
    return pairs[-1][0]


@dataclass
class Row:
    cells: list           # texts (CSV) or JSON values (JSON Lines); None for an absent cell
    tags: list = field(default_factory=list)   # what was done to the row ("row:blank", "cell:primary-key"...)
    cell_tags: dict = field(default_factory=dict)  # column -> what was done to that cell ("cell:integer:type")

    def set(self, position, value, tag=None):
        """Writes a cell; its defect tag goes with it (a cell written over loses the old one)."""
        self.cells[position] = value
        self.cell_tags.pop(position, None)
        if tag:
            self.cell_tags[position] = tag

    @property
    def all_tags(self):
        return self.tags + [self.cell_tags[position] for position in sorted(self.cell_tags)]


@dataclass
class Table:
    name: str
    kind: str             # csv or jsonl
    fields: list          # field descriptors
    header: list          # the labels as written (CSV)
    rows: list            # data rows (Row)
    schema: dict
    dialect: dict
    header_tags: list = field(default_factory=list)
    # Written by write(): the row number -> tags, and row number -> starting line.
    numbered: dict = field(default_factory=dict)
    starts: dict = field(default_factory=dict)


@dataclass
class Package:
    seed: int
    features: set
    tables: list
    descriptor: dict


# -- values -------------------------------------------------------------------------------------

def valid_value(rng, spec, kind):
    """A value that casts to the field and meets its constraints (text for CSV, JSON for JSON Lines)."""
    ftype, fmt, cons = spec["type"], spec.get("format", "default"), spec.get("constraints", {})
    if "enum" in cons:
        return cons["enum"][rng.randrange(len(cons["enum"]))] if kind == "jsonl" else str(rng.choice(cons["enum"]))
    if ftype == "string":
        if fmt == "email":
            return f"{rng.choice(WORDS)}{rng.randrange(100)}@example.org"
        if fmt == "uri":
            return f"https://example.org/{rng.choice(WORDS)}/{rng.randrange(1000)}"
        if fmt == "uuid":
            return "%08x-%04x-4%03x-8%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                                     rng.getrandbits(12), rng.getrandbits(48))
        low, high = cons.get("minLength", 1), cons.get("maxLength", 12)
        if "pattern" in cons:
            return rng.choice(string.ascii_lowercase) + str(rng.randrange(10, 99))
        text = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(max(low, 1), max(high, 1))))
        if rng.random() < 0.05 and kind == "csv" and len(text) > 1:
            text = text[:1] + rng.choice([",", "\"", "\n", ";", "é"]) + text[2:]
        return text
    if ftype == "integer":
        low = cons.get("minimum", cons.get("exclusiveMinimum", -1000) + 1)
        high = cons.get("maximum", cons.get("exclusiveMaximum", 1000) - 1)
        value = rng.randint(low, high)
        return value if kind == "jsonl" else str(value)
    if ftype == "number":
        low = cons.get("minimum", cons.get("exclusiveMinimum", -100) + 1)
        high = cons.get("maximum", cons.get("exclusiveMaximum", 100) - 1)
        value = round(rng.uniform(low, high), 2)
        return value if kind == "jsonl" else repr(value)
    if ftype == "boolean":
        flag = rng.random() < 0.5
        return flag if kind == "jsonl" else rng.choice(["true", "True", "TRUE"] if flag else ["false", "False", "FALSE"])
    if ftype == "date":
        year, month, day = rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28)
        if "minimum" in cons:
            year = max(year, 2000)
        if fmt == "%d/%m/%Y":
            return f"{day:02d}/{month:02d}/{year:04d}"
        return f"{year:04d}-{month:02d}-{day:02d}"
    if ftype == "datetime":
        return f"{rng.randint(1990, 2030):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T" \
               f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}" + rng.choice(["", "Z"])
    if ftype == "time":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if ftype == "year":
        value = rng.randint(1000, 2999)
        return value if kind == "jsonl" else str(value)
    if ftype == "yearmonth":
        return f"{rng.randint(1990, 2030):04d}-{rng.randint(1, 12):02d}"
    if ftype == "duration":
        return rng.choice(["P1Y", "P2M", "P3D", "PT4H", "P1Y2M3DT4H5M6S", "PT30M"])
    if ftype == "geopoint":
        return f"{rng.uniform(-179, 179):.3f},{rng.uniform(-89, 89):.3f}"
    if ftype == "object":
        value = {"k": rng.randrange(10)}
        return value if kind == "jsonl" else json.dumps(value)
    if ftype == "array":
        value = [rng.randrange(10), rng.randrange(10)]
        return value if kind == "jsonl" else json.dumps(value)
    return rng.choice(WORDS)  # any


def bad_value(rng, spec, kind):
    """A value that does not cast, or breaks a constraint; None when the field has no such value."""
    ftype, fmt, cons = spec["type"], spec.get("format", "default"), spec.get("constraints", {})
    choices = []
    if "enum" in cons:
        choices.append(("enum", "zzz" if ftype == "string" else ("999999" if kind == "csv" else 999999)))
    if "pattern" in cons:
        choices.append(("pattern", "9nope"))
    if "maxLength" in cons:
        choices.append(("maxLength", "x" * (cons["maxLength"] + 3)))
    if "minLength" in cons and cons["minLength"] > 1:
        choices.append(("minLength", "x"))
    for bound in ("minimum", "exclusiveMinimum"):
        if bound in cons and ftype in ("integer", "number"):
            value = cons[bound] - (1 if bound == "minimum" else 0)
            choices.append((bound, value if kind == "jsonl" else str(value)))
    for bound in ("maximum", "exclusiveMaximum"):
        if bound in cons and ftype in ("integer", "number"):
            value = cons[bound] + (1 if bound == "maximum" else 0)
            choices.append((bound, value if kind == "jsonl" else str(value)))
    if "minimum" in cons and ftype == "date":
        choices.append(("minimum", "1999-01-01"))
    # Texts that are not the type's lexical form, each with a label that names what is wrong.
    lexical = {
        "integer": [("fraction", "1.5"), ("word", "abc"), ("exponent", "1e3"), ("hex", "0x1A"), ("space", " 7")],
        "number": [("word", "abc"), ("comma", "1,5"), ("signs", "--1")],
        "boolean": [("yes", "yes"), ("two", "2"), ("t", "t")],
        "date": [("day", "2021-02-30"), ("basic", "20210101"), ("word", "yesterday")],
        "datetime": [("date-only", "2021-01-01"), ("hour", "2021-01-01T25:00:00"), ("word", "noon")],
        "time": [("hour", "24:00:01"), ("minute", "12:60:00"), ("word", "noon")],
        "year": [("digits", "99999"), ("letter", "20x1")], "yearmonth": [("month", "2021-13"), ("year-only", "2021")],
        "duration": [("empty", "P"), ("no-p", "1Y"), ("empty-time", "PT")],
        "geopoint": [("range", "200,100"), ("word", "abc"), ("one", "1")],
        "object": [("array", "[1]"), ("broken", "{bad")], "array": [("object", "{}"), ("broken", "[bad")],
        "string": {"email": [("email", "no-at-sign")], "uri": [("uri", "not a uri")], "uuid": [("uuid", "1234")]}.get(fmt, []),
    }.get(ftype, [])
    if ftype == "date" and fmt == "%d/%m/%Y":
        lexical = [("iso", "2021-01-01"), ("day", "31/02/2021")]
    if ftype == "date" and fmt == "any":
        lexical = []
    if lexical:
        label, text = rng.choice(lexical)
        if kind == "jsonl" and ftype in ("integer", "number", "boolean", "year", "object", "array"):
            label, text = "json-string", "abc"
        choices.append((f"type:{label}", text))
    if not choices:
        return None
    return rng.choice(choices)


# -- schemas --------------------------------------------------------------------------------------

def make_field(rng, index, features, v2):
    ftype = weighted(rng, TYPES)
    spec = {"name": f"f{index}", "type": ftype}
    if ftype == "string":
        fmt = weighted(rng, STRING_FORMATS)
        if fmt != "default":
            spec["format"] = fmt
    if ftype == "date":
        fmt = weighted(rng, DATE_FORMATS)
        if fmt != "default":
            spec["format"] = fmt
    cons = {}
    if rng.random() < 0.25:
        cons["required"] = True
    if ftype == "string" and "format" not in spec:
        roll = rng.random()
        if roll < 0.15:
            cons["enum"] = rng.sample(WORDS, 3)
        elif roll < 0.3:
            cons["pattern"] = "[a-z][0-9]+"
        elif roll < 0.45:
            cons["minLength"], cons["maxLength"] = 2, 8
    if ftype in ("integer", "number") and rng.random() < 0.4:
        if not v2 or rng.random() < 0.5:  # exclusive bounds are v2
            cons["minimum"], cons["maximum"] = 0, 500
        else:
            cons["exclusiveMinimum"], cons["exclusiveMaximum"] = 0, 500
    if ftype == "integer" and not cons and rng.random() < 0.1:
        cons["enum"] = [1, 2, 3]
    if ftype == "date" and spec.get("format") is None and rng.random() < 0.2:
        cons["minimum"] = "2000-01-01"
    if cons:
        spec["constraints"] = cons
    if v2 and rng.random() < 0.08:
        spec["missingValues"] = ["", "-"]
    return spec


def make_table(rng, name, kind, features, v2):
    count = rng.randint(1, 6)
    fields = [make_field(rng, position, features, v2) for position in range(count)]
    schema = {"fields": fields}
    if rng.random() < 0.25:
        schema["missingValues"] = ["", "NA"]
        features.add("missing:schema")
    key = None
    if rng.random() < 0.4:
        key = rng.randrange(count)
        fields[key]["type"] = rng.choice(["integer", "string"])
        fields[key].pop("format", None)
        fields[key].pop("constraints", None)
        schema["primaryKey"] = [fields[key]["name"]]
        features.add("key:primary")
    elif rng.random() < 0.1 and count > 1:
        for position in (0, 1):
            fields[position] = {"name": f"f{position}", "type": "integer"}
        schema["primaryKey"] = ["f0", "f1"]
        features.add("key:primary-composite")
    for spec in fields:
        if spec["type"] in ("integer", "string", "date") and rng.random() < 0.15 and "constraints" not in spec \
                and "format" not in spec:
            spec["constraints"] = {"unique": True}
    if v2 and count > 1 and rng.random() < 0.08:
        schema["uniqueKeys"] = [[fields[0]["name"], fields[1]["name"]]]
        features.add("key:unique-keys")
    dialect = {}
    if kind == "csv" and rng.random() < 0.2:
        choice = rng.choice(["delimiter", "delimiter", "quoteChar", "header", "commentChar", "skipInitialSpace"])
        if choice == "delimiter":
            dialect["delimiter"] = rng.choice([";", "\t", "|"])
        elif choice == "quoteChar":
            dialect["quoteChar"] = "'"
        elif choice == "header":
            dialect["header"] = False
        elif choice == "commentChar":
            dialect["commentChar"] = "#"
        else:
            dialect["skipInitialSpace"] = True
        features.add(f"dialect:{choice}")
    features.add(f"format:{kind}")
    table = Table(name=name, kind=kind, fields=fields, header=[spec["name"] for spec in fields], rows=[],
                  schema=schema, dialect=dialect)
    return table


def fill(rng, table, features, defect_share):
    # frictionless 5.21 stops with "generator raised StopIteration" on an empty JSON Lines file.
    count = rng.randint(1 if table.kind == "jsonl" else 0, 12)
    key_fields = table.schema.get("primaryKey", [])
    for number in range(count):
        row = Row(cells=[valid_value(rng, spec, table.kind) for spec in table.fields])
        if len(key_fields) == 1:
            position = [spec["name"] for spec in table.fields].index(key_fields[0])
            if table.fields[position]["type"] == "string":
                row.cells[position] = f"k{number + 1}"
            else:
                row.cells[position] = str(number + 1) if table.kind == "csv" else number + 1
        elif len(key_fields) == 2:
            row.cells[0] = str(number) if table.kind == "csv" else number
            row.cells[1] = str(number % 3) if table.kind == "csv" else number % 3
        for position, spec in enumerate(table.fields):
            unique = spec.get("constraints", {}).get("unique")
            if unique:
                row.cells[position] = unique_value(spec, number, table.kind)
        table.rows.append(row)
    # Defective cells.
    for row in table.rows:
        if rng.random() >= defect_share:
            continue
        position = rng.randrange(len(table.fields))
        spec = table.fields[position]
        roll = rng.random()
        missing = missing_texts(table, spec)
        if roll < 0.15 and spec.get("constraints", {}).get("required"):
            row.set(position, "" if table.kind == "csv" else None, "cell:required")
            features.add("defect:required")
        elif roll < 0.25 and "NA" in missing and table.kind == "csv":
            # A declared missing value: a null, an error only where the field is required or a key.
            required = spec.get("constraints", {}).get("required") or spec["name"] in table.schema.get("primaryKey", [])
            row.set(position, "NA", "cell:required" if required else "cell:missing-value")
            features.add("defect:missing-value")
        else:
            bad = bad_value(rng, spec, table.kind)
            if bad is None:
                continue
            reason, value = bad
            keyed = spec["name"] in key_fields or spec.get("constraints", {}).get("unique")
            if reason == "type:space" and keyed:
                # frictionless reads ' 7' as 7, which would make another row's 7 a duplicate: a second
                # difference, on a row with no defect, from the one allowlisted cause.
                reason, value = "type:word", "abc"
            row.set(position, value, f"cell:{spec['type']}:{reason}")
            features.add(f"defect:{reason.split(':')[0]}")
    # Duplicate keys.
    if key_fields and len(table.rows) > 2 and rng.random() < 0.15:
        positions = [[spec["name"] for spec in table.fields].index(name) for name in key_fields]
        source, target = table.rows[0], table.rows[-1]
        for position in positions:
            target.set(position, source.cells[position])
        target.tags.append("cell:primary-key")
        features.add("defect:primary-key")
    # Rows that repeat a unique key (v2 uniqueKeys: rows with a null part are exempt, as in SQL).
    unique_keys = table.schema.get("uniqueKeys", [])
    if unique_keys and len(table.rows) > 2 and rng.random() < 0.5:
        positions = [[spec["name"] for spec in table.fields].index(name) for name in unique_keys[0]]
        source, target = table.rows[0], table.rows[-1]
        if all(source.cells[position] not in ("", None) for position in positions):
            for position in positions:
                target.set(position, source.cells[position])
            target.tags.append("cell:unique-keys")
            features.add("defect:unique-keys")


def unique_value(spec, number, kind):
    if spec["type"] == "integer":
        return str(1000 + number) if kind == "csv" else 1000 + number
    if spec["type"] == "date":
        return f"2001-01-{number + 1:02d}"
    return f"u{number}"


def missing_texts(table, spec):
    return spec.get("missingValues", table.schema.get("missingValues", [""]))


def structure_defects(rng, table, features):
    """Row and header defects (CSV only): extra and missing cells, blank rows, bad labels."""
    if table.kind != "csv":
        return
    if table.rows and rng.random() < 0.12:
        row = rng.choice(table.rows)
        if rng.random() < 0.5:
            row.cells = row.cells + ["extra"]
            row.tags.append("row:extra-cell")
            features.add("defect:extra-cell")
        elif len(row.cells) > 1:
            row.cells = row.cells[:-1]
            row.cell_tags.pop(len(row.cells), None)
            row.tags.append("row:missing-cell")
            features.add("defect:missing-cell")
    if table.rows and rng.random() < 0.08:
        table.rows.insert(rng.randrange(len(table.rows) + 1), Row(cells=[], tags=["row:blank"]))
        features.add("defect:blank-row")
    if table.dialect.get("header") is False or rng.random() >= 0.1:
        return
    choice = rng.choice(["duplicate-label", "blank-label", "incorrect-label", "missing-label", "extra-label"])
    if choice == "duplicate-label" and len(table.header) > 1:
        table.header[1] = table.header[0]
    elif choice == "blank-label":
        table.header[rng.randrange(len(table.header))] = ""
    elif choice == "incorrect-label":
        table.header[rng.randrange(len(table.header))] = "wrong"
    elif choice == "missing-label" and len(table.header) > 1:
        table.header = table.header[:-1]
        for row in table.rows:
            if row.cells:
                row.cells = row.cells[:-1]
                row.cell_tags.pop(len(row.cells), None)
    elif choice == "extra-label":
        table.header = table.header + ["extra"]
        for row in table.rows:
            if row.cells:
                row.cells = row.cells + ["x"]
    else:
        return
    table.header_tags.append(f"header:{choice}")
    features.add(f"defect:{choice}")


def make_package(seed, defect_share=0.15):
    rng = random.Random(seed)
    features = set()
    v2 = rng.random() < 0.5
    features.add("standard:v2" if v2 else "standard:v1")
    tables = [make_table(rng, "t0", "jsonl" if rng.random() < 0.15 else "csv", features, v2)]
    if rng.random() < 0.3:
        tables.append(make_table(rng, "t1", "jsonl" if rng.random() < 0.15 else "csv", features, v2))
    for table in tables:
        fill(rng, table, features, defect_share)
    # Foreign keys: t1.f0 to t0's single-field primary key, or a table's own key.
    parent = tables[0]
    parent_key = parent.schema.get("primaryKey", [])
    if len(parent_key) == 1:
        position = [spec["name"] for spec in parent.fields].index(parent_key[0])
        key_spec = parent.fields[position]
        missing_key = "k999" if key_spec["type"] == "string" else 999
        # Only keys as generated (not a defective cell, not a repeated key) are referenced.
        parents = [row.cells[position] for row in parent.rows if position not in row.cell_tags and not row.tags]
        if len(tables) > 1 and rng.random() < 0.7:
            child = tables[1]
            child.fields[0].clear()
            child.fields[0].update({"name": "f0", "type": key_spec["type"]})
            for key in ("primaryKey", "uniqueKeys"):
                names = child.schema.get(key, [])
                if "f0" in names or any("f0" in group for group in names if isinstance(group, list)):
                    child.schema.pop(key)
                    for row in child.rows:
                        row.tags = [tag for tag in row.tags if tag not in ("cell:primary-key", "cell:unique-keys")]
            for row in child.rows:
                if parents and rng.random() >= 0.1:
                    row.set(0, rng.choice(parents))
                else:
                    row.set(0, str(missing_key) if child.kind == "csv" else missing_key, "cell:foreign-key")
                    features.add("defect:foreign-key")
            child.schema["foreignKeys"] = [{"fields": ["f0"], "reference": {"resource": "t0", "fields": parent_key}}]
            features.add("key:foreign")
        elif rng.random() < 0.2 and len(parent.fields) > 1:
            other = next(index for index in range(len(parent.fields)) if index != position)
            parent.fields[other].clear()
            parent.fields[other].update({"name": f"f{other}", "type": key_spec["type"]})
            for number, row in enumerate(parent.rows):
                if number == 0 or not parents:
                    row.set(other, str(missing_key) if parent.kind == "csv" else missing_key, "cell:foreign-key")
                    features.add("defect:foreign-key")
                else:
                    row.set(other, rng.choice(parents))
            parent.schema["foreignKeys"] = [{"fields": [f"f{other}"], "reference": {"resource": "", "fields": parent_key}}]
            features.add("key:foreign-self")
    for table in tables:
        structure_defects(rng, table, features)
        # The field features as finally written (keys replace some of the fields first drawn).
        for spec in table.fields:
            features.add(f"type:{spec['type']}")
            if "format" in spec:
                features.add(f"format:{spec['type']}:{spec['format']}")
            features.update(f"constraint:{name}" for name in spec.get("constraints", {}))
            if "missingValues" in spec:
                features.add("missing:field")
    resources = []
    for table in tables:
        resource = {"name": table.name, "path": f"{table.name}.{table.kind}", "format": table.kind,
                    "encoding": "utf-8", "schema": table.schema}
        if v2:
            resource["type"] = "table"
        if table.dialect:
            resource["dialect"] = table.dialect
        resources.append(resource)
    descriptor = {"name": f"case-{seed}", "resources": resources}
    if v2:
        descriptor["$schema"] = "https://datapackage.org/profiles/2.0/datapackage.json"
    return Package(seed=seed, features=features, tables=tables, descriptor=descriptor)


# -- files ----------------------------------------------------------------------------------------

def write(package, folder):
    """Writes the package to `folder` and numbers each table's rows (see the module's docstring)."""
    with open(f"{folder}/datapackage.json", "w", encoding="utf-8") as out:
        json.dump(package.descriptor, out, indent=2)
    for table in package.tables:
        tag_unique_key_repeats(table)
        path = f"{folder}/{table.name}.{table.kind}"
        text = write_csv(table) if table.kind == "csv" else write_jsonl(table)
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)


def tag_unique_key_repeats(table):
    """Tags "cell:unique-keys" on every row whose uniqueKeys repeat an earlier row's by logical value,
    the planted repeats and those that valid values make by chance (`True` and `true` are one boolean).
    Values are cast by frictionless's own fields, so the tag says what the standard calls equal."""
    from frictionless import Schema
    keys = table.schema.get("uniqueKeys", [])
    if not keys:
        return
    names = [spec["name"] for spec in table.fields]
    # Only the key fields, without constraints (some need frictionless's v2 mode): just for casting.
    key_fields = {name for key in keys for name in key}
    schema = Schema.from_descriptor({
        "fields": [{k: v for k, v in spec.items() if k != "constraints"} for spec in table.fields if spec["name"] in key_fields],
        "missingValues": table.schema.get("missingValues", [""])})
    for key in keys:
        positions = [names.index(name) for name in key]
        seen = set()
        for row in table.rows:
            if len(row.cells) < len(names) or "row:blank" in row.tags:
                continue
            values = []
            for position in positions:
                value, notes = schema.get_field(names[position]).read_cell(row.cells[position])
                if value is None or notes:
                    break
                values.append(json.dumps(value, sort_keys=True, default=str))
            else:
                if tuple(values) in seen and "cell:unique-keys" not in row.tags:
                    row.tags.append("cell:unique-keys")
                seen.add(tuple(values))


def row_tags(table, row):
    """The row's tags, with "row:all-missing" when every cell it has is a missing value (frictionless
    reports such a row as blank-row; the standard does not say what it is)."""
    tags = row.all_tags
    if row.cells and all(cell is None or (isinstance(cell, str) and cell in missing_texts(table, spec))
                         for spec, cell in zip(table.fields, row.cells)):
        tags = tags + ["row:all-missing"]
    return tags


def write_csv(table):
    dialect = table.dialect
    delimiter = dialect.get("delimiter", ",")
    quote = dialect.get("quoteChar", '"')
    buffer = []
    line = 1
    number = 1

    def render(cells):
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, quotechar=quote, lineterminator="\r\n",
                   quoting=csv.QUOTE_MINIMAL).writerow(cells)
        text = out.getvalue()
        if dialect.get("skipInitialSpace"):
            text = text.replace(delimiter, delimiter + " ")
        return text

    if dialect.get("header", True):
        buffer.append(render(table.header))
        table.numbered[number], table.starts[number] = list(table.header_tags), line
        line, number = line + buffer[-1].count("\n"), number + 1
    if dialect.get("commentChar"):
        # After the header, as in the standard's example of commentChar (Table Dialect).
        buffer.append("# a comment row\r\n")
        table.numbered[number], table.starts[number] = ["row:comment"], line
        line, number = line + 1, number + 1
    for row in table.rows:
        text = "\r\n" if not row.cells else render(["" if cell is None else cell for cell in row.cells])
        buffer.append(text)
        table.numbered[number], table.starts[number] = row_tags(table, row), line
        line, number = line + text.count("\n"), number + 1
    return "".join(buffer)


def write_jsonl(table):
    lines = []
    for number, row in enumerate(table.rows):
        # The first row names every key (null where it has no value): frictionless takes the first
        # object's keys for the table's header and drops every other key of later rows, where the
        # standard keys object rows by field name. Later rows leave keys out.
        item = {spec["name"]: cell for spec, cell in zip(table.fields, row.cells) if cell is not None or number == 0}
        lines.append(json.dumps(item, ensure_ascii=False) + "\n")
        # frictionless numbers JSON Lines rows from 2: the keys are its header row (number 1).
        table.numbered[number + 2], table.starts[number + 2] = row_tags(table, row), number + 1
    return "".join(lines)
