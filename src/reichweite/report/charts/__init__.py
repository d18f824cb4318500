"""Every chart of the reports and the web app, defined once as a Vega-Lite spec (a dict) built with Altair.

- base.py: the house style (size, fonts, platform colours, locale, Caption with title and subtitle lines) and the
  shared shapes (`day_lines` for any figure over calendar days)
- comparison.py, panel.py, languages.py, polls.py: one function per chart, from prepared frames and texts
- render.py: PNG and SVG with vl-convert (offline), and `spec_json` for embedding a spec in a page

A chart function takes frames and already worded texts and computes nothing; the report modules (report/comparison.py
…) prepare both and offer `chart_specs(result, lang, log)` for the web app and the files.
"""
