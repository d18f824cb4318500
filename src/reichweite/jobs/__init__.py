"""Jobs: each wires sources, store, analysis and reports into one call the CLI (or Python) can make."""
