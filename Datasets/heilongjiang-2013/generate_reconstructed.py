#!/usr/bin/env python3
"""Writes heilongjiang-2013-reconstructed.csv: a RECONSTRUCTED monthly dataset, 2009-2013.

Almost none of Heilongjiang's in-year releases for 2009-2013 survive in public sources, so this
script generates them (seeded, Python 3 standard library only) in TargetTrack's long CSV format:

    series,period,measure,value,unit,released,source

Every figure tagged FOUND in published-figures.md (see published.csv) is an anchor that the
generated series pass through exactly; between anchors the paths are smooth interpolations plus
seeded noise that vanishes at the anchors. Other anchors (year-end outcomes of earlier years, the
shape of 2013's paths) are chosen to be plausible and are listed in ANCHORS below and in the README.

Published year-to-date growth is computed against a revised prior-year base, so the generated
levels and growth rates are NOT derived from each other: levels follow last year's levels times
the growth rate divided by a base-revision factor that makes the level anchors hold.

Run: python3 generate_reconstructed.py  (rewrites the CSV next to this file; same seed, same bytes)
"""

import csv
import os
import random

SEED = 2013
YEARS = range(2009, 2014)
SOURCE = "reconstructed (generate_reconstructed.py, seed 2013)"

# ---------------------------------------------------------------------------------------------
# Year-to-date flow series with value and growth. For each series: unit, the months published
# (January and February appear together as 1-2月 for NBS-survey series, so their first month is 2),
# the seasonal share of each month in the base year, noise scale of the growth path, release-day
# window after month end, and per-year anchors: growth {month: %} and level {month: value}.
# Every year has a December growth and a December level anchor.
# ---------------------------------------------------------------------------------------------
FLOWS = {
    "fai": {
        "unit": "亿元", "first_month": 2, "noise": 0.45, "release_days": (12, 20),
        # North-East construction season: almost nothing in Jan-Mar, peak in summer, year-end push.
        "shares": [0.5, 0.5, 3, 6, 10, 13, 12, 11, 10, 8, 9, 17],
        "growth": {
            2009: {2: 30.0, 12: 37.6},
            2010: {2: 32.0, 12: 34.5},
            2011: {2: 30.0, 12: 30.0},
            2012: {2: 30.5, 12: 30.0},
            2013: {2: 28.6, 6: 27.4, 10: 26.3, 12: 18.6},
        },
        "level": {
            2009: {12: 5029.1}, 2010: {12: 6760.0},
            # 2011: statistical threshold raised from 50万元 to 500万元 (base revised down).
            2011: {12: 7480.0}, 2012: {12: 9780.0}, 2013: {10: 8072.5, 12: 11121.0},
        },
    },
    "retail": {
        "unit": "亿元", "first_month": 2, "noise": 0.25, "release_days": (12, 20),
        "shares": [8.2, 7.6, 7.6, 7.6, 7.9, 8.0, 8.0, 8.2, 8.6, 9.3, 9.0, 10.0],
        "growth": {
            2009: {2: 18.5, 12: 19.2}, 2010: {2: 18.0, 12: 18.5}, 2011: {2: 17.5, 12: 18.0},
            2012: {2: 16.5, 12: 16.0}, 2013: {2: 12.8, 6: 12.6, 12: 13.0},
        },
        "level": {
            2009: {12: 3401.8}, 2010: {12: 4039.0}, 2011: {12: 4750.0},
            2012: {12: 5491.0}, 2013: {12: 6206.0},
        },
    },
    "fiscal_revenue": {
        "unit": "亿元", "first_month": 1, "noise": 1.2, "release_days": (12, 20),
        "shares": [9.5, 6.0, 7.0, 8.5, 8.5, 8.5, 7.5, 7.0, 8.0, 8.0, 8.0, 13.5],
        "growth": {
            2009: {1: 5.0, 12: 10.9}, 2010: {1: 20.0, 12: 17.8}, 2011: {1: 30.0, 12: 32.0},
            2012: {1: 18.0, 12: 16.6}, 2013: {1: 12.0, 6: 10.5, 12: 9.8},
        },
        "level": {
            2009: {12: 641.6}, 2010: {12: 755.6}, 2011: {12: 997.6},
            2012: {12: 1163.0}, 2013: {12: 1277.0},
        },
    },
    "trade": {
        "unit": "亿美元", "first_month": 1, "noise": 0.6, "release_days": (10, 20),
        "shares": [7.0, 6.5, 8.0, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 9.0, 9.0, 9.5],
        "growth": {
            2009: {1: -30.0, 12: -32.0}, 2010: {1: 40.0, 12: 57.0}, 2011: {1: 50.0, 12: 51.0},
            2012: {1: 10.0, 12: -2.4},
            # January +31.5 and January-April +8.5 are FOUND; Q1 +20.1 is DERIVED ("11.6 pp lower").
            2013: {1: 31.5, 3: 20.1, 4: 8.5, 9: 5.0, 12: 3.4},
        },
        "level": {
            2009: {12: 162.3}, 2010: {12: 255.0}, 2011: {12: 385.1}, 2012: {12: 376.0},
            2013: {1: 32.2, 3: 83.5, 4: 125.0, 12: 388.8},
        },
    },
}

