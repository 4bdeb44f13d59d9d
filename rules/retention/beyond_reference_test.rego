package ropa.rules.retention.beyond_reference_test

import data.ropa.rules.retention.beyond_reference

_reg(purpose_type, retention) := {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"type": purpose_type}], "data_categories": [{"name": "identity", "retention": retention}]}]}

test_prospects_six_years_fires if {
	findings := beyond_reference.report with input as _reg("prospecting", {"active": "P6Y"})
	count(findings) == 1
	some finding in findings
	contains(finding.message.en, "kept 6 years (active)")
	contains(finding.message.fr, "référence de 3 ans")
	finding.severity == "warning"
}

test_prospects_three_years_passes if {
	count(beyond_reference.report) == 0 with input as _reg("prospecting", {"active": "P36M", "trigger": "last_contact"})
}

test_customer_archives_ten_years_pass if {
	count(beyond_reference.report) == 0 with input as _reg("customer_management", {"active": "P0D", "trigger": "end_of_relationship", "archive": "P10Y", "basis": "Code de commerce, art. L123-22"})
}

test_customer_archives_twenty_years_fire if {
	findings := beyond_reference.report with input as _reg("customer_management", {"active": "P1Y", "archive": "P20Y"})
	{finding.path | some finding in findings} == {["activities", 0, "data_categories", 0, "retention", "archive"]}
}

test_video_two_months_fires if {
	findings := beyond_reference.report with input as _reg("video_surveillance", {"active": "P2M"})
	{finding.path | some finding in findings} == {["activities", 0, "data_categories", 0, "retention", "active"]}
}

test_justified_by_a_text_passes if {
	count(beyond_reference.report) == 0 with input as _reg("connection_logs", {"active": "P5Y", "basis": "Décret n° 2021-1362, art. 2 (identité civile)"})
}

test_no_table_for_jurisdiction_passes if {
	count(beyond_reference.report) == 0 with input as {"organization": {"country": "MC"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"type": "prospecting"}], "data_categories": [{"name": "identity", "retention": {"active": "P9Y"}}]}]}
}

test_processor_is_left_out if {
	count(beyond_reference.report) == 0 with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "processor", "purposes": [{"type": "prospecting"}], "data_categories": [{"name": "identity", "retention": {"active": "P6Y"}}]}]}
}

test_most_permissive_purpose_wins if {
	count(beyond_reference.report) == 0 with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"type": "customer_management"}, {"type": "accounting"}], "data_categories": [{"name": "transaction", "retention": {"active": "P10Y"}}]}]}
}

_mixed(retention) := {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"type": "prospecting", "description": "Prospection"}, {"description": "Jeu concours"}], "data_categories": [{"name": "identity", "retention": retention}]}]}

test_an_unreferenced_purpose_no_longer_silences_the_others if {
	findings := beyond_reference.report with input as _mixed({"active": "P6Y"})
	count(findings) == 1
	some finding in findings
	finding.severity == "warning"
	contains(finding.message.fr, "Les autres finalités de l'activité (Jeu concours) n'ont pas de référence")
}

test_an_unreferenced_purpose_with_a_cited_text_passes if {
	count(beyond_reference.report) == 0 with input as _mixed({"active": "P6Y", "basis": "Code de la consommation, art. L121-20"})
}

test_a_legal_maximum_beside_an_unreferenced_purpose_is_a_warning if {
	findings := beyond_reference.report with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"type": "video_surveillance", "description": "Vidéoprotection"}, {"description": "Enquête interne"}], "data_categories": [{"name": "images", "retention": {"active": "P6M"}}]}]}
	{finding.severity | some finding in findings} == {"warning"}
}

_recruiting(basis, retention) := {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"type": "recruitment", "description": "Recrutement", "legal_basis": basis}], "data_categories": [{"name": "identity", "retention": retention}]}]}

test_candidates_kept_a_year_without_consent_fire if {
	findings := beyond_reference.report with input as _recruiting("contract", {"active": "P1Y", "trigger": "last_contact"})
	count(findings) == 1
	some finding in findings
	contains(finding.message.fr, "référence de 3 mois")
	contains(finding.message.en, "only with their consent")
}

test_candidates_kept_two_years_with_consent_pass if {
	count(beyond_reference.report) == 0 with input as _recruiting("consent", {"active": "P2Y", "trigger": "last_contact"})
	count(beyond_reference.report) == 0 with input as _recruiting("contract", {"active": "P3M"})
}

test_a_legal_maximum_is_an_error_no_basis_lifts if {
	findings := beyond_reference.report with input as _reg("video_surveillance", {"active": "P2M", "basis": "Code de la sécurité intérieure, art. L252-5"})
	some finding in findings
	finding.severity == "error"
	contains(finding.message.fr, "maximum légal")
}

test_archives_do_not_extend_a_total_limit if {
	findings := beyond_reference.report with input as _reg("prospecting", {"active": "P3Y", "archive": "P2Y"})
	{finding.path | some finding in findings} == {["activities", 0, "data_categories", 0, "retention", "archive"]}
	some finding in findings
	contains(finding.message.fr, "puis archivé 2 ans")
}

test_cctv_archived_a_year_fires if {
	findings := beyond_reference.report with input as _reg("video_surveillance", {"active": "P15D", "archive": "P1Y"})
	some finding in findings
	finding.severity == "error"
	finding.path == ["activities", 0, "data_categories", 0, "retention", "archive"]
}

test_accounting_is_ten_years_not_twenty if {
	count(beyond_reference.report) == 1 with input as _reg("accounting", {"active": "P10Y", "archive": "P10Y"})
	count(beyond_reference.report) == 0 with input as _reg("accounting", {"active": "P1Y", "archive": "P9Y"})
}

test_a_duration_in_the_basis_cites_nothing if {
	count(beyond_reference.report) == 1 with input as _reg("prospecting", {"active": "P5Y", "basis": "5 ans"})
	count(beyond_reference.report) == 0 with input as _reg("prospecting", {"active": "P5Y", "basis": "Code de la consommation, art. L213-1"})
}

test_audience_measurement_data_25_months if {
	count(beyond_reference.report) == 0 with input as _reg("website_analytics", {"active": "P25M"})
	count(beyond_reference.report) == 1 with input as _reg("website_analytics", {"active": "P3Y"})
}

test_personnel_files_five_years_after_departure if {
	count(beyond_reference.report) == 0 with input as _reg("hr_management", {"active": "P5Y", "trigger": "end_of_contract"})
	count(beyond_reference.report) == 1 with input as _reg("hr_management", {"active": "P10Y", "trigger": "end_of_contract"})
}
