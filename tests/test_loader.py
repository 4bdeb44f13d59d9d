"""Each YAML hazard of the spec, handled on purpose."""

from __future__ import annotations

import os

from conftest import REGISTERS, write

from linter.core import document
from linter.load import loader
from linter.load.includes import load_register
from linter.load.loader import load_file, load_text


def rules(doc):
    return [f.rule for f in doc.findings]


def test_duplicate_key_is_a_finding_at_the_second_key():
    doc = load_text(
        "purposes:\n  - legal_basis: consent\n    description: x\n    legal_basis: contract\n",
        "r.yaml",
    )
    (dup,) = doc.findings
    assert dup.rule == "SCH-002"
    assert (dup.pos.line, dup.pos.column) == (4, 5)
    assert "line 2" in dup.message["en"]
    # The first value is kept: the author's first word is not silently replaced.
    assert doc.data["purposes"][0]["legal_basis"] == "consent"


def test_yaml11_booleans_stay_the_strings_written():
    doc = load_text("a: NO\nb: ON\nc: YES\nd: y\ne: off\nf: true\ng: False\n", "r.yaml")
    assert doc.data == {
        "a": "NO",
        "b": "ON",
        "c": "YES",
        "d": "y",
        "e": "off",
        "f": True,
        "g": False,
    }
    assert doc.findings == []


def test_norway_as_a_key_and_in_a_flow_list():
    doc = load_text("NO: Norway\ncountries: [FR, NO, IS]\n", "r.yaml")
    assert doc.data == {"NO": "Norway", "countries": ["FR", "NO", "IS"]}


def test_dates_and_numbers():
    doc = load_text(
        "d: 2025-10-01\nt: 2025-10-01T10:00:00Z\nn: 12\nf: 1.5\nz: ~\nh: 0x1F\n", "r.yaml"
    )
    assert doc.data == {
        "d": "2025-10-01",
        "t": "2025-10-01T10:00:00Z",
        "n": 12,
        "f": 1.5,
        "z": None,
        "h": 31,
    }


def test_every_node_has_its_position():
    doc = load_file(str(REGISTERS / "minimal.yaml"))
    pos = doc.locate(("activities", 0, "purposes", 0, "legal_basis"))
    assert (pos.line, pos.column) == (15, 22)
    # A missing node points at its nearest existing ancestor.
    missing = doc.locate(("activities", 0, "purposes", 0, "consent", "proof"))
    assert (missing.line, missing.column) == (13, 9)


def test_billion_laughs_ends_with_a_finding():
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    doc = load_text("\n".join(lines) + "\n", "laughs.yaml")
    assert "SCH-004" in rules(doc)
    assert doc.data is None


def test_recursive_alias_is_a_finding():
    doc = load_text("a: &x\n  b: *x\n", "r.yaml")
    assert rules(doc) == ["SCH-004"]


def test_a_few_aliases_are_fine():
    doc = load_text("base: &r {active: P3Y}\nx: *r\ny: *r\n", "r.yaml")
    assert doc.findings == []
    assert doc.data["y"] == {"active": "P3Y"}


def test_merge_keys_explicit_wins():
    doc = load_text(
        "base: &b {active: P3Y, trigger: collection}\nr:\n  <<: *b\n  active: P1Y\n", "r.yaml"
    )
    assert doc.data["r"] == {"active": "P1Y", "trigger": "collection"}


