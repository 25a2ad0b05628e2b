#!/usr/bin/env python3
"""Writes hunan-2018-synthetic.csv: a GENERATED (synthetic) monthly dataset for Hunan, 2013-2018.

No figure in the output is a published reading. The repository bundles no real Hunan series for
these indicators (Datasets/china-nbs/provincial_kjin2020 has provincial real-estate investment
only), so this script draws plausible year-to-date paths, seeded, with the Python 3 standard
library only, in TargetTrack's long CSV format:

    series,period,measure,value,unit,released,source

Each year's December growth is drawn around a centre per series; the path to it is linear from a
January-February reading plus seeded noise that vanishes in December. Every series and year draws
from its own stream (seed 2018:series:year), so adding one leaves the others unchanged.

Run: python3 generate_synthetic.py  (rewrites the CSV next to this file; same seed, same bytes)
"""

import csv
import datetime
import os
import random

SEED = 2018
YEARS = range(2013, 2019)
SOURCE = "synthetic (generate_synthetic.py, seed 2018)"


def stream(*names):
    return random.Random(":".join(str(n) for n in (SEED, *names)))


# series: (measure, unit, centre of December growth (or index), spread, first month, step months)
SERIES = {
    "gdp": ("ytd_growth", "%", 8.2, 0.5, 3, 3),
    "fai": ("ytd_growth", "%", 11.0, 1.5, 2, 1),
    "industry": ("ytd_growth", "%", 7.6, 0.6, 2, 1),
    "retail": ("ytd_growth", "%", 10.6, 0.6, 2, 1),
    "fiscal_revenue": ("ytd_growth", "%", 6.8, 1.2, 2, 1),
    "cpi": ("ytd_avg_index", "上年=100", 102.0, 0.4, 1, 1),
    "income": ("ytd_growth", "%", 8.6, 0.4, 3, 3),
}


def release(year, month, rng):
    end = datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)
    return end + datetime.timedelta(days=rng.randint(12, 22))


def period(name, year, month):
    return f"{year}-Q{month // 3}" if SERIES[name][5] == 3 else f"{year}-{month:02d}"


def rows():
    for name, (measure, unit, centre, spread, first, step) in SERIES.items():
        for year in YEARS:
            rng = stream(name, year)
            december = centre + rng.gauss(0, spread)
            start = december + rng.gauss(0, 2 * spread)
            months = list(range(first, 13, step))
            for month in months:
                share = (month - first) / (12 - first)
                noise = rng.gauss(0, spread / 2) * (1 - share)
                value = start + (december - start) * share + noise
                yield [name, period(name, year, month), measure, f"{value:.1f}", unit,
                       release(year, month, rng).isoformat(), SOURCE]
    rng = stream("energy_intensity")
    for year in YEARS:
        # Published once a year, in the next summer's bulletin (the 2018 figure is not out in 2018).
        if year < 2018:
            yield ["energy_intensity", str(year), "annual_growth", f"{-3.5 + rng.gauss(0, 0.6):.1f}", "%",
                   f"{year + 1}-07-20", SOURCE]


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hunan-2018-synthetic.csv")
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["series", "period", "measure", "value", "unit", "released", "source"])
        writer.writerows(rows())


if __name__ == "__main__":
    main()
