# Helpers shared by the rules: what kind of activity, which national tables.
package ropa.lib.register

# Controllers and joint controllers decide purposes and need a legal basis;
# a processor acts on instructions (Art. 28) and records no basis of its own.
controller_like(activity) if activity.role in {"controller", "joint_controller"}

# organization.jurisdiction picks the national tables; it defaults to the country.
jurisdiction := input.organization.jurisdiction

jurisdiction := input.organization.country if not input.organization.jurisdiction

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
