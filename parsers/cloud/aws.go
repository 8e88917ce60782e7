package cloud

// This file declares the normalised AWS view: every collection, field,
// AWS default and CloudFormation source. Adding a field is one entry here;
// readers, the JSON Schema and docs/normalised-view.md follow from it.

// deletionPolicy is the resource attribute every stateful collection has.
func deletionPolicy(def string) Field {
	return Field{Key: "deletion_policy", Type: String, Default: def, CFN: Res("DeletionPolicy"),
		Doc: "`Delete`, `Retain`, `Snapshot` or `RetainExceptOnCreate`"}
}

// statementFields are the fields of one policy statement, wherever a policy
// document appears.
var statementFields = []Field{
	{Key: "effect", Type: String, Default: "Allow", CFN: Prop("Effect"), Doc: "`Allow` or `Deny`"},
	{Key: "actions", Type: List, CFN: Prop("Action"), Doc: "a single string is a one-item list"},
	{Key: "not_actions", Type: List, CFN: Prop("NotAction")},
	{Key: "resources", Type: List, CFN: Prop("Resource")},
	{Key: "not_resources", Type: List, CFN: Prop("NotResource")},
	{Key: "principals", Type: Object, CFN: Prop("Principal"), Doc: "the principal value as written"},
	{Key: "not_principals", Type: Object, CFN: Prop("NotPrincipal")},
	{Key: "has_condition", Type: Bool, Default: false, CFN: Prop("Condition").Present()},
}

