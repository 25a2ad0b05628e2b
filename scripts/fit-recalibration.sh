#!/bin/sh
# Refits the P(meet) recalibration map (ProbabilityRecalibration.fitted) from the bundled
# FRED-MD and China NBS panels and writes it into the Projection module. Run from the repository root.
set -e
swift build -c release --product targettrack
.build/release/targettrack backtest --write-recalibration Sources/Projection/ProbabilityRecalibration+Fitted.swift
