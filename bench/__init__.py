"""Benchmarks over a synthetic clinic: how fast Mottagning feels, in numbers."""
