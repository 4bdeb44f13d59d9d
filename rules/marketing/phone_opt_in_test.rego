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
