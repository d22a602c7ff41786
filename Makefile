# The two commands a fresh machine needs: `make quarter` and `make test` (each installs what is missing).
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/release/safeguard
SOURCES := Sources Tests Fuzz Package.swift

.PHONY: deps browser build quarter nightly test fuzz lint format record-goldens fixtures bench reference clean

# System libraries: libcsv and libxml2 headers (Debian libcsv-dev, libxml2-dev); installed when absent.
deps:
	@bash scripts/install-deps.sh

# Headless chromium and axe-core's script, for the pack page's browser test; installed when absent.
browser:
	@bash scripts/install-browser.sh

build: deps
	$(SWIFT) build -c release --product safeguard

# The quarterly pack on the bundled synthetic fixtures: out/quarter/<latest complete quarter>/.
quarter: build
	$(BIN) run pipelines/quarter.pipeline.yaml

# The unattended nightly run. SAFEGUARD_INPUT (the export folder) and SAFEGUARD_LA default to the fixtures here.
nightly: build
	SAFEGUARD_INPUT=$${SAFEGUARD_INPUT:-$(CURDIR)/Fixtures/annex-a} SAFEGUARD_LA=$${SAFEGUARD_LA:-332} \
	  $(BIN) run pipelines/nightly.pipeline.yaml

test: deps browser
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	FUZZ_SECONDS=$${FUZZ_SMOKE_SECONDS:-5} FUZZ_FRESH=1 bash scripts/fuzz.sh

# libFuzzer on the CSV reader, the census reader and the pipeline-file loader: FUZZ_SECONDS each
# (default 60); fails on a crash, leak or timeout. `make test` runs it for 5 seconds a target.
fuzz: deps
	bash scripts/fuzz.sh

lint:
	$(SWIFT) format lint --strict --recursive $(SOURCES)

format:
	$(SWIFT) format --in-place --recursive $(SOURCES)

# Rewrites the golden files from the fixtures; the recording run fails on purpose, so review the diff.
record-goldens: deps
	RECORD_GOLDENS=1 $(SWIFT) test --filter GoldenTests || true
	@echo "goldens recorded under Tests/EndToEndTests/__Snapshots__: review them with git diff, then run make test"

# Regenerates Fixtures/ with the fixed seed and refreshes the "Generated facts" section of its README.
fixtures: deps
	$(SWIFT) build -c release --product safeguard-fixtures
	.build/release/safeguard-fixtures fixtures --out Fixtures > .build/fixture-facts.md
	sed -i '/^## Generated facts/,$$d' Fixtures/README.md
	cat .build/fixture-facts.md >> Fixtures/README.md

# National-scale timing (1M and 10M referral rows, a 100,000-child CIN census), outside the repository.
bench: deps
	bash scripts/bench.sh

# For maintainers: rebuilds Sources/SafeguardCore/Reference/ from ../shared/reference.
reference:
	python3 scripts/make-reference.py

clean:
	rm -rf .build out
