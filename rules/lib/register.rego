# Helpers shared by the rules: what kind of activity, which national tables.
package ropa.lib.register

# Controllers and joint controllers decide purposes and need a legal basis;
# a processor acts on instructions (Art. 28) and records no basis of its own.
controller_like(activity) if activity.role in {"controller", "joint_controller"}

# A processor's record (Art. 30(2)) holds the controllers, the categories of
# processing, transfers and security measures: nothing of 30(1)(b), (c), (d)
# or (f), no DPIA (Art. 35 is the controller's duty) and no Art. 9 or 10
# condition. Rules of those duties skip it. An activity without a role is not
# one: the controller's duties stay checked where the role is unknown.
processor_record(activity) if activity.role == "processor"

# organization.jurisdiction picks the national tables; it defaults to the
# country. A run's configuration may force one for every register.
jurisdiction := data.ropadata.context.jurisdiction

jurisdiction := input.organization.jurisdiction if not data.ropadata.context.jurisdiction

jurisdiction := input.organization.country if {
	not data.ropadata.context.jurisdiction
	not input.organization.jurisdiction
}

reference := data.ropadata.reference

# A country of the European Economic Area (EU 27, Iceland, Liechtenstein, Norway).
in_eea(country) if reference.eea.countries[country]

# Activity name for messages, falling back to its id.
label(activity) := text(activity, "name") if is_string(object.get(activity, "name", null))

label(activity) := text(activity, "id") if not is_string(object.get(activity, "name", null))

# A text field for messages; "?" where the author left it out, so that a
# missing description never makes a finding undefined (and silently lost).
#
# Never pass a reference that may be undefined into a negated call: OPA makes
# `not f(x.missing)` undefined where regorus makes it true. object.get first.
text(obj, key) := value if {
	value := object.get(obj, key, null)
	is_string(value)
}

text(obj, key) := "?" if not is_string(object.get(obj, key, null))

# The Art. 6(1) bases of an activity's purposes.
bases(activity) := {purpose.legal_basis | some purpose in activity.purposes}

purpose_types(activity) := {purpose.type | some purpose in activity.purposes}

subjects(activity) := {subject | some subject in activity.data_subjects}

category_names(activity) := {category.name | some category in activity.data_categories}

special_categories(activity) := {category.special_category | some category in activity.data_categories}

# A party (a DPO, a controller, a joint controller) that can be reached: an
# email, a phone or an address, given directly or in its `contact` block.
reachable(party) if {
	some field in ["email", "phone", "address"]
	trim_space(party[field]) != ""
}

reachable(party) if {
	some field in ["email", "phone", "address"]
	trim_space(party.contact[field]) != ""
}

# Security measures, whether written as a code or as {measure, description}.
measures(activity) := {_measure(item) | some item in activity.security_measures}

_measure(item) := item if is_string(item)

_measure(item) := item.measure if is_object(item)

# The rights an activity offers: its own, and those the organisation's
# procedure offers for every activity (organization.rights).
rights(activity) := own_rights(activity) | {right | some right in input.organization.rights}

own_rights(activity) := {right | some right in activity.rights}

# When the activity was last reviewed: its own date, else the register's
# (organization.last_review).
review_date(activity) := activity.last_review

review_date(activity) := input.organization.last_review if not activity.last_review

risk(activity, name) if activity.risk[name] == true

# Art. 9(2) conditions, whether one code or a list.
# (Values computed in the body: regorus cannot schedule a comprehension in
# the head of a conditional function.)
conditions(activity) := result if {
	is_string(activity.special_category_condition)
	result := {activity.special_category_condition}
}

conditions(activity) := result if {
	is_array(activity.special_category_condition)
	result := {c | some c in activity.special_category_condition}
}

conditions(activity) := set() if not activity.special_category_condition

# Dates are YYYY-MM-DD strings (the schema checks them before rules run).
date_ns(d) := time.parse_ns("2006-01-02", d)

today_ns := date_ns(data.ropadata.context.today)

# A text that cites a law: it has a number or names a code, a directive or a
# regulation ("Code de commerce, art. L123-22", "décret 2021-1362"). "Comply
# with the law" cites nothing anyone can check. Plain `contains`, not regex:
# regorus compiles a regex on every call.
cites_a_text(text) if {
	is_string(text)
	lowered := lower(text)
	some mark in _citation_marks
	contains(lowered, mark)
}

_citation_marks := {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "code", "directive", "règlement", "regulation"}

# A text that names a law, not only a number: "art. L123-22", "Code de
# commerce", "décret n° 2021-1362", "loi 78-17". A duration ("3 ans") or a
# date has digits and cites nothing, so a digit alone is not enough where a
# period's justification is read (RET-002).
cites_a_law(text) if {
	is_string(text)
	lowered := lower(text)
	some mark in _law_marks
	contains(lowered, mark)
}

_law_marks := {
	"art.", "art ", "article", "code", "loi ", "loi n", "law ", "act ", "décret", "decree",
	"arrêté", "ordonnance", "directive", "règlement", "regulation", "délib",
}

# Every retention period of the register in days, parsed once per distinct
# text: a register of thousands of activities uses a handful of periods.
retention_days[period] := data.ropa.lib.duration.days(period) if some period in _periods

_periods contains period if {
	some activity in input.activities
	some category in activity.data_categories
	some phase in ["active", "archive"]
	period := category.retention[phase]
	is_string(period)
}

# [i, j] of every category the register says is kept only anonymised
# (recital 26): the retention and transfer rules leave them out (RET-005 checks
# that the claim is plausible). Computed once per register: the rules look a
# category up here rather than call a function per category and per rule.
anonymised_categories contains [i, j] if {
	some i, activity in input.activities
	some j, category in activity.data_categories
	category.anonymised == true
}

# Indices of the activities whose every category is anonymised: they hold no
# personal data, and the transfer rules leave them out.
anonymous_activities contains i if {
	some [i, _] in anonymised_categories
	activity := input.activities[i]
	count([c | some c in activity.data_categories; c.anonymised == true]) == count(activity.data_categories)
}

# What the register itself records that raises the risk of a security gap
# (issue 11's grading of SEC-001 and SEC-002): large scale, a transfer, or
# health data processed for others (a processor's activity).
aggravated(activity) if risk(activity, "large_scale")

aggravated(activity) if count(object.get(activity, "transfers", [])) > 0

aggravated(activity) if {
	activity.role == "processor"
	"health" in special_categories(activity)
}
