package ropa.lib.law_test

_mc := {"organization": {"country": "MC"}}

_fr := {"organization": {"country": "FR"}}

test_gdpr_applies_every_rule if {
	data.ropa.lib.law.applies("LB-002") with input as _fr
	data.ropa.lib.law.applies("SEC-001") with input as {"organization": {}}
}

test_judged_under_names_the_jurisdiction_and_its_own_law if {
	data.ropa.lib.law.judged_under == {{"jurisdiction": "MC", "own_law": true}} with input as _mc
	data.ropa.lib.law.judged_under == {{"jurisdiction": "MC", "own_law": true}} with input as {"organization": {"country": "FR", "jurisdiction": "MC"}}
	data.ropa.lib.law.judged_under == {{"jurisdiction": "FR", "own_law": false}} with input as _fr
	data.ropa.lib.law.judged_under == {{"jurisdiction": 5, "own_law": false}} with input as {"organization": {"country": 5}}
	data.ropa.lib.law.judged_under == {{"jurisdiction": null, "own_law": false}} with input as {"organization": {}}
	data.ropa.lib.law.judged_under == {{"jurisdiction": "FR", "own_law": false}} with input as _mc
		with data.ropadata.context.jurisdiction as "FR"
}

test_monaco_applies_only_its_rules if {
	data.ropa.lib.law.applies("COMP-004") with input as _mc
	not data.ropa.lib.law.applies("LB-002") with input as _mc
}

test_monaco_cites_its_article if {
	c := data.ropa.lib.law.cite("COMP-004", {"en": "GDPR Art. 30(1)(c)", "fr": "RGPD art. 30(1)(c)"}) with input as _mc
	c.en == "Law No. 1.565, Art. 27"
	c.fr == "loi n° 1.565, art. 27"
	data.ropa.lib.law.reference("COMP-004") == c with input as _mc
}

test_gdpr_keeps_the_rule_citation if {
	c := data.ropa.lib.law.cite("COMP-004", {"en": "GDPR Art. 30(1)(c)", "fr": "RGPD art. 30(1)(c)"}) with input as _fr
	c.en == "GDPR Art. 30(1)(c)"
	data.ropa.lib.law.reference("COMP-004") == null with input as _fr
}

test_monaco_rule_citing_the_gdpr_keeps_it if {
	c := data.ropa.lib.law.cite("COMP-011", {"en": "GDPR Art. 3(2), 27", "fr": "RGPD art. 3(2), 27"}) with input as _mc
	c.en == "GDPR Art. 3(2), 27"
	data.ropa.lib.law.reference("COMP-011") == null with input as _mc
}

test_destinations_from_monaco if {
	data.ropa.lib.law.free_destination("FR") with input as _mc
	data.ropa.lib.law.free_destination("IT") with input as _mc
	data.ropa.lib.law.free_destination("MC") with input as _mc
	not data.ropa.lib.law.free_destination("NO") with input as _mc # EEA-EFTA, not a member state
	not data.ropa.lib.law.free_destination("CH") with input as _mc # an EU decision, not Monaco's list
	not data.ropa.lib.law.adequate("CH") with input as _mc
}

test_destinations_from_the_union if {
	data.ropa.lib.law.free_destination("NO") with input as _fr
	not data.ropa.lib.law.free_destination("MC") with input as _fr # no EU adequacy decision for Monaco
	data.ropa.lib.law.adequate("CH") with input as _fr
	not data.ropa.lib.law.adequate("CN") with input as _fr
}

test_register_threshold if {
	data.ropa.lib.law.register_threshold == 50 with input as _mc
	data.ropa.lib.law.register_threshold == 250 with input as _fr
}
