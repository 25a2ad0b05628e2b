"""Calibration of P(meet): projected probabilities grouped into bins against the share of targets
that were met. Only counts and averages of the binary's output; nothing is projected here."""
import pandas as pd

EDGES = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0]


def reliability(probability, met, edges=EDGES):
    """One row per bin of P(meet): the mean probability projected, the share met and the count."""
    bins = pd.cut(probability, edges, include_lowest=True)
    frame = pd.DataFrame({"probability": probability, "met": met.astype(float)})
    return frame.groupby(bins, observed=True).agg(predicted=("probability", "mean"), observed=("met", "mean"),
                                                  n=("met", "size"))


def plot_reliability(axis, table, title):
    """The reliability diagram: calibrated probabilities lie on the diagonal; marker area ∝ count."""
    axis.plot([0, 1], [0, 1], color="grey", linestyle="--", label="calibrated")
    axis.plot(table["predicted"], table["observed"], color="tab:blue")
    axis.scatter(table["predicted"], table["observed"], s=20 + 400 * table["n"] / table["n"].max(), zorder=3,
                 color="tab:blue", label="bins of P(meet) (area ∝ count)")
    axis.set_xlim(0, 1)
    axis.set_ylim(0, 1)
    axis.set_xlabel("P(meet) projected")
    axis.set_ylabel("share of targets met")
    axis.set_title(title)
    axis.legend(loc="upper left", fontsize=8)