# Growth-only year-to-date series (real growth; no level is published with them here).
GROWTHS = {
    "industry": {
        "unit": "%", "first_month": 2, "noise": 0.3, "release_days": (12, 20),
        "growth": {
            2009: {2: 6.0, 12: 12.1}, 2010: {2: 16.0, 12: 15.0},
            2011: {2: 12.8, 3: 13.3, 6: 13.6, 9: 13.6, 12: 13.5},
            2012: {2: 12.0, 12: 10.5},
            # H1 2013 was below 9.5 % (Harbin's +9.5 % was "slightly above the province").
            2013: {2: 8.0, 6: 9.2, 12: 9.3},
        },
    },
}

# Quarterly YTD series: GDP (real growth with a nominal level), per-head incomes (nominal).
GDP = {
    "growth": {
        2009: {3: 8.5, 12: 11.1}, 2010: {3: 13.0, 12: 12.6},
        2011: {3: 12.3, 6: 12.1, 12: 12.2}, 2012: {3: 10.5, 12: 10.0},
        2013: {3: 7.7, 6: 8.2, 9: 8.1, 12: 8.0},
    },
    "annual_level": {2009: 8288.0, 2010: 10369.0, 2011: 12582.0, 2012: 13692.0, 2013: 14383.0},
    "level_anchor": {(2011, 6): 5067.0},
    "shares": [0.16, 0.40, 0.64, 1.0],
}

INCOMES = {
    "urban_income": {
        # 2008-2012 are the yearbook figures; 2013 the year-end outcome.
        "annual": {2008: 11581, 2009: 12566, 2010: 13857, 2011: 15696, 2012: 17760, 2013: 19597},
        "shares": [0.26, 0.50, 0.745, 1.0],
    },
    "rural_income": {
        # Cash income arrives with the autumn harvest: most of it in Q4.
        "annual": {2008: 4856, 2009: 5207, 2010: 6211, 2011: 7591, 2012: 8604, 2013: 9643},
        "shares": [0.28, 0.45, 0.62, 1.0],
    },
}

CPI_YTD_AVG = {
    2009: {1: 101.0, 12: 99.8}, 2010: {1: 101.0, 12: 103.9}, 2011: {1: 104.5, 12: 105.8},
    2012: {1: 104.8, 12: 103.2}, 2013: {1: 102.0, 12: 102.2},
}

GRAIN = {2009: 869.9, 2010: 1002.6, 2011: 1114.1, 2012: 1152.3, 2013: 1200.8}
ENERGY_INTENSITY = {2009: -4.0, 2010: -4.0, 2011: -3.5, 2012: -3.8, 2013: -3.7}
UNEMPLOYMENT = {2009: 4.3, 2010: 4.3, 2011: 4.1, 2012: 4.2, 2013: 4.4}

