package ropa.rules.marketing.phone_opt_in_test

import data.ropa.rules.marketing.phone_opt_in

_reg := {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "marketing": {"channels": ["phone"]}, "purposes": [{"type": "prospecting", "legal_basis": "legitimate_interests"}]}]}

test_after_the_date_fires if {
	findings := phone_opt_in.report with input as _reg
		with data.ropadata.context.today as "2026-11-23"
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legal_basis"]}
}

test_before_the_date_passes if {
	count(phone_opt_in.report) == 0 with input as _reg
		with data.ropadata.context.today as "2026-08-10"
}

_with_marketing(marketing) := {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "marketing": marketing, "purposes": [{"type": "prospecting", "legal_basis": "legitimate_interests"}]}]}

test_the_date_is_written_in_words if {
	some finding in phone_opt_in.report with input as _reg
		with data.ropadata.context.today as "2026-11-23"
	contains(finding.message.fr, "depuis le 11 août 2026")
	contains(finding.message.en, "since 11 August 2026")
}

test_calls_about_a_contract_in_progress_need_no_consent if {
	count(phone_opt_in.report) == 0 with input as _with_marketing({"channels": ["phone"], "current_contract": true})
		with data.ropadata.context.today as "2026-11-23"
}

test_calling_customers_only_is_a_warning if {
	some finding in phone_opt_in.report with input as _with_marketing({"channels": ["phone"], "existing_customers_only": true})
		with data.ropadata.context.today as "2026-11-23"
	finding.severity == "warning"
	contains(finding.message.fr, "contrat en cours")
}
