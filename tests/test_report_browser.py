"""The auditor's report, rendered by a real browser (Debian's Chromium)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from conftest import EXAMPLES, TODAY, run_cli

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("ROPA_REQUIRE_BROWSER"):
            pytest.fail("chromium is not installed (make test installs Debian's package)")
        pytest.skip("Debian's chromium is not installed (make test installs it as root)")
    return found


def _chrome(chromium, tmp_path, *args):
    return subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_report_renders_with_visible_charts(chromium, tmp_path):
    from PIL import Image

    report = tmp_path / "report.html"
    proc = run_cli("report", str(EXAMPLES), "-o", str(report), "--today", TODAY, "--lang", "fr")
    assert proc.returncode == 0, proc.stderr
    dom = _chrome(chromium, tmp_path, "--dump-dom", report.as_uri())
    assert dom.returncode == 0, dom.stderr[-500:]
    assert "Registre des activités de traitement" in dom.stdout
    assert dom.stdout.count("<rect") >= 10 and "chart-category" in dom.stdout
    shot = tmp_path / "report.png"
    _chrome(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1200,2000", report.as_uri())
    assert shot.exists(), "no screenshot"
    image = Image.open(shot).convert("RGB")
    colours = dict((rgb, n) for n, rgb in image.getcolors(maxcolors=1 << 20))
    # The severity bars (errors in red) and the category bars (slate) are painted.
    assert colours.get((0xC0, 0x39, 0x2B), 0) > 1500
    assert colours.get((0x5D, 0x6D, 0x7E), 0) > 1500
    keep = os.environ.get("ROPA_SCREENSHOT_DIR")
    if keep:
        shutil.copy(shot, os.path.join(keep, "report.png"))


def test_report_prints_to_pdf(chromium, tmp_path):
    report = tmp_path / "report.html"
    run_cli("report", str(EXAMPLES / "certilience.yaml"), "-o", str(report), "--today", TODAY)
    pdf = tmp_path / "report.pdf"
    _chrome(chromium, tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", report.as_uri())
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_one_says_what_the_run_was(chromium, tmp_path, lang):
    """Issue 19's page one, as the browser lays it out: who is covered, how the
    activities stand, what to fix first, the evaluation date and the writing
    time apart, the rules in force (a disabled one named), waivers."""
    from conftest import REGISTERS, write

    config = write(tmp_path / "cfg.yaml", "rules:\n  HYG-003: disable\n")
    report = tmp_path / "rapport.html"
    proc = run_cli(
        "report", str(EXAMPLES), str(REGISTERS / "violations.yaml"), "-o", str(report),
        "--today", TODAY, "--lang", lang, "--config", str(config),
        env={"SOURCE_DATE_EPOCH": "1790000000"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    dom = _chrome(chromium, tmp_path, "--dump-dom", report.as_uri())
    assert dom.returncode == 0, dom.stderr[-500:]
    page_one = dom.stdout.split('<section class="page-one">', 1)[1].split("</section>", 1)[0]
    words = {
        "fr": ["Organismes couverts", "CERTILIENCE", "À corriger en priorité", "désactivées : HYG-003",
               "Date d'évaluation", "2026-11-23", "Rapport établi le", "2026-09-21 14:13 UTC",
               "constats levés"],
        "en": ["Organisations covered", "CERTILIENCE", "What to fix first", "disabled: HYG-003",
               "Evaluation date", "2026-11-23", "Report written", "2026-09-21 14:13 UTC",
               "findings waived"],
    }[lang]  # fmt: skip
    assert [w for w in words if w not in page_one.replace("&#39;", "'")] == []
    # The waiver with its reason, in full, further on.
    waivers = dom.stdout.split('<table class="waivers">', 1)[1].split("</table>", 1)[0]
    assert "Durée contractuelle en cours de renégociation" in waivers


def test_report_writes_an_a4_pdf_itself(tmp_path, chromium):
    pdf = tmp_path / "rapport.pdf"
    proc = run_cli("report", str(EXAMPLES), "-o", str(pdf), "--today", TODAY, "--lang", "fr")
    assert proc.returncode == 0, proc.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data))
    # A4 is 595 × 842 points (210 × 297 mm); US Letter would be 612 × 792.
    assert boxes and all(abs(float(w) - 595) < 1 and abs(float(h) - 842) < 1 for w, h in boxes)
