#!/bin/sh
# Regenerates the China NBS reference record (ReferenceRecord.chinaNBS) from the bundled panel and
# writes it into the Projection module. Run from the repository root.
set -e
swift build --product targettrack
.build/debug/targettrack backtest --write-reference Sources/Projection/ReferenceRecord+ChinaNBS.swift