# In-year progress of level targets: unit, 2013 target, year-end completion as a share of each
# year's target, the year's target relative to 2013's, and the monthly profile of the work.
CONSTRUCTION = [0, 0, 1, 6, 13, 17, 17, 16, 14, 10, 5, 1]
PROGRESS = {
    "housing_starts": ("万套", 26, [1.05, 1.08, 1.12, 1.04, 1.02], [0.8, 1.4, 1.6, 1.3, 1.0], CONSTRUCTION),
    "urban_jobs": ("万人", 60, [1.06, 1.05, 1.04, 1.05, 1.03], [0.9, 0.95, 0.95, 1.0, 1.0],
                   [5, 5, 8, 9, 9, 9, 9, 9, 9, 9, 9, 10]),
    "reemployment": ("万人", 50, [1.04, 1.05, 1.03, 1.02, 0.98], [0.9, 0.9, 1.0, 1.0, 1.0],
                     [5, 5, 8, 9, 9, 9, 9, 9, 9, 9, 9, 10]),
    "afforestation": ("万亩", 300, [1.02, 1.04, 1.01, 1.03, 0.97], [1.1, 1.0, 1.0, 1.0, 1.0],
                      [0, 0, 2, 30, 28, 4, 1, 1, 6, 20, 8, 0]),
    "highways": ("公里", 756, [1.01, 0.97, 1.03, 0.95, 0.91], [0.8, 0.9, 1.0, 1.1, 1.0], CONSTRUCTION),
    "water_saving_irrigation": ("万亩", 400, [1.03, 1.05, 1.02, 1.04, 1.01], [0.6, 0.7, 0.8, 0.9, 1.0],
                                [0, 0, 4, 25, 22, 6, 3, 3, 10, 17, 8, 2]),
    "land_consolidation": ("万亩", 800, [1.0, 1.02, 0.99, 1.01, 0.96], [0.8, 0.9, 0.9, 1.0, 1.0],
                           [0, 0, 2, 12, 15, 14, 12, 12, 14, 13, 5, 1]),
    "soil_erosion_control": ("万亩", 270, [1.04, 1.02, 1.05, 1.03, 1.02], [0.9, 0.9, 1.0, 1.0, 1.0],
                             [0, 0, 2, 14, 16, 13, 10, 11, 15, 14, 4, 1]),
    "mud_house_renovation": ("万户", 22, [1.1, 1.08, 1.05, 1.06, 1.04], [0.5, 0.7, 0.8, 0.9, 1.0], CONSTRUCTION),
    "heating_network_renovation": ("公里", 750, [1.02, 1.04, 1.0, 1.01, 0.99], [0.6, 0.7, 0.8, 0.9, 1.0],
                                   [0, 0, 0, 5, 18, 22, 22, 20, 11, 2, 0, 0]),
    "kindergartens": ("所", 300, [0.95, 1.02, 1.01, 0.98, 0.9], [0.5, 0.6, 0.8, 0.9, 1.0],
                      [0, 0, 1, 3, 8, 14, 18, 20, 18, 10, 5, 3]),
    "poverty_reduction": ("万人", 10, [1.05, 1.03, 1.04, 1.06, 1.02], [1.2, 1.2, 1.1, 1.0, 1.0],
                          [0, 0, 2, 4, 6, 8, 10, 10, 14, 16, 14, 16]),
}
INTEGER_UNITS = {"公里", "所"}


def month_period(year, month):
    return f"{year}-{month:02d}"


def release_date(rng, year, month, days):
    """A release date `days` (a range) after the end of the given month."""
    import datetime
    end = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
    return (end + datetime.timedelta(days=rng.randint(*days))).isoformat()


def anchored_path(rng, anchors, months, noise):
    """Values at `months` passing exactly through `anchors` ({month: value}), linear between
    anchors, plus AR(1) noise bridged to zero at the anchors (flat beyond the outer anchors)."""
    keys = sorted(anchors)
    raw, state = {}, 0.0
    for m in months:
        state = 0.6 * state + rng.gauss(0, noise)
        raw[m] = state

    def interpolate(values, m):
        if m <= keys[0]:
            return values[keys[0]]
        if m >= keys[-1]:
            return values[keys[-1]]
        for a, b in zip(keys, keys[1:]):
            if a <= m <= b:
                return values[a] + (values[b] - values[a]) * (m - a) / (b - a)
        raise AssertionError(m)

    noise_at_anchor = {k: raw.get(k, 0.0) for k in keys}
    path = {}
    for m in months:
        bridged = raw[m] - interpolate(noise_at_anchor, m) if keys[0] < m < keys[-1] else 0.0
        path[m] = round(interpolate(anchors, m) + bridged, 1)
    for k in keys:
        if k in path:
            path[k] = anchors[k]
    return path


def interpolate_factor(anchors, month):
    keys = sorted(anchors)
    if month <= keys[0]:
        return anchors[keys[0]]
    for a, b in zip(keys, keys[1:]):
        if a <= month <= b:
            return anchors[a] + (anchors[b] - anchors[a]) * (month - a) / (b - a)
    return anchors[keys[-1]]


def flows(rng, rows):
    for series, spec in FLOWS.items():
        months = list(range(spec["first_month"], 13))
        total = sum(spec["shares"])
        cumulative = [sum(spec["shares"][: m]) / total for m in range(1, 13)]
        first = min(YEARS)
        base_annual = spec["level"][first][12] / (1 + spec["growth"][first][12] / 100)
        previous = {m: base_annual * cumulative[m - 1] for m in range(1, 13)}
        for year in YEARS:
            growth = anchored_path(rng, spec["growth"][year], months, spec["noise"])
            # Base revision factor r: level = last year's level * (1 + g) / r, exact at level anchors.
            revision = {m: previous[m] * (1 + growth[m] / 100) / v for m, v in spec["level"][year].items()}
            level = {}
            for m in range(1, 13):
                g = growth.get(m, growth[months[0]])
                value = previous[m] * (1 + g / 100) / interpolate_factor(revision, m)
                level[m] = spec["level"][year].get(m, round(value, 1))
            for m in months:
                released = release_date(rng, year, max(m, months[0]), spec["release_days"])
                rows.append((series, month_period(year, m), "ytd_value", level[m], spec["unit"], released))
                rows.append((series, month_period(year, m), "ytd_growth", growth[m], "%", released))
            previous = level


