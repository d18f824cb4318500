"""Jobs: each wires store → source/analysis → report so it can be called from Python as well as the CLI."""
