"""One linting run of the command line: options over the configuration, the
Linter, and every output written where it was asked for."""

from __future__ import annotations

import os
import sys

import typer

from linter.cli.params import _fail, _value, run_options


def _print_profile(rows: list[dict]) -> None:
    """Per rule: evaluations, total time, findings — slowest first, on standard error."""
    typer.echo(f"{'rule':<10} {'evaluations':>11} {'ms':>10} {'findings':>9}  file", err=True)
    for row in rows:
        typer.echo(
            f"{row['rule']:<10} {row['evaluations']:>11} {row['seconds'] * 1000:>10.1f} "
            f"{row['findings']:>9}  {row['file']}",
            err=True,
        )


def _options(given: dict, *, fail_on=None, jobs=0, keep_documents=False, config_from=None):
    """The run's Options from the shared options as typed, over the
    configuration (--config, else found from `config_from` or the working
    directory)."""
    from linter.run.config import ConfigError, discover, load, options_from

    today = given["today"]
    if today is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(today)
        except ValueError:
            raise _fail(f"--today `{today}` is not a YYYY-MM-DD date") from None
    try:
        config = given["config"]
        if config is None and config_from is not None:
            found = discover(config_from)
            config = str(found) if found else None
        return options_from(
            load(config),
            source="command line",
            **run_options(given),
            fail_on=_value(fail_on),
            jobs=jobs,
            keep_documents=keep_documents,
        )
    except ConfigError as exc:
        raise _fail(str(exc)) from None


def _run(
    paths,
    *,
    format: str,
    output,
    progress_ok: bool,
    fail_on=None,
    jobs=0,
    profile=False,
    emit=True,
    previous=None,
    **given,
):
    """One run of check or report: `given` holds the shared options as typed;
    `previous`, an earlier run's findings (report --compare)."""
    from linter.core.document import freeze_what_is_built
    from linter.report import MACHINE_FORMATS, ReportOptions, get
    from linter.run.runner import Linter, LintError

    freeze_what_is_built()  # this process ends with the run
    progress = None
    options = _options(given, fail_on=fail_on, jobs=jobs, keep_documents=format == "html")
    if progress_ok and format not in MACHINE_FORMATS:
        from linter.cli.progress import terminal_progress

        progress = options.progress = terminal_progress()
    stdin_text = None
    if "-" in paths:
        from linter.core.files import UnreadableFile, read_stream

        try:
            raw = read_stream(sys.stdin.buffer, "standard input", options.max_bytes)
            stdin_text = raw.decode("utf-8-sig")
        except UnreadableFile as exc:
            raise _fail(str(exc)) from None
        except UnicodeDecodeError:
            raise _fail("standard input is not UTF-8") from None
    try:
        with Linter(options) as linter:
            result = linter.run(paths, stdin_text=stdin_text)
            rules = dict(linter.pack.rules)
            generated = linter.today
            if profile:
                from linter.run.profiling import profile as time_rules

                _print_profile(time_rules(linter, paths, stdin_text=stdin_text))
    except LintError as exc:
        raise _fail(str(exc)) from None
    finally:
        if progress:
            progress.close()
    main_file, extra = _outputs(output, format)
    for fmt, target in [(format, main_file), *extra] if emit else []:
        color = (
            target is None
            and fmt == "text"
            and sys.stdout.isatty()
            and "NO_COLOR" not in os.environ
        )
        extra_view = {**_report_context(paths), "previous": previous} if fmt == "html" else {}
        page = get(fmt)(
            result,
            ReportOptions(
                lang=options.lang, color=color, rules=rules, generated=generated, **extra_view
            ),
        )
        _emit(page, target)
    return result, options.lang


def _report_context(paths) -> dict:
    """What the auditor's report says of the run beyond the findings: when it
    was written (SOURCE_DATE_EPOCH, for a reproducible page, else now) and
    the commit and state of the registers' git repository."""
    import datetime as dt
    import subprocess
    from pathlib import Path

    from linter.core.files import repo_root

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    try:
        moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    except ValueError:
        moment = dt.datetime.now(dt.UTC)
    out: dict = {"generated_at": moment.strftime("%Y-%m-%d %H:%M UTC")}
    first = next((p for p in paths if p != "-"), None)
    root = repo_root(Path(first).resolve()) if first else None
    if root is not None:

        def git(*args: str) -> str | None:
            try:
                done = subprocess.run(
                    ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10
                )
            except (OSError, subprocess.SubprocessError):
                return None
            return done.stdout.strip() if done.returncode == 0 else None

        commit = git("rev-parse", "--short=12", "HEAD")
        status = git("status", "--porcelain")
        if commit:
            out["repository"] = {"commit": commit, "dirty": bool(status)}
    return out


def _outputs(given, format: str) -> tuple[str | None, list[tuple[str, str]]]:
    """(file for --format or None for the terminal, [(format, file), ...])."""
    from linter.report import FORMATS

    if given is None:
        return None, []
    if isinstance(given, str):
        given = [given]
    main, extra = None, []
    for item in given:
        fmt, sep, target = item.partition("=")
        if sep and fmt in FORMATS and target:
            extra.append((fmt, target))
        elif main is None:
            main = item
        else:
            raise _fail(f"--output {item}: only one plain file; write FORMAT=FILE for the others")
    return main, extra


def _emit(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from linter.core.files import UnreadableFile, not_a_link

    try:
        not_a_link(output)
        # O_NOFOLLOW: a link made between the check and the open is not followed.
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        with os.fdopen(os.open(output, flags, 0o644), "w", encoding="utf-8") as fh:
            fh.write(text)
    except UnreadableFile as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror}") from None
