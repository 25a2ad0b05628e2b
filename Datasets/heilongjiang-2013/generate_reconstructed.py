#!/usr/bin/env python3
"""Writes heilongjiang-2013-reconstructed.csv: a RECONSTRUCTED monthly dataset, 2004-2013.

Almost none of Heilongjiang's in-year releases for 2004-2013 survive in public sources, so this
script generates them (seeded, Python 3 standard library only) in TargetTrack's long CSV format:

    series,period,measure,value,unit,released,source

Every figure tagged FOUND in published-figures.md (see published.csv) is an anchor that the
generated series pass through exactly; between anchors the paths are smooth interpolations plus
seeded noise that vanishes at the anchors. Other anchors (year-end outcomes of earlier years, the
shape of 2013's paths) are chosen to be plausible and are listed below and in the README.

The indicators are linked as in an economy rather than drawn independently: GDP's year-to-date
growth at each quarter end follows industry, investment and retail sales (GDP_LINK), and fiscal
revenue's follows GDP and industry (FISCAL_LINK), each with small seeded noise. Published FOUND
readings of GDP and fiscal revenue override the relation where they exist (their residuals are
printed when the script runs and stay within a few noise standard deviations).

Published year-to-date growth is computed against a revised prior-year base, so the generated
levels and growth rates are NOT derived from each other: levels follow last year's levels times
the growth rate divided by a base-revision factor that makes the level anchors hold. Years before
the first level anchor take their year-end level from the next year's level and growth (no
revision).

Every series and year draws from its own seeded stream, so adding a year or a series leaves the
others unchanged.

Run: python3 generate_reconstructed.py  (rewrites the CSV next to this file; same seed, same bytes)
"""

import csv
import datetime
import os
import random

SEED = 2013
YEARS = range(2004, 2014)
SOURCE = "reconstructed (generate_reconstructed.py, seed 2013)"


def stream(*names):
    """The seeded random stream of one series (and year, and purpose)."""
    return random.Random(":".join(str(n) for n in (SEED, *names)))


# ---------------------------------------------------------------------------------------------
# Links between indicators (year-to-date growth at quarter ends, %).
#   GDP   = c + 0.45 industry + 0.10 investment + 0.15 retail + noise
#   fiscal revenue = c + 1.10 GDP + 0.30 industry + noise
# ---------------------------------------------------------------------------------------------
GDP_LINK = {"intercept": -0.65, "industry": 0.45, "fai": 0.10, "retail": 0.15, "noise": 0.22}
FISCAL_LINK = {"intercept": -3.3, "gdp": 1.10, "industry": 0.30, "noise": 0.8}

