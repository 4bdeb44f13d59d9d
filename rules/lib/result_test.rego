package ropa.lib.result_test

test_one_argument_list_fills_both_languages if {
	data.ropa.lib.result.finding(["activities", 0, "dpia"], "Activity \"%s\": %d", "Activité « %s » : %d", ["crm", 2]) == {
		"path": ["activities", 0, "dpia"],
		"message": {"en": "Activity \"crm\": 2", "fr": "Activité « crm » : 2"},
	}
}

test_a_word_in_each_language if {
	found := data.ropa.lib.result.finding(["organization"], "no %s", "pas de %s", [{"en": "contact", "fr": "coordonnées"}])
	found.message == {"en": "no contact", "fr": "pas de coordonnées"}
}

test_listing if {
	data.ropa.lib.result.listing(["a"], "en") == "a"
	data.ropa.lib.result.listing(["a", "b", "c"], "en") == "a, b and c"
	data.ropa.lib.result.listing(["a", "b"], "fr") == "a et b"
	data.ropa.lib.result.words([["proof", "preuve"], ["date", "date"]]) == {"en": "proof and date", "fr": "preuve et date"}
}
