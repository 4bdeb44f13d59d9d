# ISO 8601 durations (P3Y, P13M, P1Y6M, P30D) as comparable lengths.
package ropa.lib.duration

_pattern := `^P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T.*)?$`

_parts(d) := parts if {
	is_string(d)
	parts := regex.find_all_string_submatch_n(_pattern, d, 1)[0]
}

_num("") := 0

_num(s) := to_number(s) if s != ""

# Length in days, with the mean Gregorian year (365.25 days) and month
# (30.4375 days), so that P1Y equals P12M and P3Y equals P36M.
days(d) := total if {
	p := _parts(d)
	total := (((_num(p[1]) * 365.25) + (_num(p[2]) * 30.4375)) + (_num(p[3]) * 7)) + _num(p[4])
}

# Length in months: P3Y is 36, P13M 13.
months(d) := days(d) / 30.4375

# `a` is strictly longer than `b`.
longer(a, b) if days(a) > days(b)
