# The one query both engines answer: every finding of every rule package,
# tagged with the package it came from so that Python can attach the rule's
# annotations (neither embedded engine has rego.metadata.rule).
package ropa.main

# METADATA
# entrypoint: true
findings contains object.union(finding, {"category": category, "name": name}) if {
	some category, rules in data.ropa.rules
	some name, rule in rules
	some finding in rule.report
}