# ---------------------------------------------------------------------------------------------
# Year-to-date flow series with value and growth. For each series: unit, the months published
# (January and February appear together as 1-2月 for NBS-survey series, so their first month is 2),
# the seasonal share of each month in the base year, noise scale of the growth path, release-day
# window after month end, and per-year anchors: growth {month: %} and level {month: value}.
# Every year has a December growth anchor (fiscal revenue's come from FISCAL_LINK); years without
# a December level anchor before the first one take it from the next year (see december_levels).
# ---------------------------------------------------------------------------------------------
FLOWS = {
    "fai": {
        "unit": "亿元", "first_month": 2, "noise": 0.45, "release_days": (12, 20),
        # North-East construction season: almost nothing in Jan-Mar, peak in summer, then projects
        # booked at year end: January-October is about two thirds of the year (2013: 8,072.5 of
        # 11,121), so each year's Jan-Oct level is anchored at that share unless published.
        "shares": [0.5, 0.5, 3, 6, 9.5, 11.5, 11, 10, 7.5, 6.5, 9, 25],
        "october_share": 0.66,
        "growth": {
            2004: {2: 14.0, 6: 19.0, 12: 24.0},
            2005: {2: 31.0, 6: 28.0, 12: 25.5},
            2006: {2: 22.0, 6: 25.0, 12: 28.0},
            2007: {2: 33.0, 6: 29.0, 12: 27.5},
            2008: {2: 24.0, 6: 34.0, 9: 35.0, 12: 30.0},
            2009: {2: 30.0, 6: 42.0, 12: 37.6},
            2010: {2: 25.0, 6: 37.0, 12: 34.5},
            2011: {2: 41.0, 6: 38.5, 12: 30.0},
            2012: {2: 22.0, 6: 33.0, 12: 30.0},
            2013: {2: 28.6, 6: 27.4, 9: 27.3, 10: 26.3, 12: 18.6},
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
            2004: {2: 11.5, 12: 13.5}, 2005: {2: 14.5, 12: 14.0}, 2006: {2: 13.0, 12: 14.5},
            2007: {2: 14.0, 12: 16.5}, 2008: {2: 19.0, 6: 23.0, 12: 22.0},
            2009: {2: 16.0, 12: 19.2}, 2010: {2: 20.0, 12: 18.5}, 2011: {2: 16.0, 12: 18.0},
            2012: {2: 17.5, 12: 16.0}, 2013: {2: 12.8, 6: 12.6, 12: 13.0},
        },
        "level": {
            2009: {12: 3401.8}, 2010: {12: 4039.0}, 2011: {12: 4750.0},
            2012: {12: 5491.0}, 2013: {12: 6206.0},
        },
    },
    "fiscal_revenue": {
        "unit": "亿元", "first_month": 1, "noise": 1.0, "release_days": (12, 20),
        "shares": [9.5, 6.0, 7.0, 8.5, 8.5, 8.5, 7.5, 7.0, 8.0, 8.0, 8.0, 13.5],
        # Quarter ends follow FISCAL_LINK; these are the published readings that override it.
        "growth": {2009: {12: 10.9}, 2013: {12: 9.8}},
        "level": {
            2009: {12: 641.6}, 2010: {12: 741.0},
            # 2011: extra-budgetary funds brought into the budget (财预〔2010〕88号): levels jump,
            # published growth stays on a comparable basis.
            2011: {12: 1052.0}, 2012: {12: 1163.0}, 2013: {12: 1277.0},
        },
    },
    "trade": {
        "unit": "亿美元", "first_month": 1, "noise": 0.6, "release_days": (10, 20),
        "shares": [7.0, 6.5, 8.0, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 9.0, 9.0, 9.5],
        "growth": {
            2004: {1: 20.0, 12: 27.5}, 2005: {1: 35.0, 12: 41.0}, 2006: {1: 38.0, 12: 34.5},
            2007: {1: 30.0, 12: 34.5}, 2008: {1: 40.0, 9: 45.0, 12: 33.7},
            2009: {1: -30.0, 12: -29.8}, 2010: {1: 40.0, 12: 57.0}, 2011: {1: 50.0, 12: 51.0},
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
            2004: {2: 13.0, 6: 15.5, 12: 16.0}, 2005: {2: 17.5, 6: 16.0, 12: 15.0},
            2006: {2: 14.0, 12: 15.5}, 2007: {2: 15.5, 6: 17.0, 12: 16.5},
            2008: {2: 17.5, 6: 16.5, 9: 15.5, 12: 13.0},
            2009: {2: 6.0, 6: 8.5, 12: 12.1}, 2010: {2: 17.0, 6: 16.5, 12: 15.0},
            2011: {2: 12.8, 3: 13.3, 6: 13.6, 9: 13.6, 12: 13.5},
            2012: {2: 12.5, 6: 11.0, 12: 10.5},
            # H1 2013 was below 9.5 % (Harbin's +9.5 % was "slightly above the province").
            2013: {2: 8.0, 6: 9.2, 9: 9.8, 12: 10.0},
        },
    },
}

# Quarterly YTD series: GDP (real growth with a nominal level), per-head incomes (nominal).
# GDP growth comes from GDP_LINK except where it was published (or, in 2013, chosen).
GDP = {
    "growth": {2009: {12: 11.1}, 2011: {6: 12.1}, 2013: {3: 7.7, 6: 8.2, 9: 8.1, 12: 8.0}},
    "annual_level": {2004: 4751.0, 2005: 5512.0, 2006: 6212.0, 2007: 7104.0, 2008: 8314.0,
                     2009: 8288.0, 2010: 10369.0, 2011: 12582.0, 2012: 13692.0, 2013: 14383.0},
    "level_anchor": {(2011, 6): 5067.0},
    "shares": [0.16, 0.40, 0.64, 1.0],
}

