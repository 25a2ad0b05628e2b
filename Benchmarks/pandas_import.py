#!/usr/bin/env python3
"""The comparison for the import benchmark: pandas.read_csv + DataFrame.to_sql into SQLite.

usage: pandas_import.py FILE.csv OUT.sqlite   (prints the seconds taken)
"""
import sqlite3
import sys
import time

import pandas as pd

def main():
    path, out = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    frame = pd.read_csv(path, dtype={"released": str, "source": str, "unit": str})
    with sqlite3.connect(out) as connection:
        frame.to_sql("observation", connection, index=False, chunksize=100_000)
    print(f"{time.perf_counter() - start:.3f}")

if __name__ == "__main__":
    main()
