package ropa.lib.vocabulary_test

test_a_date_as_a_reader_writes_it if {
	data.ropa.lib.vocabulary.date("2026-08-11") == {"en": "11 August 2026", "fr": "11 août 2026"}
	data.ropa.lib.vocabulary.date("2025-01-01") == {"en": "1 January 2025", "fr": "1er janvier 2025"}
	data.ropa.lib.vocabulary.date("2024-12-09").fr == "9 décembre 2024"
}

test_a_label_with_its_article if {
	data.ropa.lib.vocabulary.the("legal_basis", "legitimate_interests") == {"en": "legitimate interests", "fr": "l'intérêt légitime"}
	data.ropa.lib.vocabulary.the("channel", "email") == data.ropa.lib.vocabulary.label("channel", "email")
}

test_a_country_by_its_name if {
	data.ropa.lib.vocabulary.country("MA") == {"en": "Morocco", "fr": "Maroc"}
	data.ropa.lib.vocabulary.country("XX") == {"en": "XX", "fr": "XX"}
}
