"""Jobs: each wires store → analysis → report so it can be called from Python as well as from the CLI."""
