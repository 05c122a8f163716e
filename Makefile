# readout: `make validate` checks the data and that the committed exports are current; `make test` runs the tests;
# `make report` writes the HTML report; `make interop` checks the exports with the tools researchers use.
SWIFT ?= swift
READOUT := .build/debug/readout
# The corpus sits beside the checkout as ../shared/seeds; CORPUS=DIR names another.
CORPUS ?= $(wildcard ../shared/seeds)
CORPUS_FLAG := $(if $(CORPUS),--corpus $(CORPUS),)
INPUTS := --data data --schema schema/datapackage.json $(CORPUS_FLAG)

.PHONY: validate export test build deps rules report report-check interop

validate: build
	@$(READOUT) validate $(INPUTS) --exports exports

export: build
	@$(READOUT) export $(INPUTS) --out exports

test: deps
	$(SWIFT) test

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

# libcsv is a C library from Debian (libcsv-dev); install it when its header is missing.
deps:
	@if [ ! -f /usr/include/csv.h ]; then \
	  echo "readout: /usr/include/csv.h is missing: installing libcsv-dev with apt-get"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libcsv-dev; \
	fi
