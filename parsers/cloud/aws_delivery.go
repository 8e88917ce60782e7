package cloud

// deliveryCollections are the collections of the delivery pipeline, account-level services and CloudFormation itself.
var deliveryCollections = []*Collection{
	{
		Service: "codebuild", Name: "source_credentials", Doc: "CodeBuild source credentials (a token CodeBuild uses to reach GitHub, GitHub Enterprise, GitLab or Bitbucket)",
		CFN: []Origin{{Types: []string{"AWS::CodeBuild::SourceCredential"}}},
		TF:  []Origin{{Types: []string{"aws_codebuild_source_credential"}}},
		Fields: []Field{
			{Key: "server_type", Type: String, CFN: Prop("ServerType"), TF: Prop("server_type"), Doc: "`GITHUB`, `GITHUB_ENTERPRISE`, `GITLAB`, `GITLAB_SELF_MANAGED`, `BITBUCKET`"},
			{Key: "auth_type", Type: String, CFN: Prop("AuthType"), TF: Prop("auth_type"),
				Doc: "`PERSONAL_ACCESS_TOKEN`, `BASIC_AUTH`, `OAUTH`, `CODECONNECTIONS`, `SECRETS_MANAGER`"},
			{Key: "token", Type: String, CFN: Prop("Token"), TF: Prop("token"),
				Doc: "the token or password as written; a Secrets Manager or connection ARN for `SECRETS_MANAGER` and `CODECONNECTIONS`"},
		},
	},
	{
		Service: "codebuild", Name: "report_groups", Doc: "CodeBuild report groups (test and coverage reports)",
		CFN: []Origin{{Types: []string{"AWS::CodeBuild::ReportGroup"}}},
		TF:  []Origin{{Types: []string{"aws_codebuild_report_group"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "export_type", Type: String, CFN: Prop("ExportConfig.ExportConfigType"), TF: Prop("export_config[0].type"),
				Doc: "`S3` or `NO_EXPORT`"},
			{Key: "encryption_disabled", Type: Bool, Default: false, CFN: Prop("ExportConfig.S3Destination.EncryptionDisabled"), TF: Prop("export_config[0].s3_destination[0].encryption_disabled"),
				Doc: "exported raw reports are encrypted unless true (checked 2026-12)"},
		},
	},
	{
		Service: "codepipeline", Name: "webhooks", Doc: "CodePipeline webhooks (what starts a pipeline with a GitHub version 1 source)",
		CFN: []Origin{{Types: []string{"AWS::CodePipeline::Webhook"}}},
		TF:  []Origin{{Types: []string{"aws_codepipeline_webhook"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "authentication", Type: String, CFN: Prop("Authentication"), TF: Prop("authentication"),
				Doc: "`GITHUB_HMAC`, `IP` or `UNAUTHENTICATED`"},
			{Key: "secret_token", Type: String, CFN: Prop("AuthenticationConfiguration.SecretToken"), TF: Prop("authentication_configuration[0].secret_token"),
				Doc: "the HMAC secret for `GITHUB_HMAC`, as written"},
		},
	},
	{
		Service: "codecommit", Name: "repositories", Doc: "CodeCommit repositories",
		CFN: []Origin{{Types: []string{"AWS::CodeCommit::Repository"}}},
		TF:  []Origin{{Types: []string{"aws_codecommit_repository"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("RepositoryName"), TF: Prop("repository_name")},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_id"),
				Doc: "null: the repository is encrypted with the AWS managed key `aws/codecommit` (checked 2026-12)"},
		},
	},
	{
		Service: "guardduty", Name: "detectors", Doc: "GuardDuty detectors",
		CFN: []Origin{{Types: []string{"AWS::GuardDuty::Detector"}}},
		TF:  []Origin{{Types: []string{"aws_guardduty_detector"}}},
		Fields: []Field{
			{Key: "enabled", Type: Bool, Default: true, CFN: Prop("Enable"), TF: Prop("enable"),
				Doc: "whether the detector is on; true when not set in Terraform (CloudFormation requires `Enable`; checked 2026-12)"},
		},
	},
	{
		Service: "guardduty", Name: "detector_features",
		Doc: "GuardDuty protection plans set on a detector: the items of a CloudFormation detector's `Features`, and Terraform's `aws_guardduty_detector_feature`",
		CFN: []Origin{{Types: []string{"AWS::GuardDuty::Detector"}, Items: "Features"}},
		TF:  []Origin{{Types: []string{"aws_guardduty_detector_feature"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name"),
				Doc: "`S3_DATA_EVENTS`, `EKS_AUDIT_LOGS`, `EBS_MALWARE_PROTECTION`, `RDS_LOGIN_EVENTS`, `LAMBDA_NETWORK_LOGS`, `EKS_RUNTIME_MONITORING`, `RUNTIME_MONITORING`"},
			{Key: "status", Type: String, CFN: Prop("Status"), TF: Prop("status"), Doc: "`ENABLED` or `DISABLED`"},
		},
	},
	{
		Service: "config", Name: "recorders", Doc: "AWS Config configuration recorders",
		CFN: []Origin{{Types: []string{"AWS::Config::ConfigurationRecorder"}}},
		TF:  []Origin{{Types: []string{"aws_config_configuration_recorder"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "all_supported", Type: Bool, CFN: Prop("RecordingGroup.AllSupported"), TF: Prop("recording_group[0].all_supported"),
				Doc: "whether every supported resource type is recorded, new ones included; null when not written (Terraform's provider sends true, the API's default depends on the rest of the recording group)"},
			{Key: "recording_strategy", Type: String, CFN: Prop("RecordingGroup.RecordingStrategy.UseOnly"), TF: Prop("recording_group[0].recording_strategy[0].use_only"),
				Doc: "`ALL_SUPPORTED_RESOURCE_TYPES`, `INCLUSION_BY_RESOURCE_TYPES`, `EXCLUSION_BY_RESOURCE_TYPES`"},
		},
	},
	{
		Service: "config", Name: "aggregators", Doc: "AWS Config configuration aggregators",
		CFN: []Origin{{Types: []string{"AWS::Config::ConfigurationAggregator"}}},
		TF:  []Origin{{Types: []string{"aws_config_configuration_aggregator"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("ConfigurationAggregatorName"), TF: Prop("name")},
			{Key: "organization_source", Type: Group, Doc: "the organization aggregation source", Fields: []Field{
				{Key: "declared", Type: Bool, Default: false, CFN: Prop("OrganizationAggregationSource").Present(), TF: Prop("organization_aggregation_source").Present()},
				{Key: "all_regions", Type: Bool, Default: false, CFN: Prop("OrganizationAggregationSource.AllAwsRegions"), TF: Prop("organization_aggregation_source[0].all_regions"),
					Doc: "false when not set: only the listed regions are aggregated (checked 2026-12)"},
			}},
			{Key: "account_sources", Type: Objects, CFN: Prop("AccountAggregationSources"), TF: Prop("account_aggregation_source"), Fields: []Field{
				{Key: "all_regions", Type: Bool, Default: false, CFN: Prop("AllAwsRegions"), TF: Prop("all_regions"),
					Doc: "false when not set: only the listed regions are aggregated (checked 2026-12)"},
			}},
		},
	},
	{
		Service: "appconfig", Name: "deployment_strategies", Doc: "AppConfig deployment strategies",
		CFN: []Origin{{Types: []string{"AWS::AppConfig::DeploymentStrategy"}}},
		TF:  []Origin{{Types: []string{"aws_appconfig_deployment_strategy"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "growth_factor", Type: Number, CFN: Prop("GrowthFactor"), TF: Prop("growth_factor"),
				Doc: "the percentage of targets that receive the configuration in each interval (1 to 100)"},
			{Key: "duration_minutes", Type: Number, CFN: Prop("DeploymentDurationInMinutes"), TF: Prop("deployment_duration_in_minutes")},
		},
	},
	{
		Service: "appconfig", Name: "environments", Doc: "AppConfig environments",
		CFN: []Origin{{Types: []string{"AWS::AppConfig::Environment"}}},
		TF:  []Origin{{Types: []string{"aws_appconfig_environment"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "monitors", Type: Objects, CFN: Prop("Monitors"), TF: Prop("monitor"),
				Doc: "the CloudWatch alarms that roll a deployment back", Fields: []Field{
					{Key: "alarm", Type: Ref, CFN: Prop("AlarmArn"), TF: Prop("alarm_arn")},
				}},
		},
	},
	{
		Service: "appconfig", Name: "deployments", Doc: "AppConfig deployments: a configuration version deployed to an environment with a strategy",
		CFN: []Origin{{Types: []string{"AWS::AppConfig::Deployment"}}},
		TF:  []Origin{{Types: []string{"aws_appconfig_deployment"}}},
		Fields: []Field{
			{Key: "environment", Type: Ref, CFN: Prop("EnvironmentId"), TF: Prop("environment_id")},
			{Key: "strategy", Type: Ref, CFN: Prop("DeploymentStrategyId"), TF: Prop("deployment_strategy_id"),
				Doc: "a strategy of the document, or a predefined one such as `AppConfig.AllAtOnce`"},
		},
	},
}
