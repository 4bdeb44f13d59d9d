"""`report -o rapport.pdf`: the auditor's report printed to PDF.

With the optional extra (`pip install ropa-lint[pdf]`, WeasyPrint) the page is
printed in-process; otherwise by a Chromium or Chrome found on PATH, headless,
through the browser's own print (A4, the page's print style). Neither: exit 2
with one line saying what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from linter.core.errors import LintError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def write_pdf(html: str, target: str) -> str:
    """Print `html` to `target`; returns what printed it."""
    from linter.core.files import UnreadableFile, not_a_link

    try:
        not_a_link(target)
    except UnreadableFile as exc:
        raise LintError(str(exc)) from None
    try:
        import weasyprint  # the optional extra
    except ImportError:
        weasyprint = None
    if weasyprint is not None:
        weasyprint.HTML(string=html).write_pdf(target)
        return "WeasyPrint"
    browser = next((b for b in map(shutil.which, BROWSERS) if b), None)
    if browser is None:
        raise LintError(
            "no PDF printer: install the extra (pip install 'ropa-lint[pdf]') or Chromium, "
            "or write the report as .html and print it from a browser"
        )
    with tempfile.TemporaryDirectory(prefix="ropa-lint-pdf-") as work:
        page = os.path.join(work, "report.html")
        with open(page, "w", encoding="utf-8") as fh:
            fh.write(html)
        out = os.path.join(work, "report.pdf")
        cmd = [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={os.path.join(work, 'profile')}",
            f"--print-to-pdf={out}", "--no-pdf-header-footer", f"file://{page}",
        ]  # fmt: skip
        try:
            subprocess.run(cmd, capture_output=True, timeout=120, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            raise LintError(f"{browser} could not print the report: {exc}") from None
        if not os.path.isfile(out) or os.path.getsize(out) == 0:
            raise LintError(f"{browser} did not print the report to PDF")
        shutil.copyfile(out, target)
    return os.path.basename(browser)
