"""The Python peers of `targettrack bench`: the same fit + projection on identical data.

Reads the matrices `targettrack bench` wrote (float64, column-major) and times:
- numpy: the same model solved with batched numpy.linalg.lstsq, one call per missing-value pattern
  (the design is shared by every series with the same months present);
- statsmodels: OLS per series, as an analyst typically writes it (timed on a sample of series and
  scaled to all of them when there are many);
- statsforecast: SeasonalNaive(12), its fastest model with a seasonal period. It is a different,
  much simpler model, so only its throughput is comparable.

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


def numpy_fit(design, future, responses):
    """Forecasts (h × k) by one lstsq per pattern of present rows."""
    present = ~np.isnan(responses)
    patterns, inverse = np.unique(present.T, axis=0, return_inverse=True)
    forecasts = np.full((future.shape[0], responses.shape[1]), np.nan)
    for g, pattern in enumerate(patterns):
        members = np.flatnonzero(inverse.ravel() == g)
        rows = np.flatnonzero(pattern)
        if rows.size < design.shape[1] + 1:
            continue
        coefficients, *_ = np.linalg.lstsq(design[rows], responses[np.ix_(rows, members)], rcond=None)
        forecasts[:, members] = future @ coefficients
    return forecasts


def statsmodels_fit(design, future, responses, sample):
    import statsmodels.api as sm
    columns = np.linspace(0, responses.shape[1] - 1, min(sample, responses.shape[1])).astype(int)
    start = time.perf_counter()
    for j in columns:
        y = responses[:, j]
        keep = ~np.isnan(y)
        fit = sm.OLS(y[keep], design[keep]).fit()
        fit.predict(future)
    elapsed = time.perf_counter() - start
    return elapsed * responses.shape[1] / len(columns), len(columns)


def statsforecast_fit(responses, horizon):
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast.models import SeasonalNaive
    n, k = responses.shape
    ids = np.repeat(np.arange(k), n)
    ds = np.tile(pd.date_range("2000-01-31", periods=n, freq="ME").values, k)
    y = responses.T.ravel()
    frame = pd.DataFrame({"unique_id": ids, "ds": ds, "y": y}).dropna()
    start = time.perf_counter()
    StatsForecast(models=[SeasonalNaive(season_length=12)], freq="ME", n_jobs=1).forecast(df=frame, h=horizon)
    return time.perf_counter() - start


def main():
    folder = sys.argv[1]
    sample = int(sys.argv[sys.argv.index("--statsmodels-sample") + 1]) if "--statsmodels-sample" in sys.argv else 2000
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    meta, design, future, responses = load(folder)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        forecasts = numpy_fit(design, future, responses)
        times.append(time.perf_counter() - start)
    np.asfortranarray(forecasts).T.astype("<f8").tofile(f"{folder}/numpy-forecasts.f64")
    statsmodels_seconds, sampled = statsmodels_fit(design, future, responses, sample)
    try:
        statsforecast_seconds = statsforecast_fit(responses, future.shape[0])
    except Exception as error:  # report, don't hide, a peer that cannot run
        statsforecast_seconds = None
        print(f"statsforecast failed: {error}", file=sys.stderr)
    print(json.dumps({
        "numpy": sorted(times),
        "statsmodels": statsmodels_seconds,
        "statsmodelsSampled": sampled,
        "statsforecast": statsforecast_seconds,
        "statsforecastModel": "SeasonalNaive(season_length=12)",
        "numpyVersion": np.__version__,
    }))


if __name__ == "__main__":
    main()
