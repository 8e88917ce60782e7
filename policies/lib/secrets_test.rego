package shipgate.lib.secrets_test

import data.shipgate.lib.secrets

# A Terraform reference to another resource's id or arn reads as that
# resource's address: it is a reference however credential-shaped its name.
test_resource_address_is_a_reference if {
	doc := {"raw": {"resources": {
		"aws_secretsmanager_secret.DbPassword2": {"type": "aws_secretsmanager_secret"},
		"module.app.aws_ssm_parameter.api_token_v2": {"type": "aws_ssm_parameter"},
	}}}
	secrets.reference("aws_secretsmanager_secret.DbPassword2") with input as doc
	secrets.reference("module.app.aws_ssm_parameter.api_token_v2") with input as doc
	not secrets.secret("DB_PASSWORD", "aws_secretsmanager_secret.DbPassword2") with input as doc
}

# The same text is a secret when no resource of the document has that
# address: a value written in the file.
test_address_shaped_literal_is_not_a_reference if {
	doc := {"raw": {"resources": {"aws_secretsmanager_secret.other": {}}}}
	not secrets.reference("aws_secretsmanager_secret.DbPassword2") with input as doc
	secrets.secret("DB_PASSWORD", "aws_secretsmanager_secret.DbPassword2") with input as doc
	secrets.secret("DB_PASSWORD", "hunter2") with input as doc
}

# A template's raw document has no resources by address.
test_cloudformation_resources_are_not_addresses if {
	doc := {"raw": {"Resources": {"DbPassword2": {"Type": "AWS::SecretsManager::Secret"}}}}
	not secrets.reference("DbPassword2") with input as doc
}