INCOMES = {
    "urban_income": {
        # 2005-2012 are the yearbook figures (FOUND); 2013 the year-end outcome; 2003-2004 chosen.
        "annual": {2003: 6679, 2004: 7471, 2005: 8273, 2006: 9182, 2007: 10245, 2008: 11581,
                   2009: 12566, 2010: 13857, 2011: 15696, 2012: 17760, 2013: 19597},
        "shares": [0.26, 0.50, 0.745, 1.0],
    },
    "rural_income": {
        # Cash income arrives with the autumn harvest: most of it in Q4.
        "annual": {2003: 2509, 2004: 3005, 2005: 3221, 2006: 3552, 2007: 4132, 2008: 4856,
                   2009: 5207, 2010: 6211, 2011: 7591, 2012: 8604, 2013: 9643},
        "shares": [0.28, 0.45, 0.62, 1.0],
    },
}

CPI_YTD_AVG = {
    2004: {1: 102.6, 12: 103.8}, 2005: {1: 102.4, 12: 101.2}, 2006: {1: 101.4, 12: 101.9},
    2007: {1: 102.3, 12: 105.4}, 2008: {1: 107.2, 12: 105.6},
    2009: {1: 101.0, 12: 99.8}, 2010: {1: 101.0, 12: 103.9}, 2011: {1: 104.5, 12: 105.8},
    2012: {1: 104.8, 12: 103.2}, 2013: {1: 102.0, 12: 102.2},
}

GRAIN = {2004: 627.0, 2005: 720.0, 2006: 756.0, 2007: 793.0, 2008: 845.0,
         2009: 869.9, 2010: 1002.6, 2011: 1114.1, 2012: 1152.3, 2013: 1200.8}
# Energy use per unit of GDP has been published since the 11th five-year plan (2006).
ENERGY_INTENSITY = {2006: -2.9, 2007: -4.1, 2008: -4.8, 2009: -4.0, 2010: -4.0, 2011: -3.5,
                    2012: -3.8, 2013: -3.7}
UNEMPLOYMENT = {2004: 4.5, 2005: 4.4, 2006: 4.4, 2007: 4.3, 2008: 4.2,
                2009: 4.3, 2010: 4.3, 2011: 4.1, 2012: 4.2, 2013: 4.4}