def growth_only(rng, rows):
    for series, spec in GROWTHS.items():
        months = list(range(spec["first_month"], 13))
        for year in YEARS:
            growth = anchored_path(rng, spec["growth"][year], months, spec["noise"])
            for m in months:
                released = release_date(rng, year, m, spec["release_days"])
                rows.append((series, month_period(year, m), "ytd_growth", growth[m], spec["unit"], released))


def quarterly(rng, rows):
    for year in YEARS:
        growth = anchored_path(rng, GDP["growth"][year], [3, 6, 9, 12], 0.2)
        for q in range(1, 5):
            m = 3 * q
            share = GDP["shares"][q - 1] * (1 + (rng.gauss(0, 0.01) if q < 4 else 0))
            level = GDP["level_anchor"].get((year, m), round(GDP["annual_level"][year] * share, 1))
            released = release_date(rng, year, m, (18, 28))
            rows.append(("gdp", f"{year}-Q{q}", "ytd_growth", growth[m], "%", released))
            rows.append(("gdp", f"{year}-Q{q}", "ytd_value", level, "亿元", released))
    for series, spec in INCOMES.items():
        previous = None
        for year in [min(YEARS) - 1, *YEARS]:
            levels = []
            for q in range(1, 5):
                share = spec["shares"][q - 1] * (1 + (rng.gauss(0, 0.008) if q < 4 else 0))
                levels.append(round(spec["annual"][year] * share))
            if previous is not None:
                for q in range(1, 5):
                    released = release_date(rng, year, 3 * q, (18, 28))
                    growth = round((levels[q - 1] / previous[q - 1] - 1) * 100, 1)
                    rows.append((series, f"{year}-Q{q}", "ytd_value", levels[q - 1], "元", released))
                    rows.append((series, f"{year}-Q{q}", "ytd_growth", growth, "%", released))
            previous = levels
    for year in YEARS:
        for q in range(1, 5):
            value = round(UNEMPLOYMENT[year] + rng.gauss(0, 0.05) if q < 4 else UNEMPLOYMENT[year], 2)
            released = release_date(rng, year, 3 * q, (20, 28))
            rows.append(("unemployment", f"{year}-Q{q}", "level", value, "%", released))


def cpi(rng, rows):
    for year in YEARS:
        path = anchored_path(rng, CPI_YTD_AVG[year], list(range(1, 13)), 0.15)
        for m in range(1, 13):
            released = release_date(rng, year, m, (9, 15))
            rows.append(("cpi", month_period(year, m), "ytd_avg_index", path[m], "上年=100", released))


def annual(rng, rows):
    for year in YEARS:
        # Grain: the autumn harvest is announced in early December.
        rows.append(("grain", str(year), "annual_value", GRAIN[year], "亿斤", f"{year}-12-0{rng.randint(1, 9)}"))
        # Energy intensity: published in the statistical bulletin of the following summer.
        rows.append(("energy_intensity", str(year), "annual_growth", ENERGY_INTENSITY[year], "%",
                     f"{year + 1}-08-{rng.randint(10, 28)}"))


def progress(rng, rows):
    for series, (unit, target2013, completion, scale, profile) in PROGRESS.items():
        total = sum(profile)
        for index, year in enumerate(YEARS):
            year_end = target2013 * scale[index] * completion[index]
            weights = [w * (1 + rng.gauss(0, 0.15)) if w else 0 for w in profile]
            done = 0.0
            cumulative = []
            for w in weights:
                done += w
                cumulative.append(done)
            for m in range(2, 13):
                value = year_end * cumulative[m - 1] / cumulative[-1]
                value = round(value) if unit in INTEGER_UNITS else round(value, 1)
                released = release_date(rng, year, m, (10, 20))
                rows.append((series, month_period(year, m), "progress", value, unit, released))


def main():
    rng = random.Random(SEED)
    rows = []
    flows(rng, rows)
    growth_only(rng, rows)
    quarterly(rng, rows)
    cpi(rng, rows)
    annual(rng, rows)
    progress(rng, rows)
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heilongjiang-2013-reconstructed.csv")
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["series", "period", "measure", "value", "unit", "released", "source"])
        for series, period, measure, value, unit, released in rows:
            text = f"{value:.2f}".rstrip("0").rstrip(".")
            writer.writerow([series, period, measure, text, unit, released, SOURCE])
    print(f"wrote {len(rows)} rows to {path}")


if __name__ == "__main__":
    main()
