package ropa.rules.transfer.clauses_authorisation_test

import data.ropa.rules.transfer.clauses_authorisation

_register(country, transfer) := {
	"organization": {"country": country},
	"activities": [{"id": "crm", "transfers": [transfer]}],
}

_us := {"recipient": "Hosting Inc.", "country": "US", "safeguard": "scc"}

test_monaco_scc_without_authorisation_fires if {
	some finding in clauses_authorisation.report with input as _register("MC", _us)
	finding.path == ["activities", 0, "transfers", 0, "safeguard"]
	contains(finding.message.en, "Law No. 1.565, Art. 98 and 100")
	contains(finding.message.fr, "loi n° 1.565, art. 98 et 100")
}

test_monaco_scc_with_authorisation_passes if {
	count(clauses_authorisation.report) == 0 with input as _register("MC", object.union(_us, {"authorisation": "APDP délib. n° 2025-002"}))
}

test_monaco_scc_to_eu_member_passes if {
	count(clauses_authorisation.report) == 0 with input as _register("MC", object.union(_us, {"country": "IT"}))
}

test_gdpr_scc_passes if {
	count(clauses_authorisation.report) == 0 with input as _register("FR", _us)
}

test_clauses_the_apdp_approved_pass if {
	count(clauses_authorisation.report) == 0 with input as _register("MC", object.union(_us, {"documentation": "Clauses approuvées par l'APDP"}))
}
