"""What a user would otherwise run: DuckDB reads each JSON Lines table and writes it as CSV."""
import glob
import os
import sys

import duckdb

folder, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
for path in sorted(glob.glob(folder + "/jsonl/*.jsonl")):
    name = os.path.basename(path)[: -len(".jsonl")]
    duckdb.sql(f"COPY (SELECT * FROM read_json('{path}')) TO '{out}/{name}.csv' (HEADER)")
