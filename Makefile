# readout: `make validate` checks the data and that the committed exports are current; `make test` runs the tests;
# `make report` writes the HTML report; `make interop` checks the exports with the tools researchers use.
SWIFT ?= swift
READOUT := .build/debug/readout
# The corpus sits beside the checkout as ../shared/seeds; CORPUS=DIR names another.
CORPUS ?= $(wildcard ../shared/seeds)
CORPUS_FLAG := $(if $(CORPUS),--corpus $(CORPUS),)
INPUTS := --data data --schema schema/datapackage.json $(CORPUS_FLAG)

.PHONY: validate example export test build deps rules fuzz asan faults limits report report-check interop spreadsheet-deps bench bench-large differential sarif-check golden golden-update

validate: build example
	@$(READOUT) validate $(INPUTS) --exports exports

# The second worked example (examples/parliament-quotes, README "Use readout for your own corpus"):
# readout must report exactly the findings its expected-findings.txt lists (rule severity table key).
EXAMPLE := examples/parliament-quotes
example: build
	@$(READOUT) validate --data $(EXAMPLE)/data --schema $(EXAMPLE)/datapackage.json --corpus $(EXAMPLE)/corpus \
	  --format json > .build/example-findings.json; status=$$?; \
	if [ $$status -ne 1 ]; then echo "example: readout validate exited $$status, not 1 (its planted errors)"; exit 1; fi; \
	awk -F'"' '/^ *"(rule|severity|table|key)": "/ { value[$$2] = $$4 } \
	  /^ *"key": "/ && value["rule"] != "" { print value["rule"], value["severity"], value["table"], value["key"]; value["rule"] = "" }' \
	  .build/example-findings.json | LC_ALL=C sort > .build/example-found.txt; \
	grep -v '^#' $(EXAMPLE)/expected-findings.txt | LC_ALL=C sort | diff -u - .build/example-found.txt \
	  || { echo "example: findings differ from $(EXAMPLE)/expected-findings.txt (- expected, + reported)"; exit 1; }; \
	echo "example: $$(wc -l < .build/example-found.txt) findings, as expected"

export: build
	@$(READOUT) export $(INPUTS) --out exports

test: deps
	$(SWIFT) test

# The golden snapshot (Tests/Golden/run.sh, README "Development"): the findings and export bytes of the
# committed data (debug build) and of a seeded 100k synthetic dataset (release build: the debug build
# takes minutes at 100k), regenerated into a temporary folder and compared with Tests/Golden/.
# GOLDEN_SETS=committed checks the first only (CI). `make golden-update` rewrites the snapshot: run it
# only for a deliberate change of an output, and say in the commit which outputs change and why.
GOLDEN_SETS ?= committed synthetic
GOLDEN_RELEASE := $(if $(filter synthetic,$(GOLDEN_SETS)),$(SWIFT) build -c release --product readout,true)
golden: build
	@$(GOLDEN_RELEASE)
	@CORPUS=$(CORPUS) READOUT_COMMITTED=$(READOUT) READOUT_SYNTHETIC=.build/release/readout Tests/Golden/run.sh check $(GOLDEN_SETS)

golden-update: build
	@$(GOLDEN_RELEASE)
	@CORPUS=$(CORPUS) READOUT_COMMITTED=$(READOUT) READOUT_SYNTHETIC=.build/release/readout Tests/Golden/run.sh update $(GOLDEN_SETS)

build: deps
	@$(SWIFT) build --product readout

rules: build
	@$(READOUT) rules

# The HTML report (exports/report/index.html, ignored by git: see README "Report").
report: build
	@$(READOUT) report $(INPUTS) --out exports/report

# Renders the report in headless Chromium: a screenshot, and a failure on any console message or an empty page.
report-check: report
	@tools/report-check exports/report

