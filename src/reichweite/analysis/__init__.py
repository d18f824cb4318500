"""Pure analysis on frames and records: no files, no network."""
