"""Runs the real `targettrack` binary for the notebooks and reads what it prints.

Nothing here projects, assesses or scores anything: every figure the notebooks show comes out of
the binary. This module only finds the binary, runs it in a temporary folder with its own
workspace file (so a notebook never writes into the repository), and parses JSON and CSV output
with pandas.

The binary is the TARGETTRACK environment variable, else ../.build/release/targettrack, else
../.build/debug/targettrack (relative to this folder).
"""
import io
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pandas as pd

NOTEBOOKS = Path(__file__).resolve().parent
REPOSITORY = NOTEBOOKS.parent
DATASETS = REPOSITORY / "Datasets"


def binary():
    """The targettrack executable to drive (see the module docstring for the search order)."""
    chosen = os.environ.get("TARGETTRACK")
    candidates = [Path(chosen)] if chosen else [REPOSITORY / ".build/release/targettrack",
                                                REPOSITORY / ".build/debug/targettrack"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.resolve()
    raise FileNotFoundError("no targettrack binary: set TARGETTRACK or run `swift build -c release`; looked at "
                            + ", ".join(str(c) for c in candidates))


class CommandFailed(RuntimeError):
    """A targettrack command exited non-zero; the message carries its arguments and stderr."""


class Session:
    """A temporary folder holding one workspace file; every command runs inside it.

    >>> tt = Session("demo")
    >>> tt.run("init")
    >>> tt.json("project", "--as-of", "2013-09")
    """

    def __init__(self, name):
        self.folder = Path(tempfile.mkdtemp(prefix=f"targettrack-{name}-"))
        self.workspace = self.folder / "workspace.sqlite"
        self.executable = binary()

    def run(self, *arguments):
        """Runs `targettrack ARGUMENTS…` and returns its standard output; raises CommandFailed."""
        command = [str(self.executable), *map(str, arguments)]
        environment = {**os.environ, "TARGETTRACK_WORKSPACE": str(self.workspace)}
        done = subprocess.run(command, cwd=self.folder, env=environment, capture_output=True, text=True)
        if done.returncode != 0:
            raise CommandFailed(f"targettrack {' '.join(command[1:])} exited {done.returncode}:\n"
                                + done.stderr.strip())
        return done.stdout

    def json(self, *arguments):
        """Runs a command with `--format json` and returns the parsed document."""
        return json.loads(self.run(*arguments, "--format", "json"))

    def csv(self, *arguments):
        """Runs a command with `--format csv` and returns its rows as a DataFrame."""
        return pd.read_csv(io.StringIO(self.run(*arguments, "--format", "csv")))

    def projections(self, as_of):
        """`project --as-of AS_OF` as a DataFrame, one row per target, with an `as_of` column."""
        rows = pd.DataFrame(self.json("project", "--as-of", as_of)["targets"])
        rows["as_of"] = as_of
        return rows

    def path(self, name):
        """A file inside the session's folder."""
        return self.folder / name

    def close(self):
        """Deletes the folder and everything the commands wrote into it."""
        shutil.rmtree(self.folder, ignore_errors=True)


CATALOG_COLUMNS = ["id", "year", "section", "indicator", "kind", "comparator", "direction", "value", "value_max",
                   "unit", "lead", "co", "leaders", "responsibility", "line", "text", "series", "tolerance"]


def write_catalog(path, targets):
    """Writes targets (dicts with at least id, year, indicator, kind, comparator, direction, value,
    unit, lead, text and series) as a catalog CSV file, the form `catalog import` reads; the other
    columns are left empty and `line` numbers the rows."""
    rows = pd.DataFrame(targets).reindex(columns=CATALOG_COLUMNS)
    rows["line"] = range(2, len(rows) + 2)
    rows.to_csv(path, index=False)
    return path
