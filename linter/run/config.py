"""`.ropa-lint.yaml` or `[tool.ropa-lint]` in pyproject.toml.

Found by walking up from the working directory (the first directory holding
either wins), or named with --config. Command-line options win over the file.
An unknown key is an error, never ignored: a misspelt `disable:` must not
quietly leave a rule on.

    fail_on: warning              # error | warning | info
    lang: fr                      # en | fr
    engine: embedded              # auto | embedded | opa
    opa_url: https://opa.internal:8181
    jurisdiction: FR              # national tables for every register
    extra_rules: [policies/]      # rule directories, relative to this file
    data: [company-policy.yaml]   # reference-table overrides, relative to this file
    exclude: ["drafts/"]          # gitignore patterns, relative to this file's directory
    eval_timeout: 60              # seconds one register's evaluation may take
    max_memory: 2048              # MB the rule evaluation may use
    baseline: .ropa-lint-baseline.json   # known findings, relative to this file
    layout: export.layout.yaml    # a spreadsheet's layout: built-in name, or file relative to this
    rules:
      HYG-003: disable
      RGT-001: {severity: error}
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from linter.core.errors import RopaLintError
from linter.core.files import UnreadableFile, read_text
from linter.core.messages import text
from linter.core.options import Options
from linter.load.loader import load_text

NAMES = (".ropa-lint.yaml", ".ropa-lint.yml")


@dataclass(frozen=True)
class Key:
    """One configuration key: how its value is read (`kind`, see _READERS),
    and whether it is a run option the command line may give too (and then
    wins). The table below is the one list of keys: the reader, the options,
    the error message's "allowed" list and the tests derive from it."""

    name: str
    kind: str
    choices: tuple[str, ...] = ()
    option: bool = True


TABLE = (
    Key("fail_on", "choice", ("error", "warning", "info")),
    Key("lang", "choice", ("en", "fr")),
    Key("engine", "choice", ("auto", "embedded", "opa")),
    Key("opa_url", "text"),
    Key("jurisdiction", "text"),
    Key("eval_timeout", "positive"),
    Key("max_memory", "count"),
    Key("baseline", "file"),
    Key("layout", "layout"),
    Key("extra_rules", "files", option=False),
    Key("data", "files", option=False),
    Key("exclude", "patterns", option=False),
    Key("rules", "rules", option=False),
)
KEYS = frozenset(key.name for key in TABLE)
CHOICES = {key.name: key.choices for key in TABLE if key.kind == "choice"}


class ConfigError(RopaLintError):
    """The configuration file is wrong (exit status 2)."""


@dataclass
class Config:
    path: str | None = None
    fail_on: str | None = None
    lang: str | None = None
    engine: str | None = None
    opa_url: str | None = None
    jurisdiction: str | None = None
    extra_rules: tuple[str, ...] = ()
    data: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    disabled: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)
    eval_timeout: float | None = None
    max_memory: int | None = None
    baseline: str | None = None
    layout: str | None = None


def discover(start: str | None = None) -> Path | None:
    """The configuration that applies from `start`: looked for there and in
    each parent, up to the repository's root (a directory holding `.git`) and
    no further, so that a file above the checkout — another user's home, a
    runner's work directory — never configures the gate (issue 32)."""
    here = Path(start or os.getcwd()).resolve()
    for directory in (here, *here.parents):
        for name in NAMES:
            if (directory / name).is_file():
                return directory / name
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _pyproject_section(pyproject) is not None:
            return pyproject
        if (directory / ".git").exists():
            return None
    return None


CONFIG_MAX_BYTES = 1024 * 1024  # a configuration is a few lines; a device is not one


def _text(path: Path, encoding: str = "utf-8") -> str:
    try:
        return read_text(str(path), CONFIG_MAX_BYTES, encoding)
    except UnreadableFile as exc:
        raise ConfigError(str(exc)) from None


