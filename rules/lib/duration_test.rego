package ropa.lib.duration_test

test_years_equal_months if {
	data.ropa.lib.duration.days("P1Y") == data.ropa.lib.duration.days("P12M")
	data.ropa.lib.duration.months("P3Y") == 36
}

test_mixed if data.ropa.lib.duration.months("P1Y6M") == 18

test_days_and_weeks if {
	data.ropa.lib.duration.days("P30D") == 30
	data.ropa.lib.duration.days("P2W") == 14
}

test_longer if {
	data.ropa.lib.duration.longer("P400D", "P13M")
	not data.ropa.lib.duration.longer("P13M", "P13M")
	not data.ropa.lib.duration.longer("P1Y", "P12M")
}

test_not_a_duration if not data.ropa.lib.duration.days("3 ans")

test_not_a_string if not data.ropa.lib.duration.days(3)

test_time_part_is_below_a_day if data.ropa.lib.duration.days("P1DT12H") == 1

test_zero if data.ropa.lib.duration.days("P0D") == 0

test_words if {
	data.ropa.lib.duration.words("P3Y") == {"en": "3 years", "fr": "3 ans"}
	data.ropa.lib.duration.words("P1Y6M") == {"en": "1 year and 6 months", "fr": "1 an et 6 mois"}
	data.ropa.lib.duration.words("P25M") == {"en": "25 months", "fr": "25 mois"}
	data.ropa.lib.duration.words("P1D") == {"en": "1 day", "fr": "1 jour"}
	data.ropa.lib.duration.words("P0D") == {"en": "0 days", "fr": "0 jour"}
	data.ropa.lib.duration.words("le temps nécessaire") == {"en": "le temps nécessaire", "fr": "le temps nécessaire"}
}
