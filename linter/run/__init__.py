"""The run: the Linter that composes load → validate → evaluate for each file
(runner), the pack on an engine (pack_engine), batches, worker processes,
profiling, the baseline, the configuration that shapes a run (config) and the
outcome gathered into a Result.

May import: core, load, schema, pack, engine. Never report or cli: a Result
is what it hands on.
"""
