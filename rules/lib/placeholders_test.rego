package ropa.lib.placeholders_test

test_markers if {
	data.ropa.lib.placeholders.found("[Commune de ...]") == ["[…]"]
	data.ropa.lib.placeholders.found("TODO: compléter") == ["todo"]
	data.ropa.lib.placeholders.found("Durée à compléter") == ["à compléter"]
	data.ropa.lib.placeholders.found(" n/a ") == ["n/a"]
	data.ropa.lib.placeholders.found("<email>") == ["<…>"]
	data.ropa.lib.placeholders.found("Photodocumentation des chantiers") == []
	data.ropa.lib.placeholders.found("Gestion de la paie") == []
}

test_example_emails if {
	data.ropa.lib.placeholders.example_email("dpo@example.com")
	data.ropa.lib.placeholders.example_email("dpo@mairie.exemple.fr")
	data.ropa.lib.placeholders.example_email("a@b.example")
	not data.ropa.lib.placeholders.example_email("dpo@atelier-exemple.fr")
}

test_suspect if {
	data.ropa.lib.placeholders.suspect({"name": "[Nom du traitement]"}) with input as {"activities": [{"name": "[Nom du traitement]"}]}
	data.ropa.lib.placeholders.suspect({"purposes": [{"description": "TODO"}]}) with input as {"activities": [{"purposes": [{"description": "TODO"}]}]}
	not data.ropa.lib.placeholders.suspect({"name": "Paie"}) with input as {"activities": [{"name": "Paie"}]}
}
