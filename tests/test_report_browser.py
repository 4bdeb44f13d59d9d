"""The auditor's report, rendered by a real browser (Debian's Chromium)."""

from __future__ import annotations

import os
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
    _chrome(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1200,900", report.as_uri())
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
