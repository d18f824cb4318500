"""Analyses: pure functions on frames and records; they never read files or the network."""
