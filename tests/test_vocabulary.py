"""The format's words in the reader's language (issue 11): one table labels
every value of the schema, and French output shows none of the format's
English codes."""

from __future__ import annotations

import json
import re

import pytest
from conftest import EXAMPLES, REGISTERS, ROOT, TODAY, run_cli

from linter.load.vocabulary import SCHEMA_FIELDS, annotate, schema_enums, table
from linter.report import FORMATS

SCHEMA = ROOT / "schemas" / "register.schema.json"


def _enums():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    found = {}
    for node, definition, prop in schema_enums(schema):
        found.setdefault((definition, prop), set()).update(node["enum"])
    return found


def test_every_value_of_the_schema_has_both_labels_and_no_label_is_orphan():
    enums = _enums()
    merged: dict[str, set] = {}
    for (definition, prop), values in enums.items():
        # Nested enumerations (marketing.channels) keep their own property name.
        key = SCHEMA_FIELDS.get((definition, prop)) or SCHEMA_FIELDS.get((definition, None))
        assert key, f"no vocabulary field for {definition}.{prop}"
        merged.setdefault(key, set()).update(values)
    vocabulary = table()
    for key, values in merged.items():
        assert set(vocabulary[key]) == values, key
        for value in values:
            entry = vocabulary[key][value]
            assert entry["en"] and entry["fr"], (key, value)


def _english_codes() -> set[str]:
    """Codes that are not also French words (« contact », « images »…)."""
    vocabulary = table()
    french = " ".join(e["fr"] for field in vocabulary.values() for e in field.values())
    # French words the registers write in their own text as well.
    french += " marketing relatives sms transaction"
    codes = {code for field in vocabulary.values() for code in field}
    return {c for c in codes if not re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", french)}


# What the reader types rather than reads: code spans and blocks (fenced, or
# indented four spaces as `explain` shows a snippet), links.
_CODE_SPANS = re.compile(
    r"```.*?```|`[^`\n]*`|<code>.*?</code>|<pre>.*?</pre>|https?://\S+|^ {4}[^\n]*$", re.S | re.M
)


def _leaks(text: str) -> list[str]:
    text = _CODE_SPANS.sub(" ", text)
    return sorted(
        {c for c in _english_codes() if re.search(rf"(?<![\w./@-]){re.escape(c)}(?![\w-])", text)}
    )


def _french(fmt: str, tmp_path) -> str:
    """The French output in `fmt` of every example and the Monaco test register."""
    out = tmp_path / f"out.{fmt}"
    proc = run_cli(
        "check", str(EXAMPLES), str(REGISTERS / "monaco-transfers.yaml"),
        "--lang", "fr", "--today", TODAY, "--format", fmt, "--output", str(out),
    )  # fmt: skip
    assert proc.returncode in (0, 1), proc.stderr
    return out.read_text(encoding="utf-8")


def _said(node, key=None):
    """The sentences of a JSON output (json, sarif, gitlab): what a person
    reads, not the format's own keys and codes."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _said(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _said(v, key)
    elif isinstance(node, str) and key in ("message", "text", "markdown", "description"):
        yield node


@pytest.mark.parametrize("fmt", FORMATS)
def test_french_output_has_no_english_vocabulary(fmt, tmp_path):
    out = _french(fmt, tmp_path)
    text = out
    if fmt == "html":
        text = text.split("</head>", 1)[1]  # the page's own CSP says 'none'
    if out.lstrip().startswith(("{", "[")):
        text = "\n".join(_said(json.loads(out)))
    assert _leaks(text) == []


def test_the_scan_finds_a_code_and_spares_french_words_and_code_spans():
    assert _leaks("repose sur legitimate_interests (end_of_relationship)") == [
        "end_of_relationship",
        "legitimate_interests",
    ]
    assert _leaks("dernier contact, images, `withdraw_consent` à ajouter") == []
    # An indented snippet is code; the line after it is read again.
    assert _leaks("À éviter :\n    legal_basis: consent\nrepose sur consent") == ["consent"]


def test_schema_explains_every_value_from_the_table():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema == annotate(schema), "run `make docs` to regenerate the schema's value labels"
    legal = schema["$defs"]["purpose"]["properties"]["legal_basis"]
    i = legal["enum"].index("legitimate_interests")
    said = legal["markdownEnumDescriptions"][i]
    assert said.startswith("**legitimate interests** — *intérêt légitime*")
    assert "LB-002" in said and "mise en balance" in said  # what the value asks, in both


def _sarif_text(doc: dict) -> str:
    run = doc["runs"][0]
    said = [r["message"]["text"] for r in run["results"]]
    for rule in run["tool"]["driver"]["rules"]:
        said += [rule["shortDescription"]["text"], rule["fullDescription"]["text"]]
        said.append(rule["help"]["text"])
    return "\n".join(said)


@pytest.mark.parametrize("fmt", ["sarif", "gitlab"])
def test_french_machine_formats_say_their_text_in_french(fmt, tmp_path):
    out = _french(fmt, tmp_path)
    doc = json.loads(out)
    text = _sarif_text(doc) if fmt == "sarif" else "\n".join(i["description"] for i in doc)
    assert _leaks(text) == []


def test_explain_in_french_is_french_for_every_rule():
    from linter.pack.rulepack import load_pack

    leaks = {}
    for rule_id in sorted(load_pack().rules):
        proc = run_cli("explain", rule_id, "--lang", "fr")
        assert proc.returncode == 0, proc.stderr
        found = _leaks(proc.stdout)
        if found:
            leaks[rule_id] = found
    assert leaks == {}
