"""Load: which files a run lints (discovery), YAML (loader, includes),
spreadsheets (sheets, layouts) and retention phrases (durations), each into
the same Document; the reference tables (tables) and the format's vocabulary
in words (vocabulary).

May import: core. Never schema, pack, run, engine, report or cli: loading
decides nothing about what is wrong.
"""
