"""Validate and set aside: the shape of a register against the published
schema (validate, covers), in words a DPO reads (text), and the units a slip
touches set aside before the rules run (prune).

May import: core. The rules' covers reach it as data (the run passes them).
Never load, pack, run, engine, report or cli.
"""
