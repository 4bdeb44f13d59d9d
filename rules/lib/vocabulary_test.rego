package ropa.lib.vocabulary_test

test_a_date_as_a_reader_writes_it if {
	data.ropa.lib.vocabulary.date("2026-08-11") == {"en": "11 August 2026", "fr": "11 août 2026"}
	data.ropa.lib.vocabulary.date("2025-01-01") == {"en": "1 January 2025", "fr": "1er janvier 2025"}
	data.ropa.lib.vocabulary.date("2024-12-09").fr == "9 décembre 2024"
}
