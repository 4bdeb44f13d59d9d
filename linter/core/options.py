"""What one run is asked to do: built from the configuration file and the
command line by config.options_from, read by the runner."""

from __future__ import annotations

from dataclasses import dataclass, field

from linter.core.files import DEFAULT_MAX_BYTES


@dataclass
class Options:
    engine: str = "auto"
    opa_url: str | None = None
    opa_token: str | None = None
    opa_timeout: float = 30.0
    opa_bin: str | None = None
    opa_ca_bundle: str | None = None  # CA of a private OPA deployment (https)
    lang: str = "en"
    fail_on: str = "error"
    rules_dirs: tuple[str, ...] = ()
    data_files: tuple[str, ...] = ()
    today: str | None = None  # YYYY-MM-DD; fixed in tests so results do not age
    root: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    waivers: bool = True
    disabled: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)
    jurisdiction: str | None = None  # forces the national tables for every register
    baseline: str | None = None  # known findings (baseline.py): apart, not failing
    baseline_ref: str | None = None  # the git revision the baseline is read at
    layout: str | None = None  # a spreadsheet's layout: built-in name or file (linter/sheets)
    exclude: tuple[str, ...] = ()  # gitignore patterns not linted when a directory is searched
    exclude_base: str | None = None  # what `exclude` is relative to (the config's directory)
    config_path: str | None = None  # for messages
    fail_on_source: str = "default"  # default | configuration | command line | caller
    strict_config: bool = False  # refuse a configuration that disables or lowers rules
    # The CI owner trusts the configuration file (--trust-config): what it
    # could weaken is obeyed, and printed. Never set by the repository.
    trust_config: bool = False
    # What the configuration file gave (opa_url, data, extra_rules, baseline):
    # what a pull request controls.
    from_config: frozenset[str] = frozenset()
    progress: object = None  # callable(done, total), for a terminal progress bar
    jobs: int = 0  # worker processes for many files (0: one per core; embedded engine only)
    keep_documents: bool = False  # keep each register's data in the result (HTML report)
    # Budgets of one evaluation: a rule pack is code from a pull request.
    eval_timeout: float = 60.0  # seconds (embedded engine; OPA: --opa-timeout)
    max_memory: int = 2048  # MB for the evaluator: its address space (embedded), data (own OPA)