var collections = []*Collection{
	{
		Service: "s3", Name: "buckets", Doc: "S3 buckets",
		CFN: []CFNSource{
			{Types: []string{"AWS::S3::Bucket"}},
			{Types: []string{"AWS::S3::BucketPolicy"}, Read: readBucketPolicy},
		},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("BucketName")},
			{Key: "encryption", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false,
					CFN: Prop("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm").Present(),
					Doc: "an `SSEAlgorithm` is written in the first encryption rule"},
				{Key: "algorithm", Type: String, CFN: Prop("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm"),
					Doc: "`AES256`, `aws:kms`, `aws:kms:dsse`"},
				{Key: "kms_key", Type: String, CFN: Prop("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID")},
			}},
			{Key: "versioning", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false, CFN: Prop("VersioningConfiguration.Status").Conv(equals("Enabled")),
					Doc: "`Status: Enabled`"},
				{Key: "mfa_delete", Type: Bool, Default: false, CFN: Fixed("VersioningConfiguration")},
			}},
			{Key: "public_access_block", Type: Group, Fields: []Field{
				{Key: "present", Type: Bool, Default: false, CFN: Prop("PublicAccessBlockConfiguration").Present(),
					Doc: "the block is declared at all"},
				{Key: "block_public_acls", Type: Bool, Default: false, CFN: Prop("PublicAccessBlockConfiguration.BlockPublicAcls")},
				{Key: "block_public_policy", Type: Bool, Default: false, CFN: Prop("PublicAccessBlockConfiguration.BlockPublicPolicy")},
				{Key: "ignore_public_acls", Type: Bool, Default: false, CFN: Prop("PublicAccessBlockConfiguration.IgnorePublicAcls")},
				{Key: "restrict_public_buckets", Type: Bool, Default: false, CFN: Prop("PublicAccessBlockConfiguration.RestrictPublicBuckets")},
			}},
			{Key: "logging", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false, CFN: Prop("LoggingConfiguration").Present()},
				{Key: "target_bucket", Type: Ref, CFN: Prop("LoggingConfiguration.DestinationBucketName")},
			}},
			{Key: "acl", Type: String, Default: "Private", CFN: Prop("AccessControl")},
			{Key: "policies", Type: Documents, Default: []any{}, CFN: Hook("the documents of `AWS::S3::BucketPolicy` resources whose `Bucket` is a `Ref` to the bucket or its literal `BucketName`", noPolicies),
				Doc: "`unknown` when some bucket policy targets a bucket that cannot be resolved and might be this one; `src` is the first document's"},
			deletionPolicy("Delete"),
		},
		cfnLink: linkBucketPolicies,
	},
	{
		Service: "ec2", Name: "security_groups", Doc: "EC2 security groups; their rules are in `security_group_rules`",
		CFN: []CFNSource{{Types: []string{"AWS::EC2::SecurityGroup"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("GroupName")},
			{Key: "description", Type: String, CFN: Prop("GroupDescription")},
			{Key: "vpc_id", Type: Ref, CFN: Prop("VpcId")},
		},
	},
	{
		Service: "ec2", Name: "security_group_rules",
		Doc: "every ingress and egress rule, inline in a group or standalone; `resource` is the resource that declares it, `src` the rule itself",
		CFN: []CFNSource{
			{Types: []string{"AWS::EC2::SecurityGroup"}, Items: "SecurityGroupIngress", Set: inlineRule("ingress")},
			{Types: []string{"AWS::EC2::SecurityGroup"}, Items: "SecurityGroupEgress", Set: inlineRule("egress")},
			{Types: []string{"AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"}, Set: standaloneRule},
		},
		Fields: []Field{
			{Key: "group", Type: Plain, Doc: "address of the group (string), or null when it is not a group of the document: a standalone rule's `GroupId`/`GroupName` is resolved by `Ref`, `Fn::GetAtt` or the literal `GroupName` of a group"},
			{Key: "direction", Type: Plain, Doc: "`ingress` or `egress`"},
			{Key: "protocol", Type: String, CFN: Prop("IpProtocol").Conv(protocol),
				Doc: "lowercased; `-1` for all protocols (`all`, `-1`); `6`, `17`, `1`, `58` become `tcp`, `udp`, `icmp`, `icmpv6`"},
			{Key: "from_port", Type: Number, CFN: Prop("FromPort"), Doc: "-1 or absent with protocol -1 means all ports"},
			{Key: "to_port", Type: Number, CFN: Prop("ToPort")},
			{Key: "cidr_ipv4", Type: String, CFN: Prop("CidrIp")},
			{Key: "cidr_ipv6", Type: String, CFN: Prop("CidrIpv6")},
			{Key: "source_group", Type: Ref, CFN: Prop("SourceSecurityGroupId|SourceSecurityGroupName|DestinationSecurityGroupId"),
				Doc: "the peer group: ingress source, egress destination"},
			{Key: "prefix_list", Type: String, CFN: Prop("SourcePrefixListId|DestinationPrefixListId")},
			{Key: "description", Type: String, CFN: Prop("Description")},
		},
	},
	{
		Service: "iam", Name: "policies",
		Doc: "every identity policy document: inline `Policies` of roles, users and groups, `AWS::IAM::Policy`, `ManagedPolicy`, `RolePolicy`, `UserPolicy`, `GroupPolicy`, and SAM function `Policies` that are documents (managed policy names and SAM policy templates are not). `src` is the document's",
		CFN: []CFNSource{
			{Types: []string{"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}, Read: readInlinePolicies},
			{Types: []string{"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy"}, Read: readPolicyResource},
			{Types: []string{"AWS::Serverless::Function"}, Read: readSAMPolicies},
		},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("PolicyName|ManagedPolicyName")},
			{Key: "attached_to", Type: Plain, Doc: "sorted addresses of the roles, users and groups it is attached to, where known: `Roles`/`Users`/`Groups` and `RoleName`/`UserName`/`GroupName` resolved by `Ref` or literal name; `[]` for SAM functions (the role SAM generates is not in the template)"},
			{Key: "statements", Type: Statements, CFN: Prop("PolicyDocument"), Fields: statementFields},
		},
	},
	{
		Service: "iam", Name: "roles", Doc: "IAM roles",
		CFN: []CFNSource{{Types: []string{"AWS::IAM::Role"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("RoleName")},
			{Key: "assume_role_policy", Type: Document, CFN: Prop("AssumeRolePolicyDocument"), Fields: statementFields},
			{Key: "managed_policy_arns", Type: List, CFN: Prop("ManagedPolicyArns")},
		},
	},
	{
		Service: "ecr", Name: "repositories", Doc: "ECR repositories",
		CFN: []CFNSource{{Types: []string{"AWS::ECR::Repository"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("RepositoryName")},
			{Key: "scan_on_push", Type: Bool, Default: false, CFN: Prop("ImageScanningConfiguration.ScanOnPush")},
			{Key: "tag_mutability", Type: String, Default: "MUTABLE", CFN: Prop("ImageTagMutability"),
				Doc: "`MUTABLE`, `IMMUTABLE`, `IMMUTABLE_WITH_EXCLUSION`, `MUTABLE_WITH_EXCLUSION`"},
			{Key: "lifecycle_policy", Type: String, CFN: Prop("LifecyclePolicy.LifecyclePolicyText"), Doc: "the policy text; null when there is none"},
			{Key: "encryption_type", Type: String, Default: "AES256", CFN: Prop("EncryptionConfiguration.EncryptionType")},
			{Key: "kms_key", Type: Ref, CFN: Prop("EncryptionConfiguration.KmsKey")},
			deletionPolicy("Delete"),
		},
	},
	{
		Service: "logs", Name: "log_groups", Doc: "CloudWatch Logs log groups",
		CFN: []CFNSource{{Types: []string{"AWS::Logs::LogGroup"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("LogGroupName")},
			{Key: "retention_days", Type: Number, CFN: Prop("RetentionInDays"), Doc: "null: the events never expire"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId")},
			deletionPolicy("Delete"),
		},
	},
	{
		Service: "codebuild", Name: "projects", Doc: "CodeBuild projects",
		CFN: []CFNSource{{Types: []string{"AWS::CodeBuild::Project"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name")},
			{Key: "privileged_mode", Type: Bool, Default: false, CFN: Prop("Environment.PrivilegedMode")},
			{Key: "image", Type: String, CFN: Prop("Environment.Image")},
			{Key: "compute_type", Type: String, CFN: Prop("Environment.ComputeType")},
			{Key: "environment_variables", Type: Objects, CFN: Prop("Environment.EnvironmentVariables"), Fields: []Field{
				{Key: "name", Type: String, CFN: Prop("Name")},
				{Key: "value", Type: String, CFN: Prop("Value")},
				{Key: "type", Type: String, Default: "PLAINTEXT", CFN: Prop("Type"), Doc: "`PLAINTEXT`, `PARAMETER_STORE`, `SECRETS_MANAGER`"},
			}},
			{Key: "encryption_key", Type: Ref, CFN: Prop("EncryptionKey")},
			{Key: "buildspec", Type: String, CFN: Prop("Source.BuildSpec"), Doc: "an inline buildspec or a file name"},
			{Key: "logs_enabled", Type: Bool, Default: true,
				CFN: Hook("true when `LogsConfig.CloudWatchLogs.Status` is not `DISABLED` (its default is `ENABLED`) or `LogsConfig.S3Logs.Status` is `ENABLED`; src is the status that decides", codeBuildLogs)},
		},
	},
	{
		Service: "codepipeline", Name: "pipelines", Doc: "CodePipeline pipelines",
		CFN: []CFNSource{{Types: []string{"AWS::CodePipeline::Pipeline"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name")},
			{Key: "artifact_stores", Type: Objects, CFN: ItemsHook("`ArtifactStore`, and the `ArtifactStore` of each `ArtifactStores` item", artifactStores), Fields: []Field{
				{Key: "type", Type: String, CFN: Prop("Type")},
				{Key: "location", Type: String, CFN: Prop("Location")},
				{Key: "encryption_key", Type: Ref, CFN: Prop("EncryptionKey.Id")},
				{Key: "region", Type: String, CFN: Hook("the `Region` of the `ArtifactStores` item; null for `ArtifactStore`", storeRegion)},
			}},
			{Key: "stages", Type: Objects, CFN: Prop("Stages"), Doc: "in order", Fields: []Field{
				{Key: "name", Type: String, CFN: Prop("Name")},
				{Key: "actions", Type: Objects, CFN: Prop("Actions"), Fields: []Field{
					{Key: "name", Type: String, CFN: Prop("Name")},
					{Key: "category", Type: String, CFN: Prop("ActionTypeId.Category"), Doc: "`Source`, `Build`, `Test`, `Deploy`, `Approval`, `Invoke`"},
					{Key: "owner", Type: String, CFN: Prop("ActionTypeId.Owner")},
					{Key: "provider", Type: String, CFN: Prop("ActionTypeId.Provider")},
					{Key: "version", Type: String, CFN: Prop("ActionTypeId.Version")},
					{Key: "run_order", Type: Number, Default: 1.0, CFN: Prop("RunOrder")},
					{Key: "configuration", Type: Object, CFN: Prop("Configuration"), Doc: "the raw map"},
					{Key: "region", Type: String, CFN: Prop("Region")},
				}},
			}},
		},
	},
	{
		Service: "codedeploy", Name: "deployment_groups", Doc: "CodeDeploy deployment groups",
		CFN: []CFNSource{{Types: []string{"AWS::CodeDeploy::DeploymentGroup"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DeploymentGroupName")},
			{Key: "application", Type: Ref, CFN: Prop("ApplicationName")},
			{Key: "auto_rollback", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false, CFN: Prop("AutoRollbackConfiguration.Enabled")},
				{Key: "events", Type: List, CFN: Prop("AutoRollbackConfiguration.Events"),
					Doc: "`DEPLOYMENT_FAILURE`, `DEPLOYMENT_STOP_ON_ALARM`, `DEPLOYMENT_STOP_ON_REQUEST`"},
			}},
			{Key: "alarms", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false, CFN: Prop("AlarmConfiguration.Enabled")},
				{Key: "names", Type: List, CFN: Hook("the `Name` of each `AlarmConfiguration.Alarms` item", alarmNames)},
			}},
			{Key: "deployment_config", Type: Ref, CFN: Prop("DeploymentConfigName")},
		},
	},
	{
		Service: "lambda", Name: "functions",
		Doc: "Lambda functions, plain and SAM; a SAM function property that is not set is taken from `Globals.Function` (src then points there)",
		CFN: []CFNSource{{Types: []string{"AWS::Lambda::Function", "AWS::Serverless::Function"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("FunctionName")},
			{Key: "runtime", Type: String, CFN: Prop("Runtime")},
			{Key: "role", Type: Ref, CFN: Prop("Role")},
			{Key: "tracing_mode", Type: String, Default: "PassThrough", CFN: Prop("TracingConfig.Mode|Tracing"), Doc: "`Active` or `PassThrough` (SAM: `Tracing`)"},
			{Key: "environment", Type: Object, Default: map[string]any{},
				CFN: Hook("`Environment.Variables`; for SAM functions merged with `Globals.Function`, the function's entries winning, with the function's src", environment),
				Doc: "variable name → value"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyArn")},
			{Key: "dead_letter_target", Type: Ref, CFN: Prop("DeadLetterConfig.TargetArn|DeadLetterQueue.TargetArn")},
			{Key: "reserved_concurrency", Type: Number, CFN: Prop("ReservedConcurrentExecutions")},
		},
	},
	{
		Service: "ecs", Name: "task_definitions", Doc: "ECS task definitions",
		CFN: []CFNSource{{Types: []string{"AWS::ECS::TaskDefinition"}}},
		Fields: []Field{
			{Key: "family", Type: String, CFN: Prop("Family")},
			{Key: "network_mode", Type: String, CFN: Prop("NetworkMode")},
			{Key: "task_role", Type: Ref, CFN: Prop("TaskRoleArn")},
			{Key: "execution_role", Type: Ref, CFN: Prop("ExecutionRoleArn")},
			{Key: "containers", Type: Objects, CFN: Prop("ContainerDefinitions"), Fields: []Field{
				{Key: "name", Type: String, CFN: Prop("Name")},
				{Key: "image", Type: String, CFN: Prop("Image")},
				{Key: "privileged", Type: Bool, Default: false, CFN: Prop("Privileged")},
				{Key: "log_configuration", Type: Object, CFN: Prop("LogConfiguration")},
				{Key: "health_check", Type: Object, CFN: Prop("HealthCheck")},
				{Key: "readonly_root_filesystem", Type: Bool, Default: false, CFN: Prop("ReadonlyRootFilesystem")},
				{Key: "user", Type: String, CFN: Prop("User")},
				{Key: "environment", Type: Objects, CFN: Prop("Environment"), Fields: []Field{
					{Key: "name", Type: String, CFN: Prop("Name")},
					{Key: "value", Type: String, CFN: Prop("Value")},
				}},
				{Key: "secrets", Type: Objects, CFN: Prop("Secrets"), Fields: []Field{
					{Key: "name", Type: String, CFN: Prop("Name")},
					{Key: "value_from", Type: String, CFN: Prop("ValueFrom")},
				}},
			}},
		},
	},
	{
		Service: "rds", Name: "instances", Doc: "RDS DB instances",
		CFN: []CFNSource{{Types: []string{"AWS::RDS::DBInstance"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DBInstanceIdentifier")},
			{Key: "engine", Type: String, CFN: Prop("Engine")},
			{Key: "storage_encrypted", Type: Bool, Default: false,
				CFN: Hook("`StorageEncrypted`; `unknown` for an instance of a cluster (`DBClusterIdentifier`), whose cluster decides", instanceEncrypted)},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId")},
			{Key: "publicly_accessible", Type: Bool, Default: false, CFN: Prop("PubliclyAccessible")},
			{Key: "backup_retention", Type: Number, Default: 1.0, CFN: Prop("BackupRetentionPeriod")},
			{Key: "multi_az", Type: Bool, Default: false, CFN: Prop("MultiAZ")},
			{Key: "cluster", Type: Ref, CFN: Prop("DBClusterIdentifier")},
			{Key: "deletion_protection", Type: Bool, Default: false, CFN: Prop("DeletionProtection")},
			{Key: "deletion_policy", Type: String, Default: "Snapshot",
				CFN: Hook("`DeletionPolicy`; the default is `Snapshot` for an instance without `DBClusterIdentifier`, else `Delete`", instanceDeletionPolicy)},
		},
	},
	{
		Service: "rds", Name: "clusters", Doc: "RDS DB clusters",
		CFN: []CFNSource{{Types: []string{"AWS::RDS::DBCluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DBClusterIdentifier")},
			{Key: "engine", Type: String, CFN: Prop("Engine")},
			{Key: "storage_encrypted", Type: Bool, Default: false, CFN: Prop("StorageEncrypted")},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId")},
			{Key: "publicly_accessible", Type: Bool, Default: false, CFN: Prop("PubliclyAccessible")},
			{Key: "backup_retention", Type: Number, Default: 1.0, CFN: Prop("BackupRetentionPeriod")},
			{Key: "deletion_protection", Type: Bool, Default: false, CFN: Prop("DeletionProtection")},
			deletionPolicy("Snapshot"),
		},
	},
	{
		Service: "dynamodb", Name: "tables", Doc: "DynamoDB tables and global tables",
		CFN: []CFNSource{{Types: []string{"AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("TableName")},
			{Key: "point_in_time_recovery", Type: Bool, Default: false,
				CFN: Hook("`PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled`; for a global table the first replica's value that is false or default (src that replica), else the first unknown one, else the first replica's true value", pointInTimeRecovery)},
			{Key: "sse_enabled", Type: Bool, Default: false, CFN: Prop("SSESpecification.SSEEnabled")},
			{Key: "kms_key", Type: Ref,
				CFN: Hook("`SSESpecification.KMSMasterKeyId`; for a global table the first replica's written key", tableKMSKey)},
			deletionPolicy("Delete"),
		},
	},
}
