# Which law judges this register, from rules/ropadata/reference/law.yaml.
#
# A jurisdiction with a table there (Monaco) has its own law: only the rules
# it names run (the aggregator asks `applies`), each citing that law's
# provision, and a transfer is judged from that jurisdiction's point of view.
# Every other register is judged under the GDPR with every rule.
package ropa.lib.law

_table := data.ropadata.reference.law

# The national law's table, undefined under the GDPR.
national := _table.jurisdictions[data.ropa.lib.register.jurisdiction]

# Which law judges the register, for what the run says outside the rules (a
# required field's reason cites the GDPR; the report names the
# jurisdiction), so that it is decided here only: the jurisdiction (null
# where the register names none) and whether its own law applies. A set of
# one, never undefined, for the run to ask of either engine.
judged_under contains {"jurisdiction": _code, "own_law": _own}

default _code := null

_code := data.ropa.lib.register.jurisdiction

default _own := false

_own if national

_rules := object.get(national, "rules", {})

_rules := {} if not national

applies(_) if not national

applies(id) if object.get(_rules, id, null) != null

# The citation of rule `id` under the law that applies; `gdpr` is the rule's
# own ({"en": ..., "fr": ...}), passed by the rule.
cite(_, gdpr) := gdpr if not national

cite(id, gdpr) := gdpr if {
	national
	not is_object(object.get(_rules, id, null))
}

cite(id, _) := object.get(_rules, id, null) if is_object(object.get(_rules, id, null))

# The citation a finding carries in place of the rule's METADATA reference,
# null where the METADATA one holds.
reference(id) := object.get(_rules, id, null) if is_object(object.get(_rules, id, null))

reference(id) := null if not is_object(object.get(_rules, id, null))

# The law's name, short, for messages: "the GDPR", « le RGPD », "Law No. 1.565".
name := national.short

name := {"en": "the GDPR", "fr": "le RGPD"} if not national

# Where data may go without further safeguard, seen from the law that
# applies: the EEA and the Commission's adequacy decisions under the GDPR;
# the jurisdiction itself and the countries its table lists otherwise.
free_destination(country) if {
	not national
	data.ropa.lib.register.in_eea(country)
}

free_destination(country) if country in object.get(national.adequate, "own", [])

free_destination(country) if {
	national.adequate.eu == true
	_eu(country)
}

free_destination(country) if country in object.get(national.adequate, "listed", [])

adequate(country) if free_destination(country)

adequate(country) if {
	not national
	object.get(data.ropadata.reference.adequacy, country, null) != null
}

# The area a transfer leaves: "the EEA" under the GDPR, the jurisdiction
# otherwise ("Monaco" for MC).
area := {"en": "the EEA", "fr": "l'EEE"} if not national

area := object.get(national, "area", {"en": data.ropa.lib.register.jurisdiction, "fr": data.ropa.lib.register.jurisdiction})

_eu(country) if {
	entry := object.get(data.ropadata.reference.eea.countries, country, null)
	entry != null
	object.get(entry, "efta", false) == false
}

# Fewer employees than this and the duty to keep a register has exceptions
# (GDPR Art. 30(5): 250).
register_threshold := object.get(national, "register_threshold", 250)

register_threshold := 250 if not national
