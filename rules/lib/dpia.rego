# The CNIL's list of processing that needs no DPIA (délib. n° 2019-118, GDPR
# Art. 35(5)), read from dpia.yaml's `cnil_exempt`: DPIA-002 and DPIA-003
# say nothing on an activity it exempts, under French law only.
package ropa.lib.dpia

_rows := data.ropadata.reference.dpia.cnil_exempt

# The row of the list that exempts the activity, if any (the first one).
exempt(activity) := rows[0] if {
	data.ropa.lib.register.jurisdiction == "FR"
	rows := [row | some row in _rows; _meets(activity, row)]
	count(rows) > 0
}

_meets(activity, row) if {
	_within(data.ropa.lib.register.purpose_types(activity), row, "purpose_types")
	_within(data.ropa.lib.register.subjects(activity), row, "data_subjects")
	_kind(row)
	_staff(row)
	_no_risk(activity, object.get(row, "without_risk", []))
	_no_special(activity, object.get(row, "without_special_category", []))
}

# A condition the row does not name holds; one it names needs at least one
# value, every one of them among the row's.
_within(_, row, key) if not row[key]

_within(values, row, key) if {
	count(values) > 0
	every value in values {
		value in row[key]
	}
}

_kind(row) if not row.organization_kind

_kind(row) if input.organization.kind == row.organization_kind

_staff(row) if not row.max_employees

_staff(row) if {
	is_number(input.organization.employees)
	input.organization.employees <= row.max_employees
}

_no_risk(activity, flags) if {
	every flag in flags {
		not data.ropa.lib.register.risk(activity, flag)
	}
}

_no_special(activity, kinds) if {
	found := data.ropa.lib.register.special_categories(activity) - {null}
	every kind in kinds {
		not _excluded(found, kind)
	}
}

_excluded(found, kind) if {
	kind == "any"
	count(found) > 0
}

_excluded(found, kind) if kind in found
