"""The register's fields as one table (issue 35): the schema lists an
activity's fields; the CNIL layout gives each the line it has in the model;
the report's fiche shows the layout's lines; what the model has no line for
is carried by the sheet « Compléments ». A field added to the schema is held
here to have its place in each, without a hand-kept list: given a line in
the layout, it must be shown on the fiche (fiche._SHOWN); given none, it must
come back from the workbook."""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import EXAMPLES, ROOT, run_cli

SCHEMA = json.loads((ROOT / "schemas" / "register.schema.json").read_text(encoding="utf-8"))
ACTIVITY_FIELDS = list(SCHEMA["$defs"]["activity"]["properties"])

# A value for a field no example carries, for the round trip below.
_MADE_UP = {"criminal_data_basis": "Art. 10 RGPD : autorisé par la loi n° 78-17, art. 46"}


def _an_example_value(field: str):
    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for activity in data.get("activities") or []:
            if isinstance(activity, dict) and field in activity:
                return activity[field]
    return _MADE_UP[field]


def _written_by_the_model() -> set:
    from linter.load.sheets.layout import built_in

    return {c.segments[0][0] for c in built_in("cnil").columns if c.write}


@pytest.mark.parametrize("field", ACTIVITY_FIELDS)
def test_each_field_the_model_has_a_line_for_is_on_the_fiche(field):
    from linter.report.fiche import _SHOWN, HEADING, lines

    if field in _written_by_the_model():
        assert field in {key for key, _, _ in lines()} or field in HEADING, field
    else:
        # No line in the model: not invented on the report's fiche either.
        assert field not in _SHOWN, field


@pytest.mark.parametrize("field", [f for f in ACTIVITY_FIELDS if f not in _written_by_the_model()])
def test_each_field_the_model_has_no_line_for_comes_back_from_its_workbook(field, tmp_path):
    """The sheet « Compléments » carries it: convert to the CNIL workbook and
    back gives the field as written."""
    register = yaml.safe_load((EXAMPLES / "compliant.yaml").read_text(encoding="utf-8"))
    register.pop("include", None)
    activity = register["activities"][0]
    activity[field] = _an_example_value(field)
    source = tmp_path / "r.yaml"
    source.write_text(yaml.safe_dump(register, allow_unicode=True), encoding="utf-8")
    book, back = tmp_path / "r.xlsx", tmp_path / "back.yaml"
    for a, b in ((source, book), (book, back)):
        proc = run_cli("convert", str(a), str(b))
        assert proc.returncode == 0, proc.stderr
    again = yaml.safe_load(back.read_text(encoding="utf-8"))
    assert again["activities"][0][field] == activity[field]


# The third place of a field, its words: every value the schema lists has its
# English and French label (tests/test_vocabulary.py, over the schema too).
