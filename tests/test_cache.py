"""What is kept between runs (linter/core/cache.py): the parsed rule pack and the
generated validators, read back only when made from the same files and
written by this user alone."""

from __future__ import annotations

import os
import shutil

from conftest import EXAMPLES

from linter.core import cache
from linter.pack.rulepack import load_pack


def test_the_pack_is_parsed_once_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path))
    first = load_pack()
    (kept,) = tmp_path.glob("pack-*.pickle")
    again = load_pack()
    assert again.rules == first.rules and again.modules == first.modules
    assert again.reference == first.reference
    assert list(tmp_path.glob("pack-*.pickle")) == [kept]


def test_a_changed_rule_file_makes_a_new_pack(tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path / "cache"))
    pack_dir = tmp_path / "pack"
    shutil.copytree(EXAMPLES / "custom-rules", pack_dir)
    before = load_pack((str(pack_dir),))
    (rule_file,) = [p for p in pack_dir.rglob("*.rego") if not p.name.endswith("_test.rego")][:1]
    text = rule_file.read_text(encoding="utf-8")
    rule_file.write_text(text.replace("severity: ", "severity:  ", 1), encoding="utf-8")
    assert len(list((tmp_path / "cache").glob("pack-*.pickle"))) == 1
    after = load_pack((str(pack_dir),))
    assert len(list((tmp_path / "cache").glob("pack-*.pickle"))) == 2
    assert after.rules.keys() == before.rules.keys()


def test_an_entry_others_could_write_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path))
    load_pack()
    (kept,) = tmp_path.glob("pack-*.pickle")
    kept.write_bytes(b"not a pickle")  # a stale or forged entry: made again
    assert load_pack().rules
    os.chmod(kept, 0o666)
    assert cache.read(kept.name) is None


def test_the_cache_keeps_a_bounded_number_of_entries(tmp_path, monkeypatch):
    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path))
    for i in range(cache.KEEP + 3):
        cache.write(f"pack-{i:02d}.pickle", b"x")
        os.utime(tmp_path / f"pack-{i:02d}.pickle", ns=(i * 10**9, i * 10**9))
    cache.write("pack-new.pickle", b"x")
    names = sorted(p.name for p in tmp_path.glob("pack-*"))
    assert len(names) == cache.KEEP and "pack-new.pickle" in names and "pack-00.pickle" not in names
