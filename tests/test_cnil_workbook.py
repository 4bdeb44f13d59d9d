"""The CNIL's own register workbook, read as the CNIL wrote it (issue 33).

The file is the CNIL's published « registre simplifié »
(registre-traitement-simplifie.ods), in two saves (2020 and 2024) kept in
tests/vendor with their source (tests/vendor/README.md). The blank model must
give no activity; its filled example (« 4 - Exemple de fiche ») must give one,
with everything it says; a copy filled in as a DPO would (with odfdo, on the
real file) must give the findings a DPO expects and none invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, check_json

from linter.load.sheets import load_register

VENDOR = ROOT / "tests" / "vendor"
# The 2024 save differs in one drop-down of the example: its third security
# measure reads « Autres mesures (à préciser) ».
SAVES = {
    "cnil-registre-traitement-simplifie.ods": "access_control",
    "cnil-registre-traitement-simplifie-2024.ods": "other",
}


def _model(name: str = next(iter(SAVES))) -> Path:
    return VENDOR / name


def test_the_saves_are_the_published_files_unchanged():
    import hashlib

    digests = {name: hashlib.sha256((VENDOR / name).read_bytes()).hexdigest()[:8] for name in SAVES}
    assert digests == {
        "cnil-registre-traitement-simplifie.ods": "fe736302",
        "cnil-registre-traitement-simplifie-2024.ods": "b7e3f2da",
    }


@pytest.mark.parametrize("save", SAVES)
def test_the_model_gives_its_example_and_nothing_invented(save):
    doc = load_register(str(_model(save)))
    # Not the list's headings, not the blank fiche, not the drop-down lists.
    assert [a["name"] for a in doc.data["activities"]] == ["Gestion de la paie"]
    org = doc.data["organization"]
    assert org["country"] == "FR"  # the controller's « Pays : France », not « Zone »
    assert org["name"] == "Louise DUPONT"
    assert org["dpo"] == {
        "name": "Martin HENRI",
        "address": "1 rue Rivoli 75001 Paris",
        "email": "exemple2@ets.com",  # a mailto: link cell, read as the text it shows
        "phone": "01 xx xx xx xx",
    }
    paie = doc.data["activities"][0]
    assert paie["x-reference"] == "1 - Exemple" and paie["id"] == "1-exemple"
    assert paie["last_review"] == "2019-05-13"
    assert [c.get("name") for c in paie["data_categories"]] == [
        "identity", "financial", "Numéro de Sécurité Sociale (ou NIR)",
    ]  # fmt: skip
    nir = paie["data_categories"][2]
    assert nir["national_id"] is True
    assert nir["retention"] == {
        "active": "P5Y", "description": "5 ans à compter du versement de la paie",
    }  # fmt: skip
    assert paie["data_subjects"] == ["employees"]
    assert paie["transfers"] == [{
        "recipient": "Banque d'Andorre", "country": "AD", "safeguard": "scc",
        "documentation": "Contrat en date du 23/01/2018",
    }]  # fmt: skip
    assert [r.get("type") for r in paie["recipients"]] == ["internal", "controller", None]
    assert paie["recipients"][2]["x-type"].startswith("Destinataires dans des pays tiers")
    assert paie["security_measures"] == [
        {"measure": "other", "description": "Mesures de protection des logiciels"},
        "backup", SAVES[save],
    ]  # fmt: skip
    # The model has no purpose type: « paie » names one, the others stay untyped.
    assert [p.get("type") for p in paie["purposes"]] == ["payroll", "payroll", None, None]
    assert doc.cells[("activities", 0, "data_categories", 2, "national_id")].ref == (
        "'4_-_Exemple_de_fiche'!A23"
    )


def test_the_example_gets_the_findings_a_dpo_expects(opa_bin):
    for extra in ((), ("--engine", "opa", "--opa-bin", opa_bin)):
        _, report = check_json(*extra, "--lang", "fr", str(_model()))
        found = sorted((f["rule"], f["severity"], f["cell"]) for f in report["findings"])
        assert found == [
            ("HYG-002", "warning", "'4_-_Exemple_de_fiche'!B7"),  # reviewed in 2019
            ("HYG-010", "error", "'4_-_Exemple_de_fiche'!G10"),  # « 01 xx xx xx xx »
            ("HYG-010", "error", "'4_-_Exemple_de_fiche'!G11"),
            ("LB-001", "warning", "'4_-_Exemple_de_fiche'!B15"),  # the model asks no basis
            ("LB-001", "warning", "'4_-_Exemple_de_fiche'!B16"),
            ("LB-001", "warning", "'4_-_Exemple_de_fiche'!B17"),
            ("LB-001", "warning", "'4_-_Exemple_de_fiche'!B18"),
            ("RGT-001", "warning", "'4_-_Exemple_de_fiche'!A1"),
        ], found
        assert report["summary"]["not_evaluated"] == []


def _filled(tmp_path: Path) -> Path:
    """The real model, filled in on its own sheets as a DPO of a small shop
    would: a video fiche with faults, and a list row with no fiche."""
    from odfdo import Document

    doc = Document(str(_model()))
    tables = {t.name: t for t in doc.body.get_tables()}
    fiche = tables["3_-_Modèle_de_fiche_de_registre"]
    cells = {
        "B4": "Vidéoprotection du magasin",
        "B7": "2026-10-01",
        "B10": "Boulangerie Martin",
        "C10": "3 place du Marché",
        "D10": "69002",
        "E10": "Lyon",
        "F10": "France",
        "G10": "04 78 00 00 00",
        "H10": "contact@boulangerie-martin.fr",
        "B17": "Vidéoprotection des locaux contre le vol",
        "B25": "Images des clients et des salariés",
        "E25": "6 mois",
        "B39": "Non concerné",  # santé: an answer that there is none
        "B44": "Clients",
        "B45": "Salariés",
        "B48": "Sous-traitants",
        "E48": "Société de télésurveillance",
        "B54": "Password/encryption",  # prose where the list has no such word
        "B59": "Télésurveillance US Inc.",
        "C59": "Etats-Unis",
        "D59": "Privacy shield",
    }
    for ref, value in cells.items():
        fiche.set_value(ref, value)
    listing = tables["2_-_Liste_des_traitements"]
    for ref, value in {"A10": "Vidéoprotection du magasin", "B10": "ref-001", "H10": "Oui",
                       "A11": "Gestion des prospects", "B11": "ref-002", "H11": "Non",
                       "E11": "Prospection commerciale par courriel"}.items():  # fmt: skip
        listing.set_value(ref, value)
    out = tmp_path / "registre-boulangerie.ods"
    doc.save(str(out))
    return out


def test_a_copy_filled_in_by_a_dpo_is_judged_activity_by_activity(tmp_path, opa_bin):
    path = _filled(tmp_path)
    doc = load_register(str(path))
    names = [a.get("name") for a in doc.data["activities"]]
    assert names == ["Vidéoprotection du magasin", "Gestion de la paie", "Gestion des prospects"]
    video = doc.data["activities"][0]
    assert video["purposes"] == [
        {"description": "Vidéoprotection des locaux contre le vol", "type": "video_surveillance"}
    ]
    assert [c["name"] for c in video["data_categories"]] == ["identity"]  # santé: none
    assert video["security_measures"] == [
        {"measure": "other", "description": "Password/encryption"}
    ]
    assert video["transfers"][0]["safeguard"] == "none"  # the Privacy Shield fell in 2020
    for extra in ((), ("--engine", "opa", "--opa-bin", opa_bin)):
        _, report = check_json(*extra, "--lang", "fr", str(path))
        at = {(f["rule"], f["cell"]) for f in report["findings"]}
        fiche = "'3_-_Modèle_de_fiche_de_registre'!"
        # Images kept 6 months: a legal maximum of one month (C. sécurité intérieure L252-5).
        assert ("RET-002", fiche + "E25") in at
        # A US transfer on the Privacy Shield rests on no safeguard.
        assert ("TRF-001", fiche + "D59") in at
        # The list says « Oui » to sensitive data; the fiche names none.
        assert ("SCH-003", "'2_-_Liste_des_traitements'!H10") in at
        # The prospects: only a list row, so the fiche's elements are missing.
        assert {r for r, c in at if c.startswith("'2_-_Liste_des_traitements'!A11")} >= {
            "COMP-003", "COMP-004",
        }  # fmt: skip
        # Prose is kept, never a reason to set an activity aside.
        assert not [f for f in report["findings"] if f["rule"] == "SCH-005"]
        assert report["summary"]["not_evaluated"] == []
        cells = {f["cell"] for f in report["findings"] if f["rule"] == "RET-002"}
        assert all(c.startswith(fiche) for c in cells)
