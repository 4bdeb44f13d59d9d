"""`ropa-lint lsp`: the linter as a language server (pygls), over stdio.

An editor opens, edits and saves a register; the server publishes the same
findings as `ropa-lint check`, as diagnostics: on open and save at once, on
change once typing pauses (DEBOUNCE). A register is linted from the editor's
text, unsaved changes included. A fragment (a file another register includes)
is linted through the register that includes it, found under the workspace,
as saved on disk, and its diagnostics point back at that register's
`include` — what an editor shows as related information.

The server holds one Linter (the rule pack compiled once) per configuration
file, found from each document's folder as `check` finds it.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from urllib.parse import unquote, urlparse

from linter import __version__

DEBOUNCE = 0.3  # seconds of quiet after a change before linting again
MAX_SEARCHED = 2000  # YAML files looked at to find the register a fragment belongs to


def _path(uri: str) -> str:
    return unquote(urlparse(uri).path)


class Session:
    """What the server knows between requests: the linters, by configuration."""

    def __init__(self, make_options):
        self._make_options = make_options  # folder → Options
        self._linters: dict = {}
        # file → the register that includes it (None: none), until a save
        # may have changed who includes what.
        self._owners: dict[str, str | None] = {}

    def forget_owners(self) -> None:
        self._owners.clear()

    def linter(self, folder: str):
        from linter.run.runner import Linter

        options = self._make_options(folder)
        key = options.config_path or ""
        if key not in self._linters:
            self._linters[key] = Linter(options)
        return self._linters[key]

    def close(self) -> None:
        for linter in self._linters.values():
            linter.close()
        self._linters.clear()

    # -- linting ------------------------------------------------------------

    def lint_text(self, path: str, text: str):
        """(its Document, findings, set aside) of the register `text`, shown as
        `path`; no finding for another tool's YAML."""
        from linter.core.document import another_tools_file
        from linter.load.includes import load_register_text

        linter = self.linter(os.path.dirname(path))
        doc = load_register_text(
            text,
            path,
            base_dir=os.path.dirname(os.path.realpath(path)),
            max_bytes=linter.options.max_bytes,
        )
        # A workflow or a tool's configuration open in the editor is not a
        # register: nothing is said on it, as a directory's search skips it.
        if another_tools_file(doc):
            return doc, [], []
        return doc, *linter.check_document(doc)

    def including_register(self, path: str, root: str | None):
        """The register that includes the file at `path` (searched from its
        folder up to the workspace root), and the Document it loads as."""
        from linter.load.includes import load_register

        real = os.path.realpath(path)
        if real in self._owners:
            owner = self._owners[real]
            return (owner, load_register(owner)) if owner else (None, None)
        register, doc = self._search(path, real, root)
        self._owners[real] = register
        return register, doc

    def _search(self, path: str, real: str, root: str | None):
        from linter.core.files import DEFAULT_MAX_BYTES, UnreadableFile, read_regular
        from linter.load.includes import load_register

        top = Path(root or os.path.dirname(path)).resolve()
        seen = 0
        for folder in (Path(path).resolve().parent, *Path(path).resolve().parents):
            for candidate in (
                sorted(folder.rglob("*.y*ml")) if folder == top else sorted(folder.glob("*.y*ml"))
            ):
                seen += 1
                if seen > MAX_SEARCHED or os.path.realpath(candidate) == real:
                    continue
                try:
                    # Regular files only, bounded: a pipe or a link to
                    # /dev/zero among the folder's YAML files is passed over,
                    # never waited on or read without end.
                    raw = read_regular(str(candidate), str(candidate), DEFAULT_MAX_BYTES)
                    if b"include" not in raw:
                        continue
                    doc = load_register(str(candidate))
                except (OSError, UnreadableFile):
                    continue
                if real in {os.path.realpath(p) for p in doc.included_real}:
                    return str(candidate), doc
            if folder == top or top not in folder.parents:
                break
        return None, None


