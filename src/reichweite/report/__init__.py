"""Reports: Excel workbooks, PNG charts and self-contained HTML, in German or English. No statistics here."""
