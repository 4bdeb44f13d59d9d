package ropa.rules.processor.subprocessor_authorisation_test

import data.ropa.rules.processor.subprocessor_authorisation

_processor(controller, recipients) := {"activities": [{
	"id": "hebergement", "role": "processor",
	"controllers": [controller], "recipients": recipients,
}]}

_host := {"name": "Hébergeur", "type": "processor", "country": "FR", "dpa": "Contrat 12"}

test_subprocessor_without_authorisation_fires if {
	findings := subprocessor_authorisation.report with input as _processor({"name": "Client"}, [_host])
	{finding.path | some finding in findings} == {["activities", 0, "controllers", 0]}
	some finding in findings
	contains(finding.message.fr, "Hébergeur")
}

test_general_authorisation_passes if {
	count(subprocessor_authorisation.report) == 0 with input as _processor({"name": "Client", "subprocessor_authorisation": "Contrat cadre, art. 7 (autorisation générale)"}, [_host])
}

test_no_subprocessor_passes if {
	count(subprocessor_authorisation.report) == 0 with input as _processor({"name": "Client"}, [{"name": "Service IT", "type": "internal"}])
}

test_controller_activity_passes if {
	count(subprocessor_authorisation.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "recipients": [_host]}]}
}
