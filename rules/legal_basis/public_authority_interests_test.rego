package ropa.rules.legal_basis.public_authority_interests_test

import data.ropa.rules.legal_basis.public_authority_interests

_reg(kind, basis) := {
	"organization": {"country": "FR", "kind": kind},
	"activities": [{"id": "a", "name": "Vidéoprotection", "role": "controller", "purposes": [{"description": "Sécurité", "legal_basis": basis}]}],
}

test_a_public_authority_on_legitimate_interests_fires if {
	findings := public_authority_interests.report with input as _reg("public_authority", "legitimate_interests")
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legal_basis"]}
}

test_a_public_authority_on_its_public_task_passes if {
	count(public_authority_interests.report) == 0 with input as _reg("public_authority", "public_task")
}

test_a_company_on_legitimate_interests_passes if {
	count(public_authority_interests.report) == 0 with input as _reg("company", "legitimate_interests")
}

test_an_organisation_without_kind_passes if {
	count(public_authority_interests.report) == 0 with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"legal_basis": "legitimate_interests"}]}]}
}

test_a_processor_is_not_judged if {
	count(public_authority_interests.report) == 0 with input as {"organization": {"kind": "public_authority"}, "activities": [{"id": "a", "role": "processor", "purposes": [{"legal_basis": "legitimate_interests"}]}]}
}
