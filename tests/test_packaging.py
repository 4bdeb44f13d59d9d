"""The wheel carries the rule pack, the tables and the schema (pip install alone runs)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_ships_rules_tables_and_schema(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-500:]
    (wheel,) = tmp_path.glob("ropa_lint-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "linter/schemas/register.schema.json" in names
    assert "linter/rules/legal_basis/purpose_without_basis.rego" in names
    assert "linter/rules/ropadata/reference/adequacy.yaml" in names
    rules = {n for n in names if n.startswith("linter/rules/") and n.endswith(".rego")}
    in_repo = {f"linter/{p.relative_to(ROOT).as_posix()}" for p in (ROOT / "rules").rglob("*.rego")}
    assert rules == in_repo
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "ropa-lint = linter.cli.app:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_release_artefacts_install_and_run_in_a_clean_virtualenv(tmp_path):
    """What RELEASING.md builds: a wheel and an sdist that twine accepts, and
    that install with pip alone in a fresh virtualenv and lint and report."""
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-800:]
    (wheel,) = dist.glob("ropa_lint-*.whl")
    (sdist,) = dist.glob("ropa_lint-*.tar.gz")
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert pip.returncode == 0, pip.stderr[-800:]
    ropa = str(venv / "bin" / "ropa-lint")
    clean = subprocess.run(
        [ropa, "check", str(ROOT / "examples" / "compliant.yaml")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert clean.returncode == 0, clean.stdout + clean.stderr
    report = subprocess.run(
        [
            ropa,
            "report",
            str(ROOT / "examples" / "certilience.yaml"),
            "-o",
            "r.html",
            "--lang",
            "fr",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert report.returncode == 0, report.stderr
    assert "Registre des activités de traitement" in (tmp_path / "r.html").read_text()
