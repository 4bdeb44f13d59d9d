"""The schema implements the spec, and speaks to a DPO."""

from __future__ import annotations

import copy

import pytest
from conftest import EXAMPLES, REGISTERS

from linter.load.loader import load_file, load_text
from linter.pack.rulepack import load_pack
from linter.schema.validate import validate


def base() -> dict:
    return copy.deepcopy(load_file(str(REGISTERS / "minimal.yaml")).data)


def errors(data: dict) -> list:
    doc = load_text("{}", "r.yaml")
    doc.data = data
    return validate(doc).findings


def test_minimal_register_is_valid():
    assert errors(base()) == []


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_examples_have_no_type_errors(path):
    doc = load_file(str(path))
    validation = validate(doc, load_pack().covers)
    assert validation.slips == [], [f.message["en"] for f in validation.findings]


def test_enum_message_names_field_allowed_values_and_value():
    data = base()
    data["activities"][0]["purposes"][0]["legal_basis"] = "intérêt légitime"
    (f,) = errors(data)
    assert f.rule == "SCH-005"
    # A French word for a format word: the format's word is suggested.
    assert f.message["en"].startswith("`legal_basis` must be one of the format's words")
    assert "got `intérêt légitime`: did you mean `legitimate_interests`?" in f.message["en"]
    assert "(allowed: consent, contract," in f.message["en"]
    assert f.path == ("activities", 0, "purposes", 0, "legal_basis")


def test_unknown_field_suggests_the_right_one():
    data = base()
    data["activities"][0]["purposes"][0]["legalbasis"] = "contract"
    msgs = [f.message["en"] for f in errors(data)]
    assert any("unknown field `legalbasis`" in m and "`legal_basis`" in m for m in msgs)


def test_x_extensions_are_allowed():
    data = base()
    data["activities"][0]["x-internal-ref"] = "T-42"
    assert errors(data) == []


@pytest.mark.parametrize(
    ("mutate", "missing"),
    [
        (lambda a: a.update(role="processor"), "controllers"),
        (lambda a: a.update(role="joint_controller"), "joint_controllers"),
        (
            lambda a: a["purposes"][0].update(legal_basis="legitimate_interests"),
            "legitimate_interest",
        ),
        (lambda a: a["purposes"][0].update(legal_basis="consent"), "consent"),
        (lambda a: a["purposes"][0].pop("legal_obligation"), "legal_obligation"),
        (lambda a: a["purposes"][0].pop("legal_basis"), "legal_basis"),
        (
            lambda a: a["data_categories"][0].update(special_category="health"),
            "special_category_condition",
        ),
        (lambda a: a["data_categories"][0].update(criminal=True), "criminal_data_basis"),
        (
            lambda a: a["transfers"].append(
                {"recipient": "X", "country": "US", "safeguard": "derogation"}
            ),
            "derogation",
        ),
        (
            lambda a: a["transfers"].append(
                {
                    "recipient": "X",
                    "country": "US",
                    "safeguard": "derogation",
                    "derogation": "compelling_legitimate_interests",
                }
            ),
            "documentation",
        ),
    ],
)
def test_conditional_requirements(mutate, missing):
    data = base()
    mutate(data["activities"][0])
    found = errors(data)
    assert [f.rule for f in found] == ["SCH-003"], [f.message["en"] for f in found]
    assert f"required field `{missing}`" in found[0].message["en"]
    assert found[0].path[-1] == missing


def test_processor_purposes_need_no_basis():
    data = base()
    act = data["activities"][0]
    act.update(role="processor", controllers=[{"name": "Client"}])
    act["purposes"][0].pop("legal_basis")
    act["purposes"][0].pop("legal_obligation")
    assert errors(data) == []


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("active", "3 ans", "ISO 8601 duration"),
        ("active", "P", "ISO 8601 duration"),
    ],
)
def test_duration_messages(field, value, words):
    data = base()
    data["activities"][0]["data_categories"][0]["retention"][field] = value
    (f,) = errors(data)
    assert words in f.message["en"] and f"got `{value}`" in f.message["en"]


