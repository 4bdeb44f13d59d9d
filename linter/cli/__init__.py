"""Ways in: the command line (app, params, run, files), `init` (starter),
the language server (lsp), the progress bar and the SchemaStore contribution.

May import: every other stage. Nothing imports it but `linter/__main__.py`
(and the `ropa-lint` script).
"""
