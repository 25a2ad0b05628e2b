"""The Python peers of `targettrack bench`: the same fit + projection on identical data.

Reads the matrices `targettrack bench` wrote (float64, column-major) and times:
- numpy: the same model solved with batched numpy.linalg.lstsq, one call per missing-value pattern
  (the design is shared by every series with the same months present); patterns are grouped on
  a packed-bit key per series (one integer sort), not on boolean rows;
- statsmodels: OLS per series, as an analyst typically writes it (timed on a sample of series and
  scaled to all of them when there are many);
- statsforecast: SeasonalNaive(12), its fastest model with a seasonal period. It is a different,
  much simpler model, so only its throughput is comparable.

Every peer is timed as TargetTrack's kernel is: one untimed warm-up run, then `--runs` timed runs
(the median is reported). Cores: numpy's lstsq runs on OpenBLAS with its default threads (every
core); statsmodels' loop and statsforecast (n_jobs=1) on one.

Prints one JSON object with seconds per peer; writes numpy's forecasts for the agreement check.
Usage: python peers.py FOLDER [--statsmodels-sample N] [--runs R]
"""
import json
import sys
import time

import numpy as np


def load(folder):
    meta = json.load(open(f"{folder}/meta.json"))
    n, p, h, k = meta["rows"], meta["columns"], meta["horizon"], meta["series"]
    read = lambda name, r, c: np.fromfile(f"{folder}/{name}", dtype="<f8").reshape((c, r)).T
    return meta, read("design.f64", n, p), read("future.f64", h, p), read("responses.f64", n, k)


def pattern_groups(present):
    """Series grouped by their pattern of present rows: (pattern, member columns) pairs.

    Each column's pattern is packed into bits and read as one unsigned integer per 8 bytes, so the
    grouping is an integer sort, not a row-wise comparison of booleans."""
    packed = np.packbits(present, axis=0)                       # bytes × k
    padded = np.zeros((-(-packed.shape[0] // 8) * 8, packed.shape[1]), dtype=np.uint8)
    padded[:packed.shape[0]] = packed
    words = np.ascontiguousarray(padded.T).view(np.uint64)      # k × words
    if words.shape[1] == 1:
        _, first, inverse = np.unique(words[:, 0], return_index=True, return_inverse=True)
    else:
        _, first, inverse = np.unique(words, axis=0, return_index=True, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    bounds = np.flatnonzero(np.diff(inverse[order])) + 1
    return [(present[:, first[g]], members) for g, members in enumerate(np.split(order, bounds))]


def numpy_fit(design, future, responses):
    """Forecasts (h × k) by one lstsq per pattern of present rows."""
    forecasts = np.full((future.shape[0], responses.shape[1]), np.nan)
    for pattern, members in pattern_groups(~np.isnan(responses)):
        rows = np.flatnonzero(pattern)
        if rows.size < design.shape[1] + 1:
            continue
        coefficients, *_ = np.linalg.lstsq(design[rows], responses[np.ix_(rows, members)], rcond=None)
        forecasts[:, members] = future @ coefficients
    return forecasts


def timed(runs, body):
    """One untimed warm-up run, then `runs` timed runs: (sorted seconds, the last result)."""
    result = body()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = body()
        times.append(time.perf_counter() - start)
    return sorted(times), result


def statsmodels_fit(design, future, responses, sample):
    """OLS per series on an evenly spaced sample of `sample` columns."""
    import statsmodels.api as sm
    columns = np.linspace(0, responses.shape[1] - 1, min(sample, responses.shape[1])).astype(int)
    for j in columns:
        y = responses[:, j]
        keep = ~np.isnan(y)
        sm.OLS(y[keep], design[keep]).fit().predict(future)
    return len(columns)


def statsforecast_fit(responses, horizon):
    """SeasonalNaive(12) over every series, from a long frame built beforehand (not timed)."""
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast.models import SeasonalNaive
    n, k = responses.shape
    ids = np.repeat(np.arange(k), n)
    ds = np.tile(pd.date_range("2000-01-31", periods=n, freq="ME").values, k)
    frame = pd.DataFrame({"unique_id": ids, "ds": ds, "y": responses.T.ravel()}).dropna()
    return lambda: StatsForecast(models=[SeasonalNaive(season_length=12)], freq="ME", n_jobs=1).forecast(df=frame, h=horizon)


def main():
    folder = sys.argv[1]
    sample = int(sys.argv[sys.argv.index("--statsmodels-sample") + 1]) if "--statsmodels-sample" in sys.argv else 2000
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    meta, design, future, responses = load(folder)
    times, forecasts = timed(runs, lambda: numpy_fit(design, future, responses))
    np.asfortranarray(forecasts).T.astype("<f8").tofile(f"{folder}/numpy-forecasts.f64")
    sampled = min(sample, responses.shape[1])
    sampled_times, _ = timed(runs, lambda: statsmodels_fit(design, future, responses, sample))
    statsmodels_times = [t * responses.shape[1] / sampled for t in sampled_times]
    try:
        statsforecast_times, _ = timed(runs, statsforecast_fit(responses, future.shape[0]))
    except Exception as error:  # report, don't hide, a peer that cannot run
        statsforecast_times = None
        print(f"statsforecast failed: {error}", file=sys.stderr)
    print(json.dumps({
        "numpy": times,
        "statsmodels": statsmodels_times,
        "statsmodelsSampled": sampled,
        "statsforecast": statsforecast_times,
        "statsforecastModel": "SeasonalNaive(season_length=12)",
        "numpyVersion": np.__version__,
    }))


if __name__ == "__main__":
    main()
