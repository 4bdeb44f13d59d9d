package ropa.rules.marketing.trackers_without_consent_test

import data.ropa.rules.marketing.trackers_without_consent

_site(purposes) := {"activities": [{"id": "site", "role": "controller", "purposes": purposes}]}

test_advertising_cookies_on_legitimate_interests_fire if {
	findings := trackers_without_consent.report with input as _site([{"description": "Cookies publicitaires", "type": "cookies", "legal_basis": "legitimate_interests"}])
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legal_basis"]}
}

test_cookies_of_a_marketing_activity_fire if {
	count(trackers_without_consent.report) == 1 with input as _site([
		{"description": "Mesure", "type": "cookies", "legal_basis": "legitimate_interests"},
		{"description": "Prospection", "type": "prospecting", "legal_basis": "consent"},
	])
}

test_advertising_cookies_on_consent_pass if {
	count(trackers_without_consent.report) == 0 with input as _site([{"description": "Cookies publicitaires", "type": "cookies", "legal_basis": "consent"}])
}

test_strictly_necessary_cookies_pass if {
	count(trackers_without_consent.report) == 0 with input as _site([{"description": "Cookies de session", "type": "cookies", "legal_basis": "legitimate_interests"}])
}
