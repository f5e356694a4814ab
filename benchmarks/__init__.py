"""Benchmarks: `make bench`. Figures are printed as JSON, with ratios to a baseline measured
in the same run, never asserted in tests."""
