"""Executes every notebook in this folder top to bottom on a fresh kernel (nbclient).

Fails (exit 1) when a committed notebook carries outputs, or when any cell raises. The notebooks
find the `targettrack` binary through the TARGETTRACK environment variable. Executed copies go to
the folder given by --output (default: a temporary folder), never over the committed files.
Prints one line per notebook with its time, then 'N passed, N failed'.
"""
import glob
import os
import sys
import tempfile
import time

import nbformat
from nbclient import NotebookClient


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    output = sys.argv[sys.argv.index("--output") + 1] if "--output" in sys.argv else tempfile.mkdtemp(prefix="notebooks-")
    os.makedirs(output, exist_ok=True)
    passed, failed = 0, 0
    started = time.perf_counter()
    for path in sorted(glob.glob(os.path.join(here, "[0-9][0-9]-*.ipynb"))):
        name = os.path.basename(path)
        notebook = nbformat.read(path, as_version=4)
        if any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"):
            print(f"FAIL {name}: committed with outputs; clear them", flush=True)
            failed += 1
            continue
        start = time.perf_counter()
        try:
            NotebookClient(notebook, timeout=600, kernel_name="python3",
                           resources={"metadata": {"path": here}}).execute()
            print(f"ok   {name} ({time.perf_counter() - start:.1f} s)", flush=True)
            passed += 1
        except Exception as error:
            print(f"FAIL {name} ({time.perf_counter() - start:.1f} s): {str(error)[-2000:]}", flush=True)
            failed += 1
        nbformat.write(notebook, os.path.join(output, name))
    print(f"notebooks took {time.perf_counter() - started:.1f} s; executed copies in {output}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
