"""Adopting the gate on an existing register: known findings recorded once,
only new ones fail.

`ropa-lint baseline write FILE` records today's findings by the fingerprint
SARIF uses — rule, file as the repository names it, register path, activity;
not the line, so that moving text does not revive a finding. `check
--baseline FILE` marks the findings it holds as baselined (reported apart,
never failing the gate) and reports the entries no finding matches any more
as fixed, so that the baseline can only shrink.

A baseline that cannot be read, is not one, or names a rule the pack no
longer has (written before a rule was renamed or removed) is refused: exit 2,
never a gate that silently passes everything.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace

from linter.core.errors import LintError
from linter.core.files import UnreadableFile, read_text
from linter.core.findings import fingerprint

FORMAT = "ropa-lint-baseline"
VERSION = 1
MAX_BYTES = 20 * 1024 * 1024


def _entry(f) -> dict:
    from linter.core.files import repo_path

    return {
        "fingerprint": fingerprint(f),
        "rule": f.rule,
        "file": repo_path(f.file),
        "path": f.path,
        "activity": f.activity,
        "severity": f.severity,
        "message": f.message,  # for the reviewer of the baseline's diff; not matched on
    }


def render(result, generated: str = "") -> str:
    """The baseline of a run: every finding not waived, one entry each, sorted."""
    entries = sorted(
        (_entry(f) for f in result.findings if not f.waived),
        key=lambda e: (e["file"], e["rule"], e["path"], e["fingerprint"]),
    )
    doc = {"format": FORMAT, "version": VERSION, "generated": generated, "findings": entries}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Baseline:
    file: str
    entries: tuple  # the recorded entries, as written

    @property
    def fingerprints(self) -> frozenset:
        return frozenset(e["fingerprint"] for e in self.entries)


def load(path: str, rules, ref: str | None = None) -> Baseline:
    """The baseline at `path` — as it stands at the git revision `ref` when one
    is given (`index`: as staged) — refused (LintError, exit 2) when it is not
    one. A baseline the revision does not have is empty: every finding is new."""
    if ref:
        text = _at_revision(path, ref)
        if text is None:
            return Baseline(path, ())
    else:
        try:
            text = read_text(path, MAX_BYTES)
        except UnreadableFile as exc:
            raise LintError(f"baseline: {exc}") from None
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise LintError(f"baseline {path} is not JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise LintError(f"baseline {path} is not a ropa-lint baseline (`ropa-lint baseline write`)")
    if doc.get("version") != VERSION:
        raise LintError(
            f"baseline {path} is version {doc.get('version')!r}; this ropa-lint reads "
            f"version {VERSION}: write it again with `ropa-lint baseline write`"
        )
    entries = doc.get("findings")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict)
        and isinstance(e.get("fingerprint"), str)
        and isinstance(e.get("rule"), str)
        for e in entries
    ):
        raise LintError(f"baseline {path}: `findings` must be a list of entries with a fingerprint")
    gone = sorted({e["rule"] for e in entries} - set(rules))
    if gone:
        raise LintError(
            f"baseline {path} is stale: it names {', '.join(gone)}, which the rule pack no longer "
            "has; write it again with `ropa-lint baseline write`"
        )
    return Baseline(path, tuple(entries))


def _at_revision(path: str, ref: str) -> str | None:
    """The text of `path` at git revision `ref` (None: the revision has no such
    file). A pull request can rewrite the baseline beside the register; read
    from the base branch's commit, it cannot absorb the request's own findings."""
    import subprocess

    folder = os.path.dirname(os.path.abspath(path)) or "."
    # `./name`: relative to `folder`, where git runs (-C), not to the repository's root.
    here = "./" + os.path.basename(path)
    spec = f":{here}" if ref == "index" else None

    def git(*args: str) -> subprocess.CompletedProcess:
        try:
            return subprocess.run(
                ["git", "-C", folder, *args], capture_output=True, timeout=30, check=False
            )
        except FileNotFoundError:
            raise LintError(
                f"baseline {path}: --baseline-ref needs git, which is not installed"
            ) from None
        except subprocess.TimeoutExpired:
            raise LintError(f"baseline {path}: git did not answer within 30 s") from None

    if spec is None:
        if git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
            raise LintError(
                f"baseline {path}: --baseline-ref {ref} is not a commit of the git repository "
                "holding it (or it is in no git repository)"
            )
        spec = f"{ref}:{here}"
    done = git("show", spec)
    if done.returncode != 0:
        return None
    if len(done.stdout) > MAX_BYTES:
        raise LintError(f"baseline {path} at {ref} is over {MAX_BYTES} bytes")
    return done.stdout.decode("utf-8", errors="replace")


def apply(
    findings: list, baseline: Baseline, linted=None, unjudged=frozenset()
) -> tuple[list, list[dict]]:
    """The findings with those the baseline holds marked `baselined`, and the
    baseline's entries no finding matches any more (fixed since it was
    written) — among what this run judged: an entry of a file not linted
    (`linted`, the files' names; None: all), or of an activity or file set
    aside (`unjudged`: (file, activity id or None)), is not said fixed."""
    from linter.core.files import repo_path

    judged = None if linted is None else {repo_path(f) for f in linted}
    known = baseline.fingerprints
    marked, seen = [], set()
    for f in findings:
        fp = fingerprint(f)
        if fp in known and not f.waived:
            seen.add(fp)
            f = replace(f, baselined=True)
        marked.append(f)
    fixed = [
        {k: e.get(k) for k in ("rule", "file", "path", "activity", "message")}
        for e in baseline.entries
        if e["fingerprint"] not in seen
        and (judged is None or e.get("file") in judged)
        and (e.get("file"), None) not in unjudged
        and (e.get("file"), e.get("activity")) not in unjudged
    ]
    fixed.sort(key=lambda e: (str(e["file"]), str(e["rule"]), str(e["path"])))
    return marked, fixed


def previous_run(path: str) -> list[dict]:
    """The findings of an earlier run's JSON result (`check -f json`), for
    `report --compare`: each with its fingerprint. Exit 2 when it is not one."""
    from types import SimpleNamespace

    try:
        doc = json.loads(read_text(path, MAX_BYTES))
    except UnreadableFile as exc:
        raise LintError(f"--compare: {exc}") from None
    except ValueError as exc:
        raise LintError(f"--compare: {path} is not JSON ({exc})") from None
    found = doc.get("findings") if isinstance(doc, dict) else None
    keys = ("rule", "file", "path")
    if not isinstance(found, list) or not all(
        isinstance(f, dict) and all(isinstance(f.get(k), str) for k in keys) for f in found
    ):
        raise LintError(f"--compare: {path} is not the JSON result of `ropa-lint check -f json`")
    out = []
    for f in found:
        item = SimpleNamespace(
            rule=f["rule"], file=f["file"], path=f["path"], activity=f.get("activity")
        )
        out.append({**{k: f[k] for k in keys}, "message": str(f.get("message", "")),
                    "fingerprint": fingerprint(item)})  # fmt: skip
    return out
