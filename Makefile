# The two entry points: `make run` (the main job on the bundled example) and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
OUT ?= out
BIN = .build/release/targettrack

.PHONY: run test setup build

setup:
	bash scripts/install-system-packages.sh

build: setup
	swift build -c release --product targettrack

## The main job: the bundled example, end to end.
run: build
	bash scripts/main-job.sh $(BIN) $(OUT)

## Every test: Swift Testing suites (the HTML report is checked in headless Chromium).
test:
	bash scripts/install-system-packages.sh chromium fonts-noto-cjk
	swift build --build-tests
	swift test --skip-build
