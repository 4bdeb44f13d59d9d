"""Each output format validates or parses as its consumers expect."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from conftest import EXAMPLES, REGISTERS, ROOT, TODAY, run_cli, write

VENDOR = ROOT.parent / "shared" / "vendor" / "sarif-schema-2.1.0.json"


def out(fmt: str, *paths: str, **kw) -> str:
    proc = run_cli("check", "--format", fmt, "--today", TODAY, *paths, **kw)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def _sarif_of_every_kind() -> dict:
    # slips.yaml: units set aside are tool execution notifications, which validate too.
    return json.loads(
        out(
            "sarif",
            str(EXAMPLES),
            str(REGISTERS / "violations.yaml"),
            str(REGISTERS / "slips.yaml"),
        )
    )


def test_sarif_validates_against_the_standard():
    """Against the part of SARIF 2.1.0 ropa-lint writes, written from the OASIS
    standard and kept in tests/schemas: no file outside the repository."""
    import jsonschema

    doc = _sarif_of_every_kind()
    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0-subset.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(doc)
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {"LB-001", "TRF-001", "SCH-002"}
    assert all(
        r["help"]["text"] and r["helpUri"].startswith("https://")
        for r in rules
        if r["id"] != "SCH-001"
    )
    results = run["results"]
    assert len(results) > 50
    for r in results:
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    assert any(r.get("suppressions") for r in results)  # the waived one


def test_the_subset_schema_refuses_what_sarif_refuses():
    """The schema in tests/schemas can fail: a level SARIF does not have, a
    result without a message, a line 0."""
    import jsonschema

    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0-subset.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    good = _sarif_of_every_kind()
    result = good["runs"][0]["results"][0]
    for broken in (
        {**result, "level": "critical"},
        {k: v for k, v in result.items() if k != "message"},
        {**result, "baselineState": "known"},
    ):
        doc = {**good, "runs": [{**good["runs"][0], "results": [broken]}]}
        assert list(validator.iter_errors(doc)), broken
    assert list(validator.iter_errors({**good, "version": "2.0.0"}))


def test_sarif_validates_against_the_oasis_schema():
    """The full OASIS schema too, where ../shared/vendor holds it (a third
    party's file, not copied into the project)."""
    if not VENDOR.exists():
        pytest.skip("../shared/vendor/sarif-schema-2.1.0.json is not beside this clone")
    import jsonschema

    schema = json.loads(VENDOR.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(_sarif_of_every_kind())


def test_sarif_fingerprints_survive_moved_lines(tmp_path):
    original = (EXAMPLES / "certilience.yaml").read_text(encoding="utf-8")
    a = write(tmp_path / "a" / "certilience.yaml", original)
    b = write(tmp_path / "b" / "certilience.yaml", "# a comment\n# another\n" + original)
    prints = []
    for path in (a, b):
        doc = json.loads(out("sarif", "certilience.yaml", cwd=path.parent))
        prints.append(
            [
                (
                    r["partialFingerprints"]["ropaLint/v1"],
                    r["locations"][0]["physicalLocation"]["region"]["startLine"],
                )
                for r in doc["runs"][0]["results"]
            ]
        )
    assert [p for p, _ in prints[0]] == [p for p, _ in prints[1]]
    assert [line + 2 for _, line in prints[0]] == [line for _, line in prints[1]]
    assert len({p for p, _ in prints[0]}) == len(prints[0])  # distinct findings, distinct prints


def test_sarif_is_byte_identical_across_runs():
    assert out("sarif", str(EXAMPLES)) == out("sarif", str(EXAMPLES))


def test_junit_parses_and_counts_errors_as_failures():
    text = out("junit", str(EXAMPLES))
    root = ET.fromstring(text.encode("utf-8"))
    doc = json.loads(out("json", str(EXAMPLES)))
    assert root.tag == "testsuites"
    assert int(root.get("failures")) == doc["summary"]["errors"]
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {f"{EXAMPLES}/{p.name}" for p in EXAMPLES.glob("*.yaml")}
    clean = suites[f"{EXAMPLES}/compliant.yaml"]
    assert clean.get("failures") == "0" and len(clean.findall("testcase")) == 1
    failure = root.find(".//failure")
    assert failure.get("type") and "reference:" in failure.text and "remediation:" in failure.text


GITHUB = re.compile(r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=[^:]+::\S.*$")


def test_github_annotations():
    lines = out("github", str(EXAMPLES)).strip().splitlines()
    assert all(GITHUB.match(line) for line in lines[:-1]), [
        x for x in lines if not GITHUB.match(x)
    ][:3]
    assert lines[-1].startswith("ropa-lint: ")
    assert any(line.startswith("::warning ") for line in lines)


def test_github_escapes_newlines_and_percent(tmp_path):
    text = (
        (REGISTERS / "minimal.yaml")
        .read_text()
        .replace("name: Gestion de la paie", 'name: "Paie 100%\\nsecond line"')
        .replace("        legal_basis: legal_obligation\n", "")
    )
    path = write(tmp_path / "r.yaml", text)
    lines = out("github", str(path)).strip().splitlines()
    # The newline is shown, not sent: it can neither end the command nor start one.
    assert any("100%25\\nsecond line" in line for line in lines), lines
    assert all(GITHUB.match(line) for line in lines[:-1])


def test_markdown_summary():
    md = out("markdown", str(EXAMPLES))
    assert md.startswith("## ropa-lint report")
    assert "| Category | Findings |" in md and "| retention |" in md
    assert re.search(r"\| 🟠 \| `[^`]+:\d+` \| LB-001 \|", md)
    fr = out("markdown", "--lang", "fr", str(EXAMPLES / "compliant.yaml"))
    assert "Aucun constat." in fr


def test_output_file_for_any_format(tmp_path):
    from linter.report import FORMATS

    for fmt in FORMATS:
        target = tmp_path / f"report.{fmt}"
        proc = run_cli("check", "-f", fmt, "-o", str(target), "--today", TODAY, str(EXAMPLES))
        assert proc.returncode == 1 and proc.stdout == ""
        assert target.stat().st_size > 200


def test_html_report_is_self_contained_and_escaped(tmp_path):
    text = (
        (REGISTERS / "minimal.yaml")
        .read_text()
        .replace("name: Gestion de la paie", "name: \"<script>alert('x')</script> Paie\"")
    )
    register = write(tmp_path / "r.yaml", text)
    target = tmp_path / "report.html"
    proc = run_cli("report", str(register), "-o", str(target), "--today", TODAY)
    assert proc.returncode == 0, proc.stderr
    html = target.read_text(encoding="utf-8")
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert not re.search(r'(src|href)="https?:', html)  # nothing fetched from the network
    assert html.count("<svg") == 2 and "@media print" in html
    assert "ropa-lint 0." in html and TODAY in html


def test_terminal_escapes_are_stripped_from_text_output(tmp_path):
    text = (
        (REGISTERS / "minimal.yaml")
        .read_text()
        .replace("name: Gestion de la paie", 'name: "Paie \\e[31mROUGE\\e[0m"')
        .replace("        legal_basis: legal_obligation\n", "")
    )
    path = write(tmp_path / "r.yaml", text)
    proc = run_cli("check", "--today", TODAY, str(path))
    assert "Paie \\x1b[31mROUGE\\x1b[0m" in proc.stdout and "\x1b" not in proc.stdout


def test_sarif_and_github_paths_are_relative_to_the_repository(tmp_path):
    """Code scanning places a result by its path in the repository, however the
    path was given on the command line; never absolute under %SRCROOT%."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    register = write(repo / "registers" / "r.yaml", (EXAMPLES / "certilience.yaml").read_text())
    by_absolute = json.loads(out("sarif", str(register), cwd=tmp_path))
    by_relative = json.loads(out("sarif", "registers/r.yaml", cwd=repo))
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for doc in (by_absolute, by_relative)
        for r in doc["runs"][0]["results"]
        for loc in r["locations"]
    }
    assert uris == {"registers/r.yaml"}
    prints = [
        sorted(r["partialFingerprints"]["ropaLint/v1"] for r in d["runs"][0]["results"])
        for d in (by_absolute, by_relative)
    ]
    assert prints[0] == prints[1]
    github = out("github", str(register), cwd=tmp_path)
    assert "file=registers/r.yaml," in github and str(tmp_path) not in github


GITLAB = ROOT / "tests" / "schemas" / "gitlab-codequality.schema.json"


def test_gitlab_code_quality_validates_against_the_documented_format(tmp_path):
    import jsonschema

    # slips.yaml: what was set aside is an issue too (it was not judged).
    doc = json.loads(
        out(
            "gitlab",
            str(EXAMPLES),
            str(REGISTERS / "violations.yaml"),
            str(REGISTERS / "slips.yaml"),
        )
    )
    jsonschema.Draft202012Validator(json.loads(GITLAB.read_text(encoding="utf-8"))).validate(doc)
    assert len({i["fingerprint"] for i in doc}) == len(
        doc
    )  # GitLab keeps one issue per fingerprint
    assert {i["severity"] for i in doc} >= {"major", "minor", "info", "critical"}
    assert any(i["check_name"] == "ropa-lint/not-evaluated" for i in doc)
    assert all(not i["location"]["path"].startswith("/") for i in doc)
    waived = json.loads(out("json", str(REGISTERS / "violations.yaml")))["summary"]["waived"]
    assert waived and len(json.loads(out("gitlab", str(REGISTERS / "violations.yaml")))) == (
        len(json.loads(out("json", str(REGISTERS / "violations.yaml")))["findings"]) - waived
    )


def test_gitlab_fingerprints_survive_moved_lines(tmp_path):
    text = (EXAMPLES / "certilience.yaml").read_text(encoding="utf-8")
    a = write(tmp_path / "a" / "certilience.yaml", text)
    b = write(tmp_path / "b" / "certilience.yaml", "# moved\n\n" + text)
    first = json.loads(out("gitlab", "certilience.yaml", cwd=a.parent))
    second = json.loads(out("gitlab", "certilience.yaml", cwd=b.parent))
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in second]
    assert [i["location"]["lines"]["begin"] for i in second] == [
        i["location"]["lines"]["begin"] + 2 for i in first
    ]


def test_html_report_lists_activities_and_waivers_in_full(tmp_path):
    """Issue 19's first parts: the list of activities with their status, each
    linked to its fiche; the waivers in full; A4 in print; French plurals."""
    page = tmp_path / "rapport.html"
    # The page says when it was written, to the minute: both runs are given the
    # same moment, or two runs astride a minute differ (seen in CI).
    moment = {"SOURCE_DATE_EPOCH": "1795392000"}
    proc = run_cli(
        "report", str(REGISTERS / "violations.yaml"), str(REGISTERS / "slips.yaml"),
        "-o", str(page), "--lang", "fr", "--today", TODAY, env=moment,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    html = page.read_text(encoding="utf-8")
    rows = re.findall(
        r'<tr><td><a href="#(fiche-[0-9a-f]+-\d+)">([^<]*)</a></td><td>([^<]*)</td>'
        r'<td class="status-(\w+)">([^<]*)</td></tr>',
        html,
    )
    assert rows and all(f'id="{anchor}"' in html for anchor, *_ in rows)
    statuses = {status: said for *_, status, said in rows}
    assert statuses["findings"] == "constats" and statuses["aside"] == "non évalué"
    assert any(role == "responsable du traitement" for _, _, role, _, _ in rows)
    # violations.yaml's waivers, with their reason, approver and days left.
    waivers = html.split('<table class="waivers">', 1)[1].split("</table>", 1)[0]
    assert "Durée contractuelle en cours de renégociation" in waivers and "DPO" in waivers
    assert "<td>RET-002</td><td>crm</td>" in waivers and "<td>219</td>" in waivers
    assert "tout le registre" in waivers  # a waiver with no activity covers the register
    assert "size: A4" in html and "2 fichiers" in html
    again = run_cli(
        "report", str(REGISTERS / "violations.yaml"), str(REGISTERS / "slips.yaml"),
        "-o", str(tmp_path / "again.html"), "--lang", "fr", "--today", TODAY, env=moment,
    )  # fmt: skip
    assert again.returncode == 0
    assert (tmp_path / "again.html").read_text(encoding="utf-8") == html  # deterministic


def test_report_compare_marks_new_unchanged_and_fixed(tmp_path):
    text = (EXAMPLES / "certilience.yaml").read_text(encoding="utf-8")
    register = write(tmp_path / "certilience.yaml", text)
    before = run_cli("check", "-f", "json", "--today", TODAY, str(register))
    previous = write(tmp_path / "previous.json", before.stdout)
    # Since then: the connection logs got their rights (RGT-001 fixed), and the
    # first purpose lost its basis (LB-001 new, and RGT-004: portability no
    # longer rests on a contract).
    changed = text.replace(
        "  - id: journaux-connexion\n", "  - id: journaux-connexion\n    rights: [access]\n", 1
    ).replace("        legal_basis: contract\n", "", 1)
    register.write_text(changed, encoding="utf-8")
    page = tmp_path / "rapport.html"
    proc = run_cli(
        "report", str(register), "-o", str(page), "--compare", str(previous),
        "--today", TODAY, "--lang", "fr",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    html = page.read_text(encoding="utf-8")
    row = re.search(r"Depuis le rapport précédent</th><td>([^<]*)</td>", html).group(1)
    new, unchanged, fixed = (int(n) for n in re.findall(r": (\d+)", row))
    assert (new, fixed) == (2, 1) and unchanged > 5
    assert "RGT-001" in html.split('class="fixed-since"', 1)[1].split("</ul>", 1)[0]
    bad = write(tmp_path / "bad.json", '{"findings": [1]}')
    refused = run_cli("report", str(register), "-o", str(page), "--compare", str(bad))
    assert refused.returncode == 2 and "is not the JSON result" in refused.stderr


def _statuses(html: str) -> dict:
    rows = re.findall(r'<td class="status-(\w+)">([^<]*)</td></tr>', html)
    return dict(rows)


def test_an_activity_without_finding_is_not_called_compliant(tmp_path):
    """Issue 31: the tool cannot conclude that an activity complies. French
    says « aucun constat », and under a law that applies only some rules
    (Monaco: JUR-001) it says the rules applied found nothing."""
    register = (ROOT / "examples" / "compliant.yaml").read_text(encoding="utf-8")
    for country, expected in (("FR", "aucun constat"), ("MC", "aucun constat parmi les règles")):
        path = write(
            tmp_path / f"{country}.yaml", register.replace("country: FR", f"country: {country}", 1)
        )
        page = tmp_path / f"{country}.html"
        proc = run_cli("report", str(path), "-o", str(page), "--lang", "fr", "--today", TODAY)
        assert proc.returncode == 0, proc.stderr
        html = page.read_text(encoding="utf-8")
        assert "conforme" not in html.lower().replace("non conforme", "")
        said = [s for k, s in _statuses(html).items() if k.startswith("ok")]
        assert said and all(s.startswith(expected) for s in said), _statuses(html)


def test_the_report_under_a_baseline_says_the_known_findings(tmp_path):
    """Issue 34: with a baseline, the report said « Aucun constat » on every
    fiche of a register with errors. A baselined finding is known, not fixed:
    its activity says so and its fiche lists it apart from the new ones."""
    register = write(tmp_path / "r.yaml", (EXAMPLES / "certilience.yaml").read_text())
    base = tmp_path / "base.json"
    done = run_cli("baseline", "write", str(base), str(register), "--today", TODAY)
    assert done.returncode == 0, done.stderr
    page = tmp_path / "r.html"
    proc = run_cli(
        "report", str(register), "--baseline", str(base), "-o", str(page),
        "--lang", "fr", "--today", TODAY,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    html = page.read_text(encoding="utf-8")
    statuses = re.findall(r'<td class="status-(\w+)">([^<]*)</td></tr>', html)
    assert statuses and {key for key, _ in statuses} == {"known"}, statuses
    assert all(said == "constats connus, non corrigés (référence)" for _, said in statuses)
    assert html.count("Constats connus, non corrigés (dans la référence)") == len(statuses)
    fiches = re.findall(r'<section class="activity[^"]*"[^>]*>.*?</section>', html, re.S)
    assert len(fiches) == len(statuses)
    assert not [f for f in fiches if "Aucun constat" in f]


def test_junit_parses_whatever_the_register_holds(tmp_path):
    """Issue 32: U+FFFE (or U+FFFF) in a register's text broke the JUnit
    report, which XML 1.0 cannot carry: shown as <U+FFFE>, the report parses."""
    import xml.etree.ElementTree as ET

    from conftest import REGISTERS, run_cli, write

    text = (
        (REGISTERS / "minimal.yaml")
        .read_text(encoding="utf-8")
        .replace("name: Gestion de la paie", 'name: "Paie \\uFFFE \\uFFFF"')
        .replace("        legal_basis: legal_obligation\n", "")
    )
    path = write(tmp_path / "r.yaml", text)
    done = run_cli("check", "-f", "junit", str(path))
    assert done.returncode in (0, 1), done.stderr
    root = ET.fromstring(done.stdout)
    assert any("<U+FFFE>" in t for t in root.itertext())


def test_the_fiche_shows_what_an_activity_takes_from_the_register(tmp_path):
    """The auditor's fiche shows the rights and the review date an activity
    takes from the register, as the rules judged it — not « not filled in »."""
    target = tmp_path / "r.html"
    proc = run_cli("check", "-f", "html", "-o", str(target), "--lang", "fr", "--today", TODAY,
                   str(REGISTERS / "register-wide.yaml"))  # fmt: skip
    assert proc.returncode in (0, 1), proc.stderr
    page = target.read_text(encoding="utf-8")
    fiche = page[page.index("Gestion de la paie") :]
    assert "opposition" in fiche and "rectification" in fiche
    assert "2025-01-10" in fiche or "10 janvier 2025" in fiche


def test_the_report_names_the_jurisdiction_the_policy_chose(tmp_path, opa_bin):
    """Which law judges a register is decided once, by the policy
    (rules/lib/law.rego): the report's page one names what it chose —
    --jurisdiction over the organisation's own, its `jurisdiction` over its
    country — on both engines."""
    monaco = str(EXAMPLES / "monaco-clients-prospects.yaml")

    def named(*args):
        target = tmp_path / "r.html"
        proc = run_cli("check", "-f", "html", "-o", str(target), "--today", TODAY, *args)
        assert proc.returncode in (0, 1), proc.stderr
        row = re.search(r"<th>Jurisdictions</th><td>([^<]*)</td>", target.read_text("utf-8"))
        return row.group(1)

    assert named(monaco) == "MC"
    assert named("--jurisdiction", "FR", monaco) == "FR"
    opa = ("--engine", "opa", "--opa-bin", opa_bin)
    assert named(*opa, "--jurisdiction", "FR", monaco) == "FR"


def test_the_fiche_is_the_cnil_layouts_lines():
    """Issue 35: the CNIL fiche is described once, by its layout. Each field
    the layout writes is a line of the report's fiche, in the layout's order
    and under its title, or names the fiche (its heading), or is a line of
    the model with no rule behind it (x-)."""
    from linter.load.sheets.layout import built_in
    from linter.report.fiche import _SHOWN, HEADING, lines

    written = [c.segments[0][0] for c in built_in("cnil").columns if c.write]
    assert all(f in _SHOWN or f in HEADING or f.startswith("x-") for f in written), written
    assert [key for key, _, _ in lines()] == list(dict.fromkeys(f for f in written if f in _SHOWN))
    assert {key for key, _, _ in lines()} == set(_SHOWN)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_report_shows_each_fiche_line_the_layout_gives(tmp_path, lang):
    """A joint controller (Art. 26) was missing from the fiche while the
    layout had its line: now the layout's lines are the fiche's, titled in
    the report's language, in the model's order."""
    from linter.report.fiche import lines

    target = tmp_path / "r.html"
    proc = run_cli("check", "-f", "html", "-o", str(target), "--lang", lang, "--today", TODAY,
                   str(REGISTERS / "violations.yaml"))  # fmt: skip
    assert proc.returncode in (0, 1), proc.stderr
    page = target.read_text(encoding="utf-8")
    fiche = page[page.index("<h3>Jeu-concours avec un partenaire") :]
    fiche = fiche[: fiche.index("</table>")]
    titles = re.findall(r"<tr><th>([^<]*)</th>", fiche)
    expected = [fr if lang == "fr" else en for _, fr, en in lines()]
    shown = [t.replace("&#39;", "'") for t in titles]
    assert shown == [t for t in expected if t in shown]
    joint = "Nom du responsable conjoint du traitement" if lang == "fr" else "Joint controllers"
    assert joint in shown and "Marque partenaire" in fiche
