package cloud

import "strings"

// integrationCollections are the collections of application integration,
// analytics clusters and end-user services: Step Functions, Amazon MQ, EMR,
// WorkSpaces.
var integrationCollections = []*Collection{
	{
		Service: "sfn", Name: "state_machines", Doc: "Step Functions state machines, plain and SAM",
		CFN: []Origin{{Types: []string{"AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine"}}},
		TF:  []Origin{{Types: []string{"aws_sfn_state_machine"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("StateMachineName|Name"), TF: Prop("name")},
			{Key: "type", Type: String, Default: "STANDARD", CFN: Prop("StateMachineType|Type"), TF: Prop("type"),
				Doc: "`STANDARD` (the default, checked 2026-12) or `EXPRESS`"},
			{Key: "log_level", Type: String, Default: "OFF", CFN: Prop("LoggingConfiguration.Level|Logging.Level"), TF: Prop("logging_configuration[0].level"),
				Doc: "`ALL`, `ERROR`, `FATAL` or `OFF`; `OFF` when not set (CreateStateMachine `loggingConfiguration`, checked 2026-12)"},
			{Key: "tracing", Type: Bool, Default: false, CFN: Prop("TracingConfiguration.Enabled|Tracing.Enabled"), TF: Prop("tracing_configuration[0].enabled"),
				Doc: "X-Ray tracing of executions; off unless enabled (checked 2026-12)"},
		},
	},
	{
		Service: "mq", Name: "brokers", Doc: "Amazon MQ brokers (ActiveMQ and RabbitMQ)",
		CFN: []Origin{{Types: []string{"AWS::AmazonMQ::Broker"}}},
		TF:  []Origin{{Types: []string{"aws_mq_broker"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("BrokerName"), TF: Prop("broker_name")},
			{Key: "engine", Type: String, CFN: Prop("EngineType"), TF: Prop("engine_type"),
				Doc: "`ACTIVEMQ` or `RABBITMQ` (any case)"},
			{Key: "publicly_accessible", Type: Bool, Default: false, CFN: Prop("PubliclyAccessible"), TF: Prop("publicly_accessible"),
				Doc: "whether the broker's endpoints resolve to public addresses; required in CloudFormation, false when not set in Terraform (checked 2026-12)"},
			{Key: "audit_logs", Type: Bool, Default: false, CFN: Prop("Logs.Audit"), TF: Prop("logs[0].audit"),
				Doc: "audit logs to CloudWatch Logs (ActiveMQ only); off unless enabled (checked 2026-12)"},
			{Key: "general_logs", Type: Bool, Default: false, CFN: Prop("Logs.General"), TF: Prop("logs[0].general"),
				Doc: "general logs to CloudWatch Logs; off unless enabled (checked 2026-12)"},
		},
	},
	{
		Service: "workspaces", Name: "workspaces", Doc: "WorkSpaces virtual desktops",
		CFN: []Origin{{Types: []string{"AWS::WorkSpaces::Workspace"}}},
		TF:  []Origin{{Types: []string{"aws_workspaces_workspace"}}},
		Fields: []Field{
			{Key: "user_name", Type: String, CFN: Prop("UserName"), TF: Prop("user_name")},
			{Key: "root_volume_encrypted", Type: Bool, Default: false, CFN: Prop("RootVolumeEncryptionEnabled"), TF: Prop("root_volume_encryption_enabled"),
				Doc: "off unless enabled, and it cannot be changed once the WorkSpace exists (checked 2026-12)"},
			{Key: "user_volume_encrypted", Type: Bool, Default: false, CFN: Prop("UserVolumeEncryptionEnabled"), TF: Prop("user_volume_encryption_enabled"),
				Doc: "off unless enabled, and it cannot be changed once the WorkSpace exists (checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("VolumeEncryptionKey"), TF: Prop("volume_encryption_key"),
				Doc: "null: the AWS managed key `aws/workspaces` when a volume is encrypted"},
		},
	},
	{
		Service: "emr", Name: "security_configurations", Doc: "EMR security configurations, which clusters name to encrypt their data",
		CFN: []Origin{{Types: []string{"AWS::EMR::SecurityConfiguration"}}},
		TF:  []Origin{{Types: []string{"aws_emr_security_configuration"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "at_rest_encryption", Type: Bool,
				CFN: Hook("`SecurityConfiguration` (an object or a JSON string) `EncryptionConfiguration.EnableAtRestEncryption`; false when not written", emrSetting("SecurityConfiguration", false, "EncryptionConfiguration", "EnableAtRestEncryption")),
				TF:  Hook("the `configuration` JSON's `EncryptionConfiguration.EnableAtRestEncryption`; false when not written", emrSetting("configuration", false, "EncryptionConfiguration", "EnableAtRestEncryption")),
				Doc: "encryption of data in S3 (EMRFS) and on local disks; off unless enabled (checked 2026-12)"},
			{Key: "in_transit_encryption", Type: Bool,
				CFN: Hook("`SecurityConfiguration` `EncryptionConfiguration.EnableInTransitEncryption`; false when not written", emrSetting("SecurityConfiguration", false, "EncryptionConfiguration", "EnableInTransitEncryption")),
				TF:  Hook("the `configuration` JSON's `EncryptionConfiguration.EnableInTransitEncryption`; false when not written", emrSetting("configuration", false, "EncryptionConfiguration", "EnableInTransitEncryption")),
				Doc: "TLS between the cluster's nodes and applications; off unless enabled (checked 2026-12)"},
			{Key: "local_disk_encryption", Type: Bool,
				CFN: Hook("whether `SecurityConfiguration` has `EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration`", emrSetting("SecurityConfiguration", nil, "EncryptionConfiguration", "AtRestEncryptionConfiguration", "LocalDiskEncryptionConfiguration")),
				TF:  Hook("whether the `configuration` JSON has `EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration`", emrSetting("configuration", nil, "EncryptionConfiguration", "AtRestEncryptionConfiguration", "LocalDiskEncryptionConfiguration")),
				Doc: "encryption of the nodes' EBS and instance store volumes; false without a local disk configuration"},
		},
	},
}

// emrSetting reads a setting of an EMR security configuration, written as
// an object or as a JSON string (which the view reads as unknown when it
// is not JSON). A nil def reads whether the setting is present.
func emrSetting(prop string, def any, path ...string) func(_ *adapter, r *reader, n node) Attr {
	return func(_ *adapter, r *reader, n node) Attr {
		setting := r.path(r.parseJSON(r.get(n, prop)), path...)
		var a Attr
		if def == nil {
			a = r.present(setting)
		} else {
			a = r.boolean(setting, def)
		}
		a.Key = prop + "." + strings.Join(path, ".")
		return a
	}
}