def diagnostics(findings, set_aside, path: str, text: str, rules, lang: str, related=None):
    """LSP diagnostics for the findings located in `path`; `rules` (the pack's,
    by id) give each its link to the text the rule rests on."""
    from lsprotocol import types

    lines = text.splitlines() or [""]
    severity = {
        "error": types.DiagnosticSeverity.Error,
        "warning": types.DiagnosticSeverity.Warning,
        "info": types.DiagnosticSeverity.Information,
    }
    real = os.path.realpath(path)
    out = []
    for f in findings:
        if os.path.realpath(f.file) != real or f.accepted:
            continue
        line = max(f.line - 1, 0)
        width = len(lines[line]) if line < len(lines) else 0
        start = min(max(f.column - 1, 0), width)
        rng = types.Range(
            start=types.Position(line=line, character=start),
            end=types.Position(line=line, character=max(width, start + 1)),
        )
        rule = f.rule
        sources = rules[rule].related_resources if rule in rules else ()
        out.append(
            types.Diagnostic(
                range=rng,
                message=f.message,
                severity=severity[f.severity],
                code=rule,
                code_description=types.CodeDescription(href=sources[0][1]) if sources else None,
                source="ropa-lint",
                related_information=related,
                data={"path": f.path, "explain": f"ropa-lint explain {rule} --lang {lang}"},
            )
        )
    from linter.core.messages import not_evaluated

    for item in set_aside:
        if os.path.realpath(item.file) != real:
            continue
        out.append(
            types.Diagnostic(
                range=types.Range(
                    start=types.Position(line=0, character=0),
                    end=types.Position(line=0, character=max(len(lines[0]), 1)),
                ),
                message=not_evaluated(item, lang),
                severity=types.DiagnosticSeverity.Error,
                code="not-evaluated",
                source="ropa-lint",
            )
        )
    return out


def serve(make_options) -> None:
    """Speak LSP on standard input and output until the client says exit."""
    from lsprotocol import types
    from pygls.lsp.server import LanguageServer

    server = LanguageServer("ropa-lint", __version__)
    session = Session(make_options)
    pending: dict[str, int] = {}
    shown: dict[str, tuple] = {}  # uri → (its diagnostics, the linter that made them)

    def publish(uri: str, version: int | None = None) -> None:
        document = server.workspace.get_text_document(uri)
        path = _path(uri)
        folder = os.path.dirname(path)
        try:
            linter = session.linter(folder)
            lang, rules = linter.options.lang, linter.pack.rules
            register, doc = session.including_register(path, server.workspace.root_path)
            if register is not None:
                # A fragment: judged within its register, as saved on disk.
                findings, set_aside = session.linter(os.path.dirname(register)).check_document(doc)
                where = doc.locate(("include",))
                related = [
                    types.DiagnosticRelatedInformation(
                        location=types.Location(
                            uri=Path(register).resolve().as_uri(),
                            range=types.Range(
                                start=types.Position(line=where.line - 1, character=0),
                                end=types.Position(line=where.line - 1, character=0),
                            ),
                        ),
                        message=f"included by {os.path.basename(register)}",
                    )
                ]
                found = diagnostics(
                    findings, set_aside, path, document.source, rules, lang, related
                )
            else:
                _, findings, set_aside = session.lint_text(path, document.source)
                found = diagnostics(findings, set_aside, path, document.source, rules, lang)
        except Exception as exc:  # a broken pack or engine: said once, never a dead server
            server.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=f"ropa-lint: {exc}")
            )
            return
        shown[uri] = (found, linter)
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=found)
        )

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls, params: types.HoverParams):
        """Over a finding: its rule as its page teaches it (why, avoid, prefer, fix)."""
        from linter.report.rule_help import markdown

        found, linter = shown.get(params.text_document.uri, ([], None))
        here = params.position
        for diag in found:
            start, end = diag.range.start, diag.range.end
            if start.line <= here.line <= end.line and linter is not None:
                rule = linter.pack.rules.get(str(diag.code))
                if rule is not None:
                    text = markdown(rule, linter.options.lang)
                    return types.Hover(
                        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
                        range=diag.range,
                    )
        return None

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls, params: types.DidOpenTextDocumentParams):
        publish(params.text_document.uri, params.text_document.version)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls, params: types.DidSaveTextDocumentParams):
        session.forget_owners()  # an include may have been added or removed
        publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls, params: types.DidChangeTextDocumentParams):
        uri, version = params.text_document.uri, params.text_document.version
        pending[uri] = version
        await asyncio.sleep(DEBOUNCE)
        if pending.get(uri) == version:  # no newer change while we waited
            publish(uri, version)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls, params: types.DidCloseTextDocumentParams):
        pending.pop(params.text_document.uri, None)
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(types.SHUTDOWN)
    def shutdown(ls, params):
        session.close()

    server.start_io()
