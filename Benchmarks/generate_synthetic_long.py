#!/usr/bin/env python3
"""Writes a synthetic long-format CSV (series,period,measure,value,unit,released,source) for the
import benchmark. Seeded, so every run makes the same file. Not real data: the name says so.

usage: generate_synthetic_long.py ROWS OUT.csv
"""
import random
import sys

def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20130920)
    measures = [("ytd_value", "亿元"), ("ytd_growth", "%"), ("month_value", "亿元"), ("month_growth", "%")]
    written = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("series,period,measure,value,unit,released,source\n")
        series = 0
        while written < rows:
            name = f"synthetic_{series:05d}"
            level = rng.uniform(10, 5000)
            for year in range(2000, 2021):
                for month in range(1, 13):
                    released = f"{year + (month == 12)}-{month % 12 + 1:02d}-{rng.randint(10, 28):02d}"
                    for measure, unit in measures:
                        if written == rows:
                            return
                        value = round(level * rng.uniform(0.5, 1.5), 2) if unit != "%" else round(rng.gauss(8, 3), 1)
                        f.write(f"{name},{year}-{month:02d},{measure},{value},{unit},{released},synthetic benchmark (seed 20130920)\n")
                        written += 1
            series += 1

if __name__ == "__main__":
    main()
