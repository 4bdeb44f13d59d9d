package ropa.lib.duration_test

import data.ropa.lib.duration

test_years_equal_months if {
	duration.days("P1Y") == duration.days("P12M")
	duration.months("P3Y") == 36
}

test_mixed if duration.months("P1Y6M") == 18

test_days_and_weeks if {
	duration.days("P30D") == 30
	duration.days("P2W") == 14
}

test_longer if {
	duration.longer("P400D", "P13M")
	not duration.longer("P13M", "P13M")
	not duration.longer("P1Y", "P12M")
}

test_not_a_duration if not duration.days("3 ans")

test_not_a_string if not duration.days(3)
