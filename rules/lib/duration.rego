# ISO 8601 durations (P3Y, P13M, P1Y6M, P30D) as comparable lengths.
#
# Parsed with split, not regex: regorus compiles a regex on every call (about
# 40 µs), and durations are read for every data category of every activity.
# The schema has checked the form (P, then numbers before Y, M, W, D) before
# any rule runs.
package ropa.lib.duration

_take(text, unit) := [to_number(parts[0]), parts[1]] if {
	parts := split(text, unit)
	count(parts) == 2
}

_take(text, unit) := [0, text] if not contains(text, unit)

# [years, months, weeks, days] as written. The time part (after T) is below
# a day and left out.
_amounts(d) := [y[0], m[0], w[0], rest[0]] if {
	is_string(d)
	startswith(d, "P")
	date_part := split(trim_prefix(d, "P"), "T")[0]
	y := _take(date_part, "Y")
	m := _take(y[1], "M")
	w := _take(m[1], "W")
	rest := _take(w[1], "D")
	rest[1] == ""
}

# Length in days, with the mean Gregorian year (365.25 days) and month
# (30.4375 days), so that P1Y equals P12M and P3Y equals P36M.
days(d) := total if {
	a := _amounts(d)
	total := (((a[0] * 365.25) + (a[1] * 30.4375)) + (a[2] * 7)) + a[3]
}

# Length in months: P3Y is 36, P13M 13.
months(d) := days(d) / 30.4375

# `a` is strictly longer than `b`.
longer(a, b) if days(a) > days(b)

# A duration as a reader writes it: P3Y → "3 years", « 3 ans »; P1Y6M →
# "1 year and 6 months", « 1 an et 6 mois ». Other text is shown as written.
words(d) := result if {
	amounts := _amounts(d)
	parts := [_unit(amount, unit) | some n, unit in ["Y", "M", "W", "D"]; amount := amounts[n]; amount > 0]
	count(parts) > 0
	result := {"en": concat(" and ", [p[0] | some p in parts]), "fr": concat(" et ", [p[1] | some p in parts])}
}

words(d) := {"en": "0 days", "fr": "0 jour"} if {
	days(d) == 0
}

words(d) := {"en": sprintf("%v", [d]), "fr": sprintf("%v", [d])} if not days(d)

_names := {
	"Y": [["year", "years"], ["an", "ans"]],
	"M": [["month", "months"], ["mois", "mois"]],
	"W": [["week", "weeks"], ["semaine", "semaines"]],
	"D": [["day", "days"], ["jour", "jours"]],
}

_unit(amount, unit) := [sprintf("%v %s", [amount, _names[unit][0][_plural(amount)]]), sprintf("%v %s", [amount, _names[unit][1][_plural(amount)]])]

_plural(amount) := 0 if amount < 2

_plural(amount) := 1 if amount >= 2