# In-year progress of level targets: unit, 2013 target, year-end completion as a share of each
# year's target and the year's target relative to 2013's (2009-2013; before 2009 the programmes
# were smaller: their size shrinks by about 8 % a year, with seeded noise), and the monthly
# profile of the work.
CONSTRUCTION = [0, 0, 1, 6, 13, 17, 17, 16, 14, 10, 5, 1]
STEADY = [5, 5, 8, 9, 9, 9, 9, 9, 9, 9, 9, 10]
PROGRESS = {
    "housing_starts": ("万套", 26, [1.05, 1.08, 1.12, 1.04, 1.02], [0.8, 1.4, 1.6, 1.3, 1.0], CONSTRUCTION),
    "urban_jobs": ("万人", 60, [1.06, 1.05, 1.04, 1.05, 1.03], [0.9, 0.95, 0.95, 1.0, 1.0], STEADY),
    "reemployment": ("万人", 50, [1.04, 1.05, 1.03, 1.02, 0.98], [0.9, 0.9, 1.0, 1.0, 1.0], STEADY),
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
    end = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
    return (end + datetime.timedelta(days=rng.randint(*days))).isoformat()


def interpolate(anchors, month):
    """Linear between anchors ({month: value}), flat beyond the outer ones."""
    keys = sorted(anchors)
    if month <= keys[0]:
        return anchors[keys[0]]
    for a, b in zip(keys, keys[1:]):
        if a <= month <= b:
            return anchors[a] + (anchors[b] - anchors[a]) * (month - a) / (b - a)
    return anchors[keys[-1]]


def anchored_path(rng, anchors, months, noise):
    """Values at `months` passing exactly through `anchors` ({month: value}), linear between
    anchors, plus AR(1) noise bridged to zero at the anchors (flat beyond the outer anchors)."""
    keys = sorted(anchors)
    raw, state = {}, 0.0
    for m in months:
        state = 0.6 * state + rng.gauss(0, noise)
        raw[m] = state
    noise_at_anchor = {k: raw.get(k, 0.0) for k in keys}
    path = {}
    for m in months:
        bridged = raw[m] - interpolate(noise_at_anchor, m) if keys[0] < m < keys[-1] else 0.0
        path[m] = round(interpolate(anchors, m) + bridged, 1)
    for k in keys:
        if k in path:
            path[k] = anchors[k]
    return path


def growth_paths(series, spec, anchors_by_year):
    """{year: {month: YTD growth}} for one series."""
    months = list(range(spec["first_month"], 13))
    return {year: anchored_path(stream(series, year, "growth"), anchors_by_year[year], months, spec["noise"])
            for year in YEARS}


def linked(link, drivers, rng):
    """A linked indicator's YTD growth from its drivers' ({name: value}), with the link's noise."""
    value = link["intercept"] + sum(link[name] * x for name, x in drivers.items())
    return value + rng.gauss(0, link["noise"])


def gdp_growth(industry, fai, retail):
    """GDP YTD growth at each quarter end from GDP_LINK, published readings overriding it."""
    out = {}
    for year in YEARS:
        rng = stream("gdp", year, "growth")
        out[year] = {}
        for m in (3, 6, 9, 12):
            drivers = {"industry": industry[year][m], "fai": fai[year][m], "retail": retail[year][m]}
            out[year][m] = round(linked(GDP_LINK, drivers, rng), 1)
        published = GDP["growth"].get(year, {})
        report_residuals("gdp", year, GDP_LINK, published,
                         {m: {"industry": industry[year][m], "fai": fai[year][m], "retail": retail[year][m]}
                          for m in published})
        out[year].update(published)
    return out


def fiscal_anchors(gdp, industry):
    """Fiscal revenue's growth anchors: FISCAL_LINK at quarter ends, a noisier January, and the
    published readings overriding the relation."""
    spec = FLOWS["fiscal_revenue"]
    out = {}
    for year in YEARS:
        rng = stream("fiscal_revenue", year, "link")
        anchors = {m: round(linked(FISCAL_LINK, {"gdp": gdp[year][m], "industry": industry[year][m]}, rng), 1)
                   for m in (3, 6, 9, 12)}
        anchors[1] = round(anchors[3] + rng.gauss(0, 2.0), 1)
        published = spec["growth"].get(year, {})
        report_residuals("fiscal_revenue", year, FISCAL_LINK, published,
                         {m: {"gdp": gdp[year][m], "industry": industry[year][m]} for m in published})
        anchors.update(published)
        out[year] = anchors
    return out


def report_residuals(series, year, link, published, drivers):
    """Prints how far a published reading lies from its link's relation (in noise SDs)."""
    for m, value in sorted(published.items()):
        fitted = link["intercept"] + sum(link[name] * x for name, x in drivers[m].items())
        print(f"  {series} {year}-{m:02d}: published {value:.1f}, relation {fitted:.2f}, "
              f"residual {value - fitted:+.2f} ({(value - fitted) / link['noise']:+.1f} SD)")


def december_levels(spec, growth):
    """Each year's December level: the anchor where there is one; before the first anchor, the
    next year's level deflated by the next year's December growth (no base revision)."""
    levels = {year: spec["level"][year][12] for year in YEARS if year in spec["level"]}
    for year in sorted(YEARS, reverse=True):
        if year not in levels:
            levels[year] = round(levels[year + 1] / (1 + growth[year + 1][12] / 100), 1)
    return levels


def flows(rows, growth_by_series):
    for series, spec in FLOWS.items():
        months = list(range(spec["first_month"], 13))
        total = sum(spec["shares"])
        cumulative = [sum(spec["shares"][: m]) / total for m in range(1, 13)]
        growth = growth_by_series[series]
        december = december_levels(spec, growth)
        first = min(YEARS)
        base_annual = december[first] / (1 + growth[first][12] / 100)
        previous = {m: base_annual * cumulative[m - 1] for m in range(1, 13)}
        for year in YEARS:
            rng = stream(series, year, "level")
            anchors = {**spec["level"].get(year, {}), 12: december[year]}
            if "october_share" in spec and 10 not in anchors:
                anchors[10] = round(spec["october_share"] * december[year], 1)
            # Base revision factor r: level = last year's level * (1 + g) / r, exact at level anchors.
            revision = {m: previous[m] * (1 + growth[year][m] / 100) / v for m, v in anchors.items()}
            level = {}
            for m in range(1, 13):
                g = growth[year].get(m, growth[year][months[0]])
                value = previous[m] * (1 + g / 100) / interpolate(revision, m)
                level[m] = anchors.get(m, round(value, 1))
            for m in months:
                released = release_date(rng, year, m, spec["release_days"])
                rows.append((series, month_period(year, m), "ytd_value", level[m], spec["unit"], released))
                rows.append((series, month_period(year, m), "ytd_growth", growth[year][m], "%", released))
            previous = level


def growth_only(rows, growth_by_series):
    for series, spec in GROWTHS.items():
        months = list(range(spec["first_month"], 13))
        for year in YEARS:
            rng = stream(series, year, "release")
            for m in months:
                released = release_date(rng, year, m, spec["release_days"])
                rows.append((series, month_period(year, m), "ytd_growth", growth_by_series[series][year][m],
                             spec["unit"], released))


def quarterly(rows, gdp):
    for year in YEARS:
        rng = stream("gdp", year, "level")
        for q in range(1, 5):
            m = 3 * q
            share = GDP["shares"][q - 1] * (1 + (rng.gauss(0, 0.01) if q < 4 else 0))
            level = GDP["level_anchor"].get((year, m), round(GDP["annual_level"][year] * share, 1))
            released = release_date(rng, year, m, (18, 28))
            rows.append(("gdp", f"{year}-Q{q}", "ytd_growth", gdp[year][m], "%", released))
            rows.append(("gdp", f"{year}-Q{q}", "ytd_value", level, "亿元", released))
    for series, spec in INCOMES.items():
        previous = None
        for year in [min(YEARS) - 1, *YEARS]:
            rng = stream(series, year)
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
        rng = stream("unemployment", year)
        for q in range(1, 5):
            value = round(UNEMPLOYMENT[year] + rng.gauss(0, 0.05) if q < 4 else UNEMPLOYMENT[year], 2)
            released = release_date(rng, year, 3 * q, (20, 28))
            rows.append(("unemployment", f"{year}-Q{q}", "level", value, "%", released))


def cpi(rows):
    for year in YEARS:
        rng = stream("cpi", year)
        path = anchored_path(rng, CPI_YTD_AVG[year], list(range(1, 13)), 0.15)
        for m in range(1, 13):
            released = release_date(rng, year, m, (9, 15))
            rows.append(("cpi", month_period(year, m), "ytd_avg_index", path[m], "上年=100", released))


def annual(rows):
    for year in YEARS:
        rng = stream("annual", year)
        # Grain: the autumn harvest is announced in early December.
        rows.append(("grain", str(year), "annual_value", GRAIN[year], "亿斤", f"{year}-12-0{rng.randint(1, 9)}"))
        # Energy intensity: published in the statistical bulletin of the following summer.
        if year in ENERGY_INTENSITY:
            rows.append(("energy_intensity", str(year), "annual_growth", ENERGY_INTENSITY[year], "%",
                         f"{year + 1}-08-{rng.randint(10, 28)}"))


def progress_scales(series, completion, scale):
    """Each year's (completion, scale): 2009-2013 as given, earlier years smaller."""
    out = {}
    for year in YEARS:
        if year >= 2009:
            out[year] = (completion[year - 2009], scale[year - 2009])
        else:
            rng = stream(series, year, "scale")
            out[year] = (1 + rng.gauss(0.03, 0.03), scale[0] * 0.92 ** (2009 - year) * (1 + rng.gauss(0, 0.05)))
    return out


def progress(rows):
    for series, (unit, target2013, completion, scale, profile) in PROGRESS.items():
        for year, (done_share, size) in progress_scales(series, completion, scale).items():
            rng = stream(series, year)
            year_end = target2013 * size * done_share
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
    growth = {series: growth_paths(series, spec, spec["growth"]) for series, spec in GROWTHS.items()}
    for series in ("fai", "retail", "trade"):
        growth[series] = growth_paths(series, FLOWS[series], FLOWS[series]["growth"])
    print("published readings against the links:")
    gdp = gdp_growth(growth["industry"], growth["fai"], growth["retail"])
    growth["fiscal_revenue"] = growth_paths("fiscal_revenue", FLOWS["fiscal_revenue"],
                                            fiscal_anchors(gdp, growth["industry"]))
    rows = []
    flows(rows, growth)
    growth_only(rows, growth)
    quarterly(rows, gdp)
    cpi(rows)
    annual(rows)
    progress(rows)
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
