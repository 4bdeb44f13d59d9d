package ropa.rules.retention.archive_without_basis_test

import data.ropa.rules.retention.archive_without_basis

test_archive_without_basis_fires if {
	findings := archive_without_basis.report with input as {"activities": [{"id": "a", "data_categories": [{"name": "identity", "retention": {"active": "P1Y", "archive": "P5Y"}}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "data_categories", 0, "retention", "archive"]}
}

test_archive_with_basis_passes if {
	count(archive_without_basis.report) == 0 with input as {"activities": [{"id": "a", "data_categories": [{"name": "identity", "retention": {"active": "P1Y", "archive": "P5Y", "basis": "C. civ. art. 2224"}}]}]}
}

test_zero_archive_passes if {
	count(archive_without_basis.report) == 0 with input as {"activities": [{"id": "a", "data_categories": [{"name": "identity", "retention": {"active": "P1Y", "archive": "P0D"}}]}]}
}
