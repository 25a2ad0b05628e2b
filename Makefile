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

## Every test: every notebook executed on a fresh kernel (Notebooks/README.md), then the Swift
## Testing suites (the HTML report and the dashboard are checked in headless Chromium, the dashboard's
## API against its OpenAPI document; Tests/ServerTests/Checks), whose count closes the run.
test:
	bash scripts/install-system-packages.sh chromium chromium-driver fonts-noto-cjk python3-venv
	bash scripts/python-venv.sh Tests/ServerTests/Checks/.venv Tests/ServerTests/Checks/requirements.txt >/dev/null
	swift build --build-tests
	swift build -c release --product targettrack
	bash scripts/run-notebooks.sh $(BIN)
	swift test --skip-build
