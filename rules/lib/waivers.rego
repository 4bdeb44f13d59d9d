# Waivers: the one place that says what a waiver silences.
#
# A waiver silences one rule, for one activity or for the whole register,
# until it expires; one that has expired, gives no reason or names no rule
# silences nothing (the hygiene rules report it). The generated entry point
# (linter/rulepack.py) asks `waived` of every finding of a waivable rule;
# `ropa-lint check --no-waivers` sets data.ropadata.context.use_waivers to
# false, for audits.
package ropa.lib.waivers

expired(waiver) if waiver.expires < data.ropadata.context.today

explained(waiver) if trim_space(waiver.reason) != ""

active(waiver) if {
	is_string(waiver.rule)
	is_string(waiver.expires)
	explained(waiver)
	not expired(waiver)
}

# Whether an active waiver covers the finding of `rule` at `path`: always
# true or false, never undefined (an undefined value would drop the finding).
# Most findings have no waiver at all: one set lookup answers them.
waived(rule, _) := false if not rule in _waived_rules

waived(rule, path) if {
	rule in _waived_rules
	_covered(rule, path)
}

waived(rule, path) := false if {
	rule in _waived_rules
	not _covered(rule, path)
}

# The rules that an active waiver names (empty under --no-waivers).
_waived_rules contains waiver.rule if {
	data.ropadata.context.use_waivers == true
	some waiver in input.waivers
	active(waiver)
}

_covered(rule, path) if {
	some waiver in input.waivers
	waiver.rule == rule
	active(waiver)
	_applies(waiver, path)
}

_applies(waiver, _) if not waiver.activity

_applies(waiver, path) if {
	path[0] == "activities"
	activity := input.activities[path[1]]
	activity.id == waiver.activity
}