def test_country_and_date_messages():
    data = base()
    data["organization"]["country"] = "France"
    data["activities"][0]["last_review"] = "2025-02-30"
    msgs = sorted(f.message["en"] for f in errors(data))
    assert "ISO 3166-1 alpha-2" in msgs[0] and "got `France`" in msgs[0]
    assert "YYYY-MM-DD" in msgs[1] and "2025-02-30" in msgs[1]


def test_yes_for_a_boolean_explains_yaml12():
    data = base()
    data["activities"][0]["dpia"] = {"performed": "yes"}
    (f,) = errors(data)
    assert "true or false" in f.message["en"] and "got `yes`" in f.message["en"]
    (slip,) = validate(_doc(data)).slips
    assert slip.path == ("activities", 0, "dpia", "performed") and not slip.unknown


def _doc(data):
    doc = load_text("{}", "r.yaml")
    doc.data = data
    return doc


def test_retention_with_only_a_description_is_accepted_by_the_schema():
    data = base()
    data["activities"][0]["data_categories"][0]["retention"] = {
        "description": "le temps nécessaire"
    }
    assert errors(data) == []


def test_french_messages():
    data = base()
    data["activities"][0]["purposes"][0]["legal_basis"] = "intérêt légitime"
    (f,) = errors(data)
    assert "vouliez-vous dire `legitimate_interests` ?" in f.message["fr"]


def test_generated_validators_are_kept_and_reused(tmp_path, monkeypatch):
    import fastjsonschema

    from linter.schema.validate import _fast

    monkeypatch.setenv("ROPA_CACHE_DIR", str(tmp_path))
    definition = {"type": "object", "properties": {"d": {"type": "string", "format": "date"}}}
    check = _fast(definition)
    (kept,) = tmp_path.glob("validator-*.marshal")
    assert check({"d": "2026-02-28"}) == {"d": "2026-02-28"}

    def never(*args, **kw):
        raise AssertionError("generated again instead of read from the cache")

    monkeypatch.setattr(fastjsonschema, "compile_to_code", never)
    again = _fast(definition)  # read from the cache
    with pytest.raises(fastjsonschema.JsonSchemaException):
        again({"d": "2026-02-30"})  # the date format still applies
    # A file that others could have written is never executed: generated again.
    kept.chmod(0o666)
    with pytest.raises(AssertionError, match="generated again"):
        _fast(definition)


# -- what the pre-check is compiled from ----------------------------------------


def _verdicts(schema: dict, values: list) -> list[bool]:
    """The pre-check's verdicts, compiled as the linter compiles it."""
    from linter.schema.validate import _draft7, _fast, passes

    check = _fast(_draft7({**schema, "$defs": {}}))
    return [passes(check, v) for v in values]


def test_a_one_of_over_overlapping_types_still_rejects_a_value_both_take():
    from linter.schema.validate import _one_of_as_any_of

    overlapping = {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 0}]}
    disjoint = {"oneOf": [{"enum": ["a", "b"]}, {"type": "object", "required": ["m"]}]}
    kept, turned = copy.deepcopy(overlapping), copy.deepcopy(disjoint)
    _one_of_as_any_of(kept, {})
    _one_of_as_any_of(turned, {})
    assert "oneOf" in kept and "anyOf" in turned
    # 3 satisfies both branches: exactly one is required, so it fails.
    assert _verdicts(overlapping, [3, -3, 2.5, "x"]) == [False, True, True, False]
    assert _verdicts(disjoint, ["a", "c", {"m": 1}, {}, 1]) == [True, False, True, False, False]


def test_a_condition_a_cover_emptied_is_dropped_and_one_that_still_requires_is_kept():
    from linter.schema.covers import covered_schema, published

    def conditions(schema):
        found = []

        def walk(node):
            if isinstance(node, dict):
                if "if" in node:
                    found.append(node)
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(schema)
        return found

    before = conditions(published())
    after = conditions(covered_schema(load_pack().covers))
    assert after and len(after) < len(before)
    # What is left still requires something (the transfer's derogation, ...).
    assert all(node.get("then") or node.get("else") for node in after)