# The exports checked with the tools researchers use (frictionless, pandas, polars, DuckDB, LibreOffice);
# see README "Interop". Those checks need no Swift build; the differential test at the end builds readout.
VENV := .venv
PYTHON ?= python3

interop: $(VENV)/.installed spreadsheet-deps
	@$(VENV)/bin/python interop/check.py exports
	@$(VENV)/bin/python interop/spreadsheet.py exports/datapackage.json interop/fixtures/datapackage.json
	@$(VENV)/bin/python examples/findings_per_source.py --exports exports --out interop/out/findings_per_source.png
	@$(MAKE) --no-print-directory build && $(VENV)/bin/python interop/json_schema_check.py --readout $(READOUT)
	@$(MAKE) --no-print-directory sarif-check
	@$(MAKE) --no-print-directory differential

# `validate --format sarif` against the official SARIF 2.1.0 JSON Schema, and `--format json` parsed
# with json.loads, on the bundled dataset and on unreadable input (interop/sarif.py).
sarif-check: build $(VENV)/.installed
	@$(VENV)/bin/python interop/sarif.py --readout $(READOUT) $(CORPUS_FLAG)

# readout against frictionless on N seeded random Data Packages (interop/differential.py): prints the
# agreement figures and fails on a difference outside interop/differential-allowlist.yaml.
N ?= 2000
SEED ?= 13
differential: build $(VENV)/.installed
	@start=$$(date +%s); status=0; \
	$(VENV)/bin/python interop/differential.py --count $(N) --seed $(SEED) --readout $(READOUT) || status=$$?; \
	echo "differential: took $$(( $$(date +%s) - start )) s"; exit $$status

# The virtual environment, rebuilt when the pins change.
$(VENV)/.installed: interop/requirements.txt
	@if [ ! -x $(VENV)/bin/python ]; then \
	  $(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	    echo "interop: python3 -m venv failed: installing Debian's python3-venv with apt-get"; \
	    if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq python3-venv && rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }; \
	fi
	@$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r interop/requirements.txt
	@touch $@

# LibreOffice Calc for the spreadsheet round trip; when it cannot be installed the check says so and is skipped.
spreadsheet-deps:
	@if ! command -v soffice >/dev/null 2>&1; then \
	  echo "interop: soffice is missing: installing Debian's libreoffice-calc with apt-get"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  ($$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libreoffice-calc >/dev/null) \
	    || echo "interop: could not install libreoffice-calc: the spreadsheet check will be skipped"; \
	fi

# libcsv and libyaml are C libraries from Debian (libcsv-dev, libyaml-dev); install those whose header is missing.
deps:
	@missing=""; [ -f /usr/include/csv.h ] || missing="libcsv-dev"; [ -f /usr/include/yaml.h ] || missing="$$missing libyaml-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "readout: installing$$(printf ' %s' $$missing) with apt-get (a header is missing)"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

# I/O faults and kills (README "Reliability"): Tests/Faults/faultshim.c, built for the tests only and
# loaded with LD_PRELOAD, fails every write, fsync, rename, open and mkdir of an export, a report and an
# import in turn; then SIGKILL at 50 seeded moments of each. Prints the number of faults injected.
faults: build
	@mkdir -p .build/faults
	@cc -shared -fPIC -O1 -Wall -Werror -o .build/faults/faultshim.so Tests/Faults/faultshim.c -ldl
	@start=$$(date +%s); status=0; \
	CORPUS=$(CORPUS) Tests/Faults/run.sh || status=$$?; \
	echo "faults: took $$(( $$(date +%s) - start )) s"; exit $$status

# Hostile sizes (README "Bounded resources"): Tests/Limits/run.sh generates each input in a temporary
# folder (2 GiB lines in CSV and JSON Lines, a million columns, 100 MiB descriptors, a million YAML
# records, deep JSON) and runs `readout validate` on it under `ulimit -v` 1 GiB: exit 2 with the message,
# or the finding. Prints each case's peak RSS and time.
limits: build
	@start=$$(date +%s); status=0; \
	Tests/Limits/run.sh || status=$$?; \
	echo "limits: took $$(( $$(date +%s) - start )) s"; exit $$status