def _pyproject_section(path: Path) -> dict | None:
    try:
        doc = tomllib.loads(_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    return doc.get("tool", {}).get("ropa-lint")


def _read(path: Path) -> dict:
    if path.name == "pyproject.toml":
        section = _pyproject_section(path)
        if section is None:
            raise ConfigError(f"{path}: no [tool.ropa-lint] section")
        return section
    doc = load_text(_text(path, "utf-8-sig"), str(path))  # the same careful loader as registers
    if doc.findings:
        first = doc.findings[0]
        raise ConfigError(
            f"{first.pos.file}:{first.pos.line}:{first.pos.column}: {text(first.message, 'en')}"
        )
    if doc.data is None:
        return {}
    if not isinstance(doc.data, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping")
    return doc.data


def _strings(path: Path, key: str, value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: `{key}` must be a list of strings")
    return tuple(value)


def load(path: str | Path | None = None) -> Config:
    """The configuration at `path`, or the one discovered; an empty one if none."""
    found = Path(path) if path else discover()
    if found is None:
        return Config()
    if not found.exists():
        raise ConfigError(f"{found}: no such configuration file")
    raw = _read(found)
    unknown = sorted(set(raw) - KEYS)
    if unknown:
        raise ConfigError(
            f"{found}: unknown key(s) {', '.join(unknown)} (allowed: {', '.join(sorted(KEYS))})"
        )
    base = found.parent
    cfg = Config(path=str(found))
    for key in TABLE:
        if key.name in raw:
            _READERS[key.kind](found, base, key, raw[key.name], cfg)
    _confine(found, cfg)
    return cfg


def _choice(found, base, key, value, cfg) -> None:
    if value not in key.choices:
        raise ConfigError(f"{found}: `{key.name}` must be one of {', '.join(key.choices)}")
    setattr(cfg, key.name, value)


def _text_value(found, base, key, value, cfg) -> None:
    if not isinstance(value, str):
        raise ConfigError(f"{found}: `{key.name}` must be a string")
    setattr(cfg, key.name, value)


def _number(kind):
    def read(found, base, key, value, cfg) -> None:
        if isinstance(value, bool) or not isinstance(value, kind) or value <= 0:
            raise ConfigError(f"{found}: `{key.name}` must be a positive number")
        setattr(cfg, key.name, value)

    return read


def _file(found, base, key, value, cfg) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{found}: `{key.name}` must be a file name")
    setattr(cfg, key.name, str(base / value))


def _layout(found, base, key, value, cfg) -> None:
    from linter.load.sheets.layout import built_in_names

    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{found}: `{key.name}` must be a layout name or file")
    setattr(cfg, key.name, value if value in built_in_names() else str(base / value))


def _files(found, base, key, value, cfg) -> None:
    setattr(cfg, key.name, tuple(str(base / p) for p in _strings(found, key.name, value)))


def _patterns(found, base, key, value, cfg) -> None:
    setattr(cfg, key.name, _strings(found, key.name, value))


def _rules(found, base, key, rules, cfg) -> None:
    if not isinstance(rules, dict):
        raise ConfigError(f"{found}: `rules` must map rule ids to settings")
    disabled, severity = set(), {}
    for rule_id, setting in rules.items():
        if setting in ("disable", "enable"):
            setting = {"enabled": setting == "enable"}
        if not isinstance(setting, dict) or set(setting) - {"enabled", "severity"}:
            raise ConfigError(
                f"{found}: rules.{rule_id} must be disable, enable or {{enabled, severity}}"
            )
        if setting.get("enabled") is False:
            disabled.add(rule_id)
        if "severity" in setting:
            if setting["severity"] not in CHOICES["fail_on"]:
                raise ConfigError(
                    f"{found}: rules.{rule_id}.severity must be error, warning or info"
                )
            severity[rule_id] = setting["severity"]
    cfg.disabled, cfg.severity = frozenset(disabled), severity


# How each kind of key is read into the Config: (file, its directory, key, value, cfg).
_READERS = {
    "choice": _choice,
    "text": _text_value,
    "positive": _number((int, float)),
    "count": _number(int),
    "file": _file,
    "layout": _layout,
    "files": _files,
    "patterns": _patterns,
    "rules": _rules,
}


def _confine(found: Path, cfg: Config) -> None:
    """Every file the configuration names lies in its repository once links are
    followed: a link or an absolute path in a pull request would otherwise
    print any readable YAML or JSON file of the runner into a finding."""
    from linter.core.files import repo_root
    from linter.load.sheets.layout import built_in_names

    home = found.resolve().parent
    root = repo_root(home) or home
    named = [("data", p) for p in cfg.data] + [("extra_rules", p) for p in cfg.extra_rules]
    if cfg.baseline:
        named.append(("baseline", cfg.baseline))
    if cfg.layout and cfg.layout not in built_in_names():
        named.append(("layout", cfg.layout))
    for key, path in named:
        real = Path(path).resolve()
        if real != root and root not in real.parents:
            raise ConfigError(
                f"{found}: `{key}` names {path}, which is outside the repository ({root}) once "
                "links are followed; a configuration reads only its repository's files"
            )


# Options whose value may come from the configuration file; the command line
# (or the library's keywords) wins wherever it gives one.
_FROM_CONFIG = tuple(key.name for key in TABLE if key.option)


def options_from(cfg: Config, *, source: str = "caller", **given) -> Options:
    """The run's Options: `given` (command line or library keywords; None means
    not given) over the configuration file over the defaults. Rule directories
    and data files add up; the configuration's `exclude` is relative to its
    own directory. `source` names who gave `given` (the command line, or a
    library caller), for the run's account of its configuration."""
    given = {k: v for k, v in given.items() if v is not None}
    unknown = set(given) - set(Options.__dataclass_fields__)
    if unknown:
        raise ConfigError(f"unknown option(s) {', '.join(sorted(unknown))}")
    if "fail_on" in given:
        given.setdefault("fail_on_source", source)
    elif cfg.fail_on is not None:
        given.setdefault("fail_on_source", "configuration")
    taken = set()
    for name in _FROM_CONFIG:
        if name not in given and getattr(cfg, name) is not None:
            given[name] = getattr(cfg, name)
            taken.add(name)
    if cfg.data:
        taken.add("data")
    if cfg.extra_rules:
        taken.add("extra_rules")
    given["from_config"] = frozenset(taken)
    given["rules_dirs"] = (*cfg.extra_rules, *given.get("rules_dirs", ()))
    given["data_files"] = (*cfg.data, *given.get("data_files", ()))
    given.setdefault("disabled", cfg.disabled)
    given.setdefault("severity", cfg.severity)
    given.setdefault("exclude", cfg.exclude)
    if cfg.path and "exclude_base" not in given:
        given["exclude_base"] = str(Path(cfg.path).resolve().parent)
    given.setdefault("config_path", cfg.path)
    return Options(**given)
