package cloud

// integrationCollections are the collections of application integration and
// end-user services: Step Functions, Amazon MQ, WorkSpaces.
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
}