# libFuzzer (with AddressSanitizer) on each reader and parser and on the date resolver, one target after
# another: FUZZ_RUNS executions each (FUZZ_TARGETS="csv yaml" picks some), with Fuzz/dict/<target>.dict
# and the seeds of Fuzz/corpus/<target>; prints executions and seconds per target and the total. A target
# that crashes, leaks or trips ASan fails the run, after the others have run. Optimized build (still with
# ASan): about four times the executions a second of a debug build. swiftc keeps only the last of several
# -sanitize= flags, so SwiftPM's `--sanitize=fuzzer --sanitize=address` gives Swift code ASan but no
# coverage counters (the fuzzer would be blind to it): `-Xswiftc -sanitize=fuzzer,address` comes last and
# asks for both; the check after the build fails if a Swift module has no coverage counters.
FUZZ_RUNS ?= 1000000
FUZZ_TARGETS ?= yaml csv dialects jsonl descriptor rules reviews describe dates
FUZZ_OBJECTS := .build-fuzz/x86_64-unknown-linux-gnu/release
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release --scratch-path ../.build-fuzz --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address
	@for module in CSVCodec ReadoutLoader Temporal; do \
	  objdump -h $(FUZZ_OBJECTS)/$$module.build/*.o | grep -q __sancov_cntrs \
	    || { echo "fuzz: $$module has no coverage counters: the fuzzer would not see its code"; exit 1; }; \
	done
	@failed=""; all=$$(date +%s); \
	for target in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$target .build-fuzz/artifacts/$$target; \
	  start=$$(date +%s); \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp .build-fuzz/release/fuzz-$$target -runs=$(FUZZ_RUNS) -print_final_stats=1 -max_len=65536 -dict=Fuzz/dict/$$target.dict \
	    -artifact_prefix=.build-fuzz/artifacts/$$target/ .build-fuzz/corpus/$$target Fuzz/corpus/$$target \
	    > .build-fuzz/$$target.log 2>&1; status=$$?; \
	  runs=$$(grep -o 'number_of_executed_units: *[0-9]*' .build-fuzz/$$target.log | grep -o '[0-9]*$$'); \
	  echo "fuzz-$$target: $${runs:-0} executions in $$(( $$(date +%s) - start )) s, exit $$status"; \
	  if [ $$status -ne 0 ]; then tail -40 .build-fuzz/$$target.log; failed="$$failed $$target"; fi; \
	done; \
	echo "fuzz: $(words $(FUZZ_TARGETS)) targets in $$(( $$(date +%s) - all )) s"; \
	if [ -n "$$failed" ]; then echo "fuzz: failed:$$failed (artifacts in .build-fuzz/artifacts/)"; exit 1; fi

# The test suite once more under AddressSanitizer, in a build folder of its own. The 64 MiB cell and
# the 11,000-record round trip run the same code as the smaller CSV tests, at sizes that take ASan's
# instrumented debug build many minutes: they are left to `make test`. Tests/lsan.supp names the two
# leaks LeakSanitizer finds inside Foundation and XCTest themselves.
asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build-asan --skip 'aCellAsLongAsALineMayBeIsOneField|exportedValuesReadBackTheSame'

# readout against frictionless, DuckDB and polars on synthetic data (not part of make test): bench/results.md.
bench: deps $(VENV)/.installed
	@bash bench/run.sh

# Issue 17's linearity target: readout at 10M statements against 1M, one run each (bench/results-large.md).
# Not run in CI: the 10M data alone is about 14 GB. BENCH_LARGE_BASE and BENCH_LARGE_SIZE set the sizes.
bench-large: deps $(VENV)/.installed
	@bash bench/large.sh
