package ropa.lib.waivers_test

_context := {"today": "2026-11-23", "use_waivers": true}

_register := {
	"activities": [{"id": "crm"}, {"id": "paie"}],
	"waivers": [
		{"rule": "LB-001", "activity": "crm", "reason": "Analyse en cours", "expires": "2027-01-31"},
		{"rule": "RET-002", "reason": "Durée validée par le DPO", "expires": "2027-01-31"},
		{"rule": "SEC-001", "reason": "Chiffrement prévu", "expires": "2026-01-31"},
		{"rule": "RGT-001", "reason": "  ", "expires": "2027-01-31"},
	],
}

test_waiver_for_one_activity if {
	data.ropa.lib.waivers.waived("LB-001", ["activities", 0, "purposes"]) with input as _register
		with data.ropadata.context as _context
	not data.ropa.lib.waivers.waived("LB-001", ["activities", 1, "purposes"]) with input as _register
		with data.ropadata.context as _context
}

test_waiver_for_the_register if {
	data.ropa.lib.waivers.waived("RET-002", ["activities", 1]) with input as _register
		with data.ropadata.context as _context
	data.ropa.lib.waivers.waived("RET-002", ["organization"]) with input as _register
		with data.ropadata.context as _context
}

test_expired_or_unexplained_waivers_silence_nothing if {
	data.ropa.lib.waivers.waived("SEC-001", ["activities", 0]) == false with input as _register
		with data.ropadata.context as _context
	data.ropa.lib.waivers.waived("RGT-001", ["activities", 0]) == false with input as _register
		with data.ropadata.context as _context
}

test_no_waivers_for_audits if {
	data.ropa.lib.waivers.waived("RET-002", ["activities", 1]) == false with input as _register
		with data.ropadata.context as {"today": "2026-11-23", "use_waivers": false}
}

test_a_register_without_waivers if {
	data.ropa.lib.waivers.waived("LB-001", ["activities", 0]) == false with input as {"activities": [{"id": "crm"}]}
		with data.ropadata.context as _context
}

test_expired_and_explained if {
	data.ropa.lib.waivers.expired({"expires": "2026-01-31"}) with data.ropadata.context as _context
	not data.ropa.lib.waivers.expired({"expires": "2027-01-31"}) with data.ropadata.context as _context
	not data.ropa.lib.waivers.explained({"reason": " "})
	data.ropa.lib.waivers.explained({"reason": "x"})
}