def test_not_utf8_has_line_and_column(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("register: 1\nname: Soci\xe9t\xe9\n".encode("latin-1"))
    doc = load_file(str(path))
    (bad,) = doc.findings
    assert bad.rule == "SCH-001"
    assert (bad.pos.line, bad.pos.column) == (2, 11)
    assert "0xe9" in bad.message["en"]


def test_bom_and_crlf_are_read(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfregister: 1\r\ncountry: NO\r\n")
    doc = load_file(str(path))
    assert doc.findings == []
    assert doc.data == {"register": 1, "country": "NO"}


def test_syntax_error_has_line_and_column():
    doc = load_text("register: 1\norganization:\n  name: [unclosed\n", "r.yaml")
    (bad,) = doc.findings
    assert bad.rule == "SCH-001"
    assert bad.pos.line >= 3
    assert "not valid YAML" in bad.message["en"]


def test_python_tags_are_refused():
    doc = load_text("a: !!python/object:os.system {}\n", "r.yaml")
    assert rules(doc) == ["SCH-001"]


def test_include_resolves_relative_to_the_including_file():
    register = REGISTERS / "includes" / "register.yaml"
    doc = load_register(str(register), root=str(REGISTERS))
    assert [a["id"] for a in doc.data["activities"]] == ["direction", "recrutement", "ventes"]
    # Findings in an included file name that file and its own lines.
    pos = doc.locate(("activities", 1, "purposes", 0))
    assert pos.file == os.path.normpath(str(REGISTERS / "includes" / "activities" / "rh.yaml"))
    assert (pos.line, pos.column) == (6, 9)


def test_include_outside_root_is_refused_and_not_read(tmp_path, monkeypatch):
    write(tmp_path / "outside" / "secret.yaml", "activities: [{id: leak}]\n")
    repo = tmp_path / "repo"
    register = write(repo / "register.yaml", "register: 1\ninclude: ['../outside/*.yaml']\n")
    read = []
    original = loader._read
    monkeypatch.setattr(loader, "_read", lambda real, *a: read.append(real) or original(real, *a))
    doc = load_register(str(register), root=str(repo))
    assert read == [os.path.realpath(register)]  # the outside file was never opened
    assert rules(doc) == ["SCH-006"]
    assert "outside" in doc.findings[0].message["en"]
    assert doc.data["activities"] == []


def test_include_absolute_and_symlink_are_refused(tmp_path):
    outside = write(tmp_path / "outside.yaml", "activities: [{id: leak}]\n")
    repo = tmp_path / "repo"
    (repo / "acts").mkdir(parents=True)
    os.symlink(outside, repo / "acts" / "link.yaml")
    register = write(
        repo / "register.yaml",
        f"register: 1\ninclude: ['{outside}', 'acts/*.yaml']\n",
    )
    doc = load_register(str(register), root=str(repo))
    assert rules(doc) == ["SCH-006", "SCH-006"]
    assert "absolute" in doc.findings[0].message["en"]
    assert doc.data["activities"] == []


def test_include_matching_nothing_is_a_finding(tmp_path):
    register = write(tmp_path / "register.yaml", "register: 1\ninclude: ['nothing/*.yaml']\n")
    doc = load_register(str(register), root=str(tmp_path))
    assert rules(doc) == ["SCH-006"]
    assert (doc.findings[0].pos.line, doc.findings[0].pos.column) == (2, 11)


def test_include_naming_only_a_directory_is_a_finding(tmp_path):
    """Issue 32: `include: [frag]` read nothing and said nothing. A pattern
    that names only directories is now a finding; a glob whose matches are
    directories and files reads the files, as before."""
    fragment = "activities:\n  - {id: a, name: A}\n"
    write(tmp_path / "frag" / "sub" / "rh.yaml", fragment)
    register = write(tmp_path / "register.yaml", "register: 1\ninclude: [frag]\n")
    doc = load_register(str(register), root=str(tmp_path))
    assert rules(doc) == ["SCH-006"]
    assert "frag/*.yaml" in doc.findings[0].message.render("en")
    register = write(tmp_path / "register.yaml", "register: 1\ninclude: ['frag/**']\n")
    doc = load_register(str(register), root=str(tmp_path))
    assert rules(doc) == [] and [a["id"] for a in doc.data["activities"]] == ["a"]


def test_a_character_yaml_refuses_is_located_where_it_stands():
    """Issue 32: a NUL byte was reported at 1:1 with the reader's raw text.
    It is now at its line and column, named by its code point."""
    for char in ("\x00", "\x07"):
        doc = load_text(f"register: 1\nname: a{char}b\n", "odd.yaml")
        (finding,) = doc.findings
        assert (finding.rule, finding.pos.line, finding.pos.column) == ("SCH-001", 2, 8)
        said = finding.message.render("fr")
        assert f"U+{ord(char):04X}" in said and "unicode string" not in said


def test_deep_nesting_is_bounded():
    doc = load_text("a: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")
    assert rules(doc) == ["SCH-001"]


import pytest  # noqa: E402


@pytest.mark.parametrize(
    ("text", "en", "fr"),
    [
        ("register: 1\norganization:\n\tname: x\n", "a tab is used to indent", "une tabulation"),
        ('a: "open\nb: 2\n', "a quote is opened and never closed", "un guillemet est ouvert"),
        ("a:\n  b: 1\n c: 2\n", "not indented like the keys", "n'est pas indentée comme"),
        ("a: 1\nb\nc: 2\n", "has no `:` between its key", "n'a pas de `:` entre"),
        ("a: b: c\n", "put the value in quotes", "mettez la valeur entre guillemets"),
    ],
)
def test_syntax_errors_say_what_to_fix_in_both_languages(text, en, fr):
    (f,) = load_text(text, "r.yaml").findings
    assert f.rule == "SCH-001"
    assert en in f.message["en"] and fr in f.message["fr"]
    assert "found character" not in f.message["fr"] and "did not find" not in f.message["fr"]


def test_only_a_one_shot_run_freezes_what_it_built():
    """A one-shot command freezes what it built out of the collector's reach
    (cli_run); a process that lives on — the language server, a library's
    user — never does, since a frozen object is never collected."""
    import gc

    from conftest import EXAMPLES

    path = str(EXAMPLES / "compliant.yaml")
    gc.unfreeze()
    assert gc.isenabled()
    load_register(path)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    document.freeze_what_is_built()
    try:
        doc = load_register(path)
        assert gc.get_freeze_count() > 0 and gc.isenabled()
        assert gc.is_tracked(doc.data) and doc.data["activities"]
    finally:
        document.freeze_what_is_built(False)
        gc.unfreeze()
