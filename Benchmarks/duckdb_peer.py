"""The DuckDB peer of `targettrack bench`: the import-and-aggregate part, as a data engineer would write it.

Reads the same long CSV that TargetTrack imports and times, in one persistent DuckDB database:
- import: `CREATE TABLE observation AS SELECT … FROM read_csv(…)` with the column types given (no
  sniffing), DuckDB's fastest correct path for a typed bulk load (parallel over every core);
- as-of + carry-forward: for every series, the observations TargetTrack's as-of rule lets a
  projection for the month use (periods up to it, each released no later than the series' own
  release of that month, else the month's end + 15 days), then the carry-forward projection of the
  year's growth: the newest year-to-date value of the year over the same month a year earlier, in %.

Timed as TargetTrack's import and as-of load are: `--runs` timed runs, no warm-up (the median is
reported); DuckDB uses every core (its default threads). Writes the carry-forward growth per series (`series,growth`) for the agreement check.
Usage: python duckdb_peer.py CSV FOLDER --as-of YYYY-MM [--runs R]
"""
import json
import os
import sys
import time

import duckdb

COLUMNS = {"series": "VARCHAR", "period": "VARCHAR", "measure": "VARCHAR", "value": "DOUBLE",
           "unit": "VARCHAR", "released": "DATE", "source": "VARCHAR"}


def import_csv(database, csv):
    """A fresh database file holding the CSV as one typed table."""
    for suffix in ("", ".wal"):
        if os.path.exists(database + suffix):
            os.remove(database + suffix)
    with duckdb.connect(database) as con:
        con.execute("CREATE TABLE observation AS SELECT * FROM read_csv(?, header = true, columns = ?)",
                    [csv, COLUMNS])
        con.execute("CHECKPOINT")


CARRY_FORWARD = """
WITH cutoff AS (
    SELECT series, min(released) AS day FROM observation
    WHERE period = $month AND measure = 'ytd_value' GROUP BY series),
visible AS (
    SELECT o.series, o.period, o.value FROM observation o LEFT JOIN cutoff c USING (series)
    WHERE o.measure = 'ytd_value' AND o.period <= $month
      AND o.released <= coalesce(c.day, last_day(strptime($month, '%Y-%m')::DATE) + 15)),
newest AS (
    SELECT series, max(period) AS period FROM visible WHERE period >= $year GROUP BY series)
SELECT n.series, 100 * (now.value / before.value - 1) AS growth
FROM newest n
JOIN visible now ON now.series = n.series AND now.period = n.period
JOIN visible before ON before.series = n.series
    AND before.period = (CAST(substr(n.period, 1, 4) AS INTEGER) - 1)::VARCHAR || substr(n.period, 5)
ORDER BY n.series
"""


def carry_forward(database, month):
    """(series, growth) rows of the carry-forward projection as of `month`."""
    with duckdb.connect(database, read_only=True) as con:
        return con.execute(CARRY_FORWARD, {"month": month, "year": month[:4]}).fetchall()


def timed(runs, body):
    """`runs` timed runs: (sorted seconds, the last result)."""
    result = None
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = body()
        times.append(time.perf_counter() - start)
    return sorted(times), result


def main():
    csv, folder = sys.argv[1], sys.argv[2]
    month = sys.argv[sys.argv.index("--as-of") + 1]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    database = os.path.join(folder, "duckdb-peer.duckdb")
    import_times, _ = timed(runs, lambda: import_csv(database, csv))
    query_times, rows = timed(runs, lambda: carry_forward(database, month))
    with open(os.path.join(folder, "duckdb-carry-forward.csv"), "w") as out:
        out.write("series,growth\n")
        out.writelines(f"{series},{growth!r}\n" for series, growth in rows)
    with duckdb.connect(database, read_only=True) as con:
        threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    print(json.dumps({"import": import_times, "carryForward": query_times, "series": len(rows),
                      "version": duckdb.__version__, "threads": int(threads)}))


if __name__ == "__main__":
    main()
