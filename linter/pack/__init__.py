"""The rule pack: Rego modules and their METADATA (rulepack), the generated
entry point (aggregator), a pack's source read on its parsed tree
(rego_source), each rule's snippets and a pack's own tests (packtest).

May import: core, load (tables are read as registers are), schema (a custom
rule's covers are checked against the schema), engine (to parse and to run
pack tests). Never run, report or cli.
"""
