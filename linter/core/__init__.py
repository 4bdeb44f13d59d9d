"""What every stage shares: findings, the Document, options, messages and
their catalogue, errors, bounded file reading, the cache, the
bundled resources and forked children.

May import: nothing of linter outside core (the standard library and its own
modules only). Everything else may import it.
"""
