package ropa.rules.rights.objection_missing_test

import data.ropa.rules.rights.objection_missing

test_li_without_objection_fires if {
	findings := objection_missing.report with input as {"activities": [{"id": "a", "role": "controller", "rights": ["access"], "purposes": [{"legal_basis": "legitimate_interests"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "rights"]}
}

test_prospecting_without_objection_fires if {
	findings := objection_missing.report with input as {"activities": [{"id": "a", "role": "controller", "rights": ["access"], "purposes": [{"type": "prospecting", "legal_basis": "consent"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "rights"]}
}

test_objection_offered_passes if {
	count(objection_missing.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "rights": ["access", "objection"], "purposes": [{"legal_basis": "legitimate_interests"}]}]}
}

test_contract_only_passes if {
	count(objection_missing.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "rights": ["access"], "purposes": [{"legal_basis": "contract"}]}]}
}

test_objection_offered_by_the_organisation_passes if {
	register := {"organization": {"rights": ["objection"]}, "activities": [{"id": "a", "role": "controller", "rights": ["access"], "purposes": [{"legal_basis": "legitimate_interests"}]}]}
	count(objection_missing.report) == 0 with input as register
}
