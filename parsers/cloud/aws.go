package cloud

import "slices"

// This file declares the normalised AWS view: every collection, field,
// AWS default and CloudFormation source. Adding a field is one entry here;
// readers, the JSON Schema and docs/normalised-view.md follow from it.

// deletionPolicy is the resource attribute every stateful collection has.
func deletionPolicy(def string) Field {
	return Field{Key: "deletion_policy", Type: String, Default: def, CFN: Res("DeletionPolicy"),
		TF: Hook("`Retain` with `lifecycle { prevent_destroy = true }`", deletionPolicyTF(def)),
		Doc: "`Delete`, `Retain`, `Snapshot` or `RetainExceptOnCreate`; without the attribute CloudFormation deletes the resource " +
			"(CloudFormation User Guide, \"DeletionPolicy attribute\", checked 2026-12)"}
}

// pabSetting is one setting of a bucket's public access block. Without a
// block, a bucket created since April 2023 has all four settings on; a
// block that leaves a setting out turns it off (the S3 API and the
// Terraform provider both read an omitted setting as false).
func pabSetting(key, cfnName string) Field {
	return Field{Key: key, Type: Bool, Default: true,
		CFN: Hook("`PublicAccessBlockConfiguration."+cfnName+"`; false when the block is declared without it", pabSettingCFN(cfnName)),
		TF:  Hook("`aws_s3_bucket_public_access_block."+key+"` of an `aws_s3_bucket_public_access_block` whose `bucket` refers to it; false when that resource leaves it out", pabSettingTF(key)),
		Doc: "true without a block: S3 turns Block Public Access on for every new bucket since April 2023 " +
			"(aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023)"}
}

// statementFields are the fields of one policy statement, wherever a policy
// document appears.
var statementFields = []Field{
	{Key: "effect", Type: String, Default: "Allow", CFN: Prop("Effect"), TF: Prop("Effect"), Doc: "`Allow` or `Deny`"},
	{Key: "actions", Type: List, CFN: Prop("Action"), TF: Prop("Action"), Doc: "a single string is a one-item list"},
	{Key: "not_actions", Type: List, CFN: Prop("NotAction"), TF: Prop("NotAction")},
	{Key: "resources", Type: List, CFN: Prop("Resource"), TF: Prop("Resource")},
	{Key: "not_resources", Type: List, CFN: Prop("NotResource"), TF: Prop("NotResource")},
	{Key: "principals", Type: Object, CFN: Prop("Principal"), TF: Prop("Principal"), Doc: "the principal value as written"},
	{Key: "not_principals", Type: Object, CFN: Prop("NotPrincipal"), TF: Prop("NotPrincipal")},
	{Key: "has_condition", Type: Bool, Default: false, CFN: Prop("Condition").Present(), TF: Prop("Condition").Present()},
	{Key: "condition", Type: Object, CFN: Prop("Condition"), TF: Prop("Condition"),
		Doc: "the condition map as written (operator → key → value); null when there is none"},
}

// collections is every collection of the view, in the order of
// docs/normalised-view.md: the core ones here, each area's in its file.
var collections = slices.Concat(coreCollections, identityCollections, networkCollections,
	dataCollections, computeCollections, monitoringCollections, deliveryCollections)

// coreCollections are the collections the first policies read.
var coreCollections = []*Collection{
	{
		Service: "s3", Name: "buckets", Doc: "S3 buckets",
		CFN: []Origin{
			{Types: []string{"AWS::S3::Bucket"}},
			{Types: []string{"AWS::S3::BucketPolicy"}, Read: readBucketPolicy},
		},
		TF: []Origin{{Types: []string{"aws_s3_bucket"}, Name: "bucket"}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("BucketName"), TF: Prop("bucket")},
			{Key: "encryption", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: true,
					CFN: Prop("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm").Present(),
					TF: Via("aws_s3_bucket_server_side_encryption_configuration", "bucket", "rule[0].apply_server_side_encryption_by_default[0].sse_algorithm").
						Else(Prop("server_side_encryption_configuration[0].rule[0].apply_server_side_encryption_by_default[0].sse_algorithm")).Present(),
					Doc: "objects are encrypted at rest: S3 encrypts every new object, with SSE-S3 when the bucket declares no default encryption " +
						"(AWS behaviour since 2023-01-05, docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html); " +
						"`written` when an `SSEAlgorithm` is declared in the first rule"},
				{Key: "algorithm", Type: String, Default: "AES256", CFN: Prop("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm"),
					TF: Via("aws_s3_bucket_server_side_encryption_configuration", "bucket", "rule[0].apply_server_side_encryption_by_default[0].sse_algorithm").
						Else(Prop("server_side_encryption_configuration[0].rule[0].apply_server_side_encryption_by_default[0].sse_algorithm")),
					Doc: "`AES256` (SSE-S3, the default since 2023-01-05), `aws:kms`, `aws:kms:dsse`"},
				{Key: "kms_key", Type: String, CFN: Prop("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID"),
					TF: Via("aws_s3_bucket_server_side_encryption_configuration", "bucket", "rule[0].apply_server_side_encryption_by_default[0].kms_master_key_id").
						Else(Prop("server_side_encryption_configuration[0].rule[0].apply_server_side_encryption_by_default[0].kms_master_key_id")),
					Doc: "null with `aws:kms`: the AWS managed key `aws/s3`"},
			}},
			{Key: "versioning", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false, CFN: Prop("VersioningConfiguration.Status").Conv(equals("Enabled")),
					TF:  Via("aws_s3_bucket_versioning", "bucket", "versioning_configuration[0].status").Else(Prop("versioning[0].enabled")).Conv(enabled),
					Doc: "`Status: Enabled`; buckets are unversioned until versioning is enabled (S3 User Guide, \"Using versioning\", checked 2026-12)"},
				{Key: "mfa_delete", Type: Bool, Default: false, CFN: Fixed("VersioningConfiguration"),
					TF: Via("aws_s3_bucket_versioning", "bucket", "versioning_configuration[0].mfa_delete").Else(Prop("versioning[0].mfa_delete")).Conv(enabled)},
			}},
			{Key: "public_access_block", Type: Group, Fields: []Field{
				{Key: "present", Type: Bool, Default: false, CFN: Prop("PublicAccessBlockConfiguration").Present(),
					TF:  Via("aws_s3_bucket_public_access_block", "bucket", "").Present(),
					Doc: "the block is declared at all"},
				pabSetting("block_public_acls", "BlockPublicAcls"),
				pabSetting("block_public_policy", "BlockPublicPolicy"),
				pabSetting("ignore_public_acls", "IgnorePublicAcls"),
				pabSetting("restrict_public_buckets", "RestrictPublicBuckets"),
			}},
			{Key: "logging", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false, CFN: Prop("LoggingConfiguration").Present(),
					TF:  Via("aws_s3_bucket_logging", "bucket", "").Else(Prop("logging")).Present(),
					Doc: "server access logging is off unless configured (checked 2026-12)"},
				{Key: "target_bucket", Type: Ref, CFN: Prop("LoggingConfiguration.DestinationBucketName"),
					TF: Via("aws_s3_bucket_logging", "bucket", "target_bucket").Else(Prop("logging[0].target_bucket"))},
			}},
			{Key: "object_ownership", Type: String, Default: "BucketOwnerEnforced", CFN: Prop("OwnershipControls.Rules[0].ObjectOwnership"),
				TF:  Via("aws_s3_bucket_ownership_controls", "bucket", "rule[0].object_ownership"),
				Doc: "`BucketOwnerEnforced` (ACLs disabled, the default for new buckets since April 2023), `BucketOwnerPreferred` or `ObjectWriter` (ACLs enabled)"},
			{Key: "acl", Type: String, Default: "Private", CFN: Prop("AccessControl"),
				TF:  Via("aws_s3_bucket_acl", "bucket", "acl").Else(Prop("acl")),
				Doc: "the canned ACL; new buckets have ACLs disabled (object ownership `BucketOwnerEnforced`) since April 2023, so another ACL needs `OwnershipControls` that allow it"},
			{Key: "policies", Type: Documents, Default: []any{}, CFN: Hook("the documents of `AWS::S3::BucketPolicy` resources whose `Bucket` is a `Ref` to the bucket or its literal `BucketName`", noPolicies),
				TF:  Hook("the `policy` of `aws_s3_bucket_policy` resources whose `bucket` refers to the bucket, and the bucket's own `policy`", bucketPoliciesTF),
				Doc: "`unknown` when some bucket policy targets a bucket that cannot be resolved and might be this one; `src` is the first document's"},
			{Key: "object_lock_enabled", Type: Bool, Default: false, CFN: Prop("ObjectLockEnabled").Conv(enabled),
				TF:  Prop("object_lock_enabled|object_lock_configuration[0].object_lock_enabled").Conv(enabled),
				Doc: "S3 Object Lock, which can only be turned on when the bucket is created; off unless enabled (checked 2026-12)"},
			{Key: "website_enabled", Type: Bool, Default: false, CFN: Prop("WebsiteConfiguration").Present(),
				TF:  Via("aws_s3_bucket_website_configuration", "bucket", "").Else(Prop("website")).Present(),
				Doc: "static website hosting is configured"},
			{Key: "force_destroy", Type: Bool, Default: false,
				CFN: Fixed("DeletionPolicy"), TF: Prop("force_destroy"),
				Doc: "whether deleting the bucket deletes its objects first; CloudFormation never does, so deleting a bucket that holds objects fails " +
					"(AWS::S3::Bucket reference, checked 2026-12), and neither does Terraform without `force_destroy`"},
			deletionPolicy("Delete"),
		},
		cfnLink: linkBucketPolicies,
	},
	{
		Service: "ec2", Name: "security_groups", Doc: "EC2 security groups; their rules are in `security_group_rules`",
		CFN: []Origin{{Types: []string{"AWS::EC2::SecurityGroup"}}},
		TF:  []Origin{{Types: []string{"aws_security_group"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("GroupName"), TF: Prop("name")},
			{Key: "description", Type: String, CFN: Prop("GroupDescription"), TF: Prop("description")},
			{Key: "vpc_id", Type: Ref, CFN: Prop("VpcId"), TF: Prop("vpc_id")},
		},
	},
	{
		Service: "ec2", Name: "security_group_rules",
		Doc: "every ingress and egress rule, inline in a group or standalone; `resource` is the resource that declares it, `src` the rule itself",
		CFN: []Origin{
			{Types: []string{"AWS::EC2::SecurityGroup"}, Items: "SecurityGroupIngress", Set: inlineRule("ingress")},
			{Types: []string{"AWS::EC2::SecurityGroup"}, Items: "SecurityGroupEgress", Set: inlineRule("egress")},
			{Types: []string{"AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"}, Set: standaloneRule},
		},
		TF: []Origin{
			{Types: []string{"aws_security_group"}, Read: tfInlineRules},
			{Types: []string{"aws_security_group_rule"}, Read: tfRuleResource},
			{Types: []string{"aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"}, Set: tfVPCRule},
		},
		Fields: []Field{
			{Key: "group", Type: Plain, Doc: "address of the group (string), or null when it is not a group of the document: a standalone rule's `GroupId`/`GroupName` is resolved by `Ref`, `Fn::GetAtt` or the literal `GroupName` of a group"},
			{Key: "direction", Type: Plain, Doc: "`ingress` or `egress`"},
			{Key: "protocol", Type: String, CFN: Prop("IpProtocol").Conv(protocol), TF: Prop("protocol|ip_protocol").Conv(protocol),
				Doc: "lowercased; `-1` for all protocols (`all`, `-1`); `6`, `17`, `1`, `58` become `tcp`, `udp`, `icmp`, `icmpv6`"},
			{Key: "from_port", Type: Number, CFN: Prop("FromPort"), TF: Prop("from_port"), Doc: "-1 or absent with protocol -1 means all ports"},
			{Key: "to_port", Type: Number, CFN: Prop("ToPort"), TF: Prop("to_port")},
			{Key: "cidr_ipv4", Type: String, CFN: Prop("CidrIp"), TF: Prop("cidr_ipv4"),
				Doc: "Terraform's `cidr_blocks` lists are flattened: one rule object per block"},
			{Key: "cidr_ipv6", Type: String, CFN: Prop("CidrIpv6"), TF: Prop("cidr_ipv6")},
			{Key: "source_group", Type: Ref, CFN: Prop("SourceSecurityGroupId|SourceSecurityGroupName|DestinationSecurityGroupId"),
				TF:  Prop("source_security_group_id|referenced_security_group_id"),
				Doc: "the peer group: ingress source, egress destination"},
			{Key: "prefix_list", Type: String, CFN: Prop("SourcePrefixListId|DestinationPrefixListId"), TF: Prop("prefix_list_id")},
			{Key: "description", Type: String, CFN: Prop("Description"), TF: Prop("description")},
		},
	},
	{
		Service: "iam", Name: "policies",
		Doc: "every identity policy document: inline `Policies` of roles, users and groups, `AWS::IAM::Policy`, `ManagedPolicy`, `RolePolicy`, `UserPolicy`, `GroupPolicy`, and SAM function `Policies` that are documents (managed policy names and SAM policy templates are not). `src` is the document's",
		CFN: []Origin{
			{Types: []string{"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}, Read: readInlinePolicies},
			{Types: []string{"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy"}, Read: readPolicyResource},
			{Types: []string{"AWS::Serverless::Function"}, Read: readSAMPolicies},
		},
		TF: []Origin{
			{Types: []string{"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"}, Read: tfPolicyResource},
			{Types: []string{"aws_iam_role"}, Read: tfInlineRolePolicies},
		},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("PolicyName|ManagedPolicyName"), TF: Prop("name")},
			{Key: "attached_to", Type: Plain, Doc: "sorted addresses of the roles, users and groups it is attached to, where known: `Roles`/`Users`/`Groups` and `RoleName`/`UserName`/`GroupName` resolved by `Ref` or literal name; `[]` for SAM functions (the role SAM generates is not in the template)"},
			{Key: "statements", Type: Statements, CFN: Prop("PolicyDocument"), Fields: statementFields},
		},
	},
	{
		Service: "iam", Name: "roles", Doc: "IAM roles",
		CFN: []Origin{{Types: []string{"AWS::IAM::Role"}}},
		TF:  []Origin{{Types: []string{"aws_iam_role"}, Name: "name"}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("RoleName"), TF: Prop("name")},
			{Key: "assume_role_policy", Type: Document, CFN: Prop("AssumeRolePolicyDocument"), TF: Prop("assume_role_policy"), Fields: statementFields},
			{Key: "managed_policy_arns", Type: List, CFN: Prop("ManagedPolicyArns"),
				TF: Hook("`managed_policy_arns`, the `policy_arn` of each `aws_iam_role_policy_attachment` of the role and of each `aws_iam_policy_attachment` that lists it in `roles`", managedPoliciesTF("role"))},
		},
	},
	{
		Service: "iam", Name: "users", Doc: "IAM users",
		CFN: []Origin{{Types: []string{"AWS::IAM::User"}}},
		TF:  []Origin{{Types: []string{"aws_iam_user"}, Name: "name"}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("UserName"), TF: Prop("name")},
			{Key: "managed_policy_arns", Type: List, CFN: Prop("ManagedPolicyArns"),
				TF: Hook("the `policy_arn` of each `aws_iam_user_policy_attachment` of the user and of each `aws_iam_policy_attachment` that lists it in `users`", managedPoliciesTF("user"))},
		},
	},
	{
		Service: "iam", Name: "groups", Doc: "IAM groups",
		CFN: []Origin{{Types: []string{"AWS::IAM::Group"}}},
		TF:  []Origin{{Types: []string{"aws_iam_group"}, Name: "name"}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("GroupName"), TF: Prop("name")},
			{Key: "managed_policy_arns", Type: List, CFN: Prop("ManagedPolicyArns"),
				TF: Hook("the `policy_arn` of each `aws_iam_group_policy_attachment` of the group and of each `aws_iam_policy_attachment` that lists it in `groups`", managedPoliciesTF("group"))},
		},
	},
	{
		Service: "ecr", Name: "repositories", Doc: "ECR repositories",
		CFN: []Origin{{Types: []string{"AWS::ECR::Repository"}}},
		TF:  []Origin{{Types: []string{"aws_ecr_repository"}, Name: "name"}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("RepositoryName"), TF: Prop("name")},
			{Key: "scan_on_push", Type: Bool, Default: false, CFN: Prop("ImageScanningConfiguration.ScanOnPush"), TF: Prop("image_scanning_configuration[0].scan_on_push"),
				Doc: "the repository setting, off by default; a registry-level scanning configuration (`AWS::ECR::RegistryScanningConfiguration`, Amazon Inspector) can scan the repository anyway (checked 2026-12)"},
			{Key: "tag_mutability", Type: String, Default: "MUTABLE", CFN: Prop("ImageTagMutability"), TF: Prop("image_tag_mutability"),
				Doc: "`MUTABLE` (the default, checked 2026-12), `IMMUTABLE`, `IMMUTABLE_WITH_EXCLUSION`, `MUTABLE_WITH_EXCLUSION`"},
			{Key: "lifecycle_policy", Type: String, CFN: Prop("LifecyclePolicy.LifecyclePolicyText"), TF: Via("aws_ecr_lifecycle_policy", "repository", "policy"),
				Doc: "the policy text; null when there is none"},
			{Key: "encryption_type", Type: String, Default: "AES256", CFN: Prop("EncryptionConfiguration.EncryptionType"), TF: Prop("encryption_configuration[0].encryption_type"),
				Doc: "`AES256` (S3-managed keys, the default, checked 2026-12), `KMS`, `KMS_DSSE`"},
			{Key: "kms_key", Type: Ref, CFN: Prop("EncryptionConfiguration.KmsKey"), TF: Prop("encryption_configuration[0].kms_key")},
			deletionPolicy("Delete"),
		},
	},
	{
		Service: "logs", Name: "log_groups", Doc: "CloudWatch Logs log groups",
		CFN: []Origin{{Types: []string{"AWS::Logs::LogGroup"}}},
		TF:  []Origin{{Types: []string{"aws_cloudwatch_log_group"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("LogGroupName"), TF: Prop("name")},
			{Key: "retention_days", Type: Number, CFN: Prop("RetentionInDays"), TF: Prop("retention_in_days").Conv(zeroIsNever),
				Doc: "null: the events never expire, the default when it is not set (Terraform's 0; CloudWatch Logs API PutRetentionPolicy, checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_id"),
				Doc: "null: the log group is encrypted with a key CloudWatch Logs manages"},
			deletionPolicy("Delete"),
		},
	},
	{
		Service: "codebuild", Name: "projects", Doc: "CodeBuild projects",
		CFN: []Origin{{Types: []string{"AWS::CodeBuild::Project"}}},
		TF:  []Origin{{Types: []string{"aws_codebuild_project"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "privileged_mode", Type: Bool, Default: false, CFN: Prop("Environment.PrivilegedMode"), TF: Prop("environment[0].privileged_mode"),
				Doc: "off by default (checked 2026-12)"},
			{Key: "image", Type: String, CFN: Prop("Environment.Image"), TF: Prop("environment[0].image")},
			{Key: "compute_type", Type: String, CFN: Prop("Environment.ComputeType"), TF: Prop("environment[0].compute_type")},
			{Key: "environment_variables", Type: Objects, CFN: Prop("Environment.EnvironmentVariables"), TF: Prop("environment[0].environment_variable"), Fields: []Field{
				{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
				{Key: "value", Type: String, CFN: Prop("Value"), TF: Prop("value")},
				{Key: "type", Type: String, Default: "PLAINTEXT", CFN: Prop("Type"), TF: Prop("type"), Doc: "`PLAINTEXT` (the default, checked 2026-12), `PARAMETER_STORE`, `SECRETS_MANAGER`"},
			}},
			{Key: "encryption_key", Type: Ref, CFN: Prop("EncryptionKey"), TF: Prop("encryption_key"),
				Doc: "null: build output artifacts are encrypted with the AWS managed key `aws/s3`"},
			{Key: "buildspec", Type: String, CFN: Prop("Source.BuildSpec"), TF: Prop("source[0].buildspec"), Doc: "an inline buildspec or a file name"},
			{Key: "logs_enabled", Type: Bool, Default: true,
				TF:  Hook("true unless `logs_config.cloudwatch_logs.status` is `DISABLED` and `logs_config.s3_logs.status` is not `ENABLED`", codeBuildLogsTF),
				CFN: Hook("true when `LogsConfig.CloudWatchLogs.Status` is not `DISABLED` (its default is `ENABLED`) or `LogsConfig.S3Logs.Status` is `ENABLED`; src is the status that decides", codeBuildLogs),
				Doc: "CloudWatch Logs are on and S3 logs off unless configured (CodeBuild API LogsConfig, checked 2026-12)"},
			{Key: "s3_logs", Type: Group, Fields: []Field{
				{Key: "status", Type: String, Default: "DISABLED", CFN: Prop("LogsConfig.S3Logs.Status"), TF: Prop("logs_config[0].s3_logs[0].status"),
					Doc: "`ENABLED` or `DISABLED`; S3 logs are off unless configured (checked 2026-12)"},
				{Key: "encryption_disabled", Type: Bool, Default: false, CFN: Prop("LogsConfig.S3Logs.EncryptionDisabled"), TF: Prop("logs_config[0].s3_logs[0].encryption_disabled"),
					Doc: "S3 build logs are encrypted unless true (checked 2026-12)"},
			}},
			{Key: "artifacts", Type: Group, Doc: "the primary output artifacts", Fields: []Field{
				{Key: "type", Type: String, CFN: Prop("Artifacts.Type"), TF: Prop("artifacts[0].type"), Doc: "`CODEPIPELINE`, `S3` or `NO_ARTIFACTS`"},
				{Key: "encryption_disabled", Type: Bool, Default: false, CFN: Prop("Artifacts.EncryptionDisabled"), TF: Prop("artifacts[0].encryption_disabled"),
					Doc: "output artifacts are encrypted unless true; valid only for `S3` artifacts (checked 2026-12)"},
			}},
			{Key: "secondary_artifacts", Type: Objects, CFN: Prop("SecondaryArtifacts"), TF: Prop("secondary_artifacts"), Fields: []Field{
				{Key: "type", Type: String, CFN: Prop("Type"), TF: Prop("type")},
				{Key: "encryption_disabled", Type: Bool, Default: false, CFN: Prop("EncryptionDisabled"), TF: Prop("encryption_disabled"),
					Doc: "encrypted unless true (checked 2026-12)"},
			}},
			{Key: "source", Type: Group, Doc: "the primary source", Fields: []Field{
				{Key: "type", Type: String, CFN: Prop("Source.Type"), TF: Prop("source[0].type"), Doc: "`CODECOMMIT`, `CODEPIPELINE`, `GITHUB`, `BITBUCKET`, `S3`, `NO_SOURCE` ..."},
				{Key: "location", Type: String, CFN: Prop("Source.Location"), TF: Prop("source[0].location"), Doc: "the repository URL, bucket path ..."},
				{Key: "insecure_ssl", Type: Bool, Default: false, CFN: Prop("Source.InsecureSsl"), TF: Prop("source[0].insecure_ssl"),
					Doc: "TLS warnings are not ignored unless true (checked 2026-12)"},
			}},
			{Key: "secondary_sources", Type: Objects, CFN: Prop("SecondarySources"), TF: Prop("secondary_sources"), Fields: []Field{
				{Key: "type", Type: String, CFN: Prop("Type"), TF: Prop("type")},
				{Key: "location", Type: String, CFN: Prop("Location"), TF: Prop("location")},
				{Key: "insecure_ssl", Type: Bool, Default: false, CFN: Prop("InsecureSsl"), TF: Prop("insecure_ssl"), Doc: "false when not set (checked 2026-12)"},
			}},
			{Key: "visibility", Type: String, Default: "PRIVATE", CFN: Prop("Visibility"), TF: Prop("project_visibility"),
				Doc: "`PRIVATE` (the default, checked 2026-12) or `PUBLIC_READ`: anyone can see the builds, their logs and artifacts"},
			{Key: "timeout_minutes", Type: Number, Default: 60.0, CFN: Prop("TimeoutInMinutes"), TF: Prop("build_timeout"),
				Doc: "minutes before a build that has not completed is stopped; 60 when not set, at most 2160 (checked 2026-12)"},
		},
	},
	{
		Service: "codepipeline", Name: "pipelines", Doc: "CodePipeline pipelines",
		CFN: []Origin{{Types: []string{"AWS::CodePipeline::Pipeline"}}},
		TF:  []Origin{{Types: []string{"aws_codepipeline"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "artifact_stores", Type: Objects, TF: Prop("artifact_store"), CFN: ItemsHook("`ArtifactStore`, and the `ArtifactStore` of each `ArtifactStores` item", artifactStores), Fields: []Field{
				{Key: "type", Type: String, CFN: Prop("Type"), TF: Prop("type")},
				{Key: "location", Type: String, CFN: Prop("Location"), TF: Prop("location")},
				{Key: "encryption_key", Type: Ref, CFN: Prop("EncryptionKey.Id"), TF: Prop("encryption_key[0].id"),
					Doc: "null: artifacts are encrypted with the AWS managed key `aws/s3`"},
				{Key: "region", Type: String, TF: Prop("region"), CFN: Hook("the `Region` of the `ArtifactStores` item; null for `ArtifactStore`", storeRegion)},
			}},
			{Key: "stages", Type: Objects, CFN: Prop("Stages"), TF: Prop("stage"), Doc: "in order", Fields: []Field{
				{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
				{Key: "actions", Type: Objects, CFN: Prop("Actions"), TF: Prop("action"), Fields: []Field{
					{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
					{Key: "category", Type: String, CFN: Prop("ActionTypeId.Category"), TF: Prop("category"), Doc: "`Source`, `Build`, `Test`, `Deploy`, `Approval`, `Invoke`"},
					{Key: "owner", Type: String, CFN: Prop("ActionTypeId.Owner"), TF: Prop("owner")},
					{Key: "provider", Type: String, CFN: Prop("ActionTypeId.Provider"), TF: Prop("provider")},
					{Key: "version", Type: String, CFN: Prop("ActionTypeId.Version"), TF: Prop("version")},
					{Key: "run_order", Type: Number, Default: 1.0, CFN: Prop("RunOrder"), TF: Prop("run_order"), Doc: "1 when not set (checked 2026-12)"},
					{Key: "configuration", Type: Object, CFN: Prop("Configuration"), TF: Prop("configuration"), Doc: "the raw map"},
					{Key: "region", Type: String, CFN: Prop("Region"), TF: Prop("region")},
				}},
			}},
		},
	},
	{
		Service: "codedeploy", Name: "deployment_groups", Doc: "CodeDeploy deployment groups",
		CFN: []Origin{{Types: []string{"AWS::CodeDeploy::DeploymentGroup"}}},
		TF:  []Origin{{Types: []string{"aws_codedeploy_deployment_group"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DeploymentGroupName"), TF: Prop("deployment_group_name")},
			{Key: "application", Type: Ref, CFN: Prop("ApplicationName"), TF: Prop("app_name")},
			{Key: "auto_rollback", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false, CFN: Prop("AutoRollbackConfiguration.Enabled"), TF: Prop("auto_rollback_configuration[0].enabled"),
					Doc: "a deployment group does not roll back unless configured (checked 2026-12)"},
				{Key: "events", Type: List, CFN: Prop("AutoRollbackConfiguration.Events"), TF: Prop("auto_rollback_configuration[0].events"),
					Doc: "`DEPLOYMENT_FAILURE`, `DEPLOYMENT_STOP_ON_ALARM`, `DEPLOYMENT_STOP_ON_REQUEST`"},
			}},
			{Key: "alarms", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false, CFN: Prop("AlarmConfiguration.Enabled"), TF: Prop("alarm_configuration[0].enabled"),
					Doc: "off unless configured (checked 2026-12)"},
				{Key: "names", Type: List, TF: Prop("alarm_configuration[0].alarms"), CFN: Hook("the `Name` of each `AlarmConfiguration.Alarms` item", alarmNames)},
			}},
			{Key: "deployment_config", Type: Ref, CFN: Prop("DeploymentConfigName"), TF: Prop("deployment_config_name")},
		},
	},
	{
		Service: "lambda", Name: "functions",
		Doc: "Lambda functions, plain and SAM; a SAM function property that is not set is taken from `Globals.Function` (src then points there)",
		CFN: []Origin{{Types: []string{"AWS::Lambda::Function", "AWS::Serverless::Function"}}},
		TF:  []Origin{{Types: []string{"aws_lambda_function"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("FunctionName"), TF: Prop("function_name")},
			{Key: "runtime", Type: String, CFN: Prop("Runtime"), TF: Prop("runtime")},
			{Key: "role", Type: Ref, CFN: Prop("Role"), TF: Prop("role")},
			{Key: "managed_policies", Type: List,
				CFN: Hook("the entries of a SAM function's `Policies` that are strings: AWS managed policy names (`AmazonS3ReadOnlyAccess`) or managed policy ARNs; `[]` when the function sets `Role`, which makes SAM ignore `Policies`", samManagedPolicies),
				Doc: "as written; SAM attaches them to the role it generates"},
			{Key: "tracing_mode", Type: String, Default: "PassThrough", CFN: Prop("TracingConfig.Mode|Tracing"), TF: Prop("tracing_config[0].mode"),
				Doc: "`Active` or `PassThrough` (SAM: `Tracing`); `PassThrough` when not set (Lambda API TracingConfig, checked 2026-12)"},
			{Key: "environment", Type: Object, Default: map[string]any{}, TF: Prop("environment[0].variables"),
				CFN: Hook("`Environment.Variables`; for SAM functions merged with `Globals.Function`, the function's entries winning, with the function's src", environment),
				Doc: "variable name → value"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyArn"), TF: Prop("kms_key_arn")},
			{Key: "dead_letter_target", Type: Ref, CFN: Prop("DeadLetterConfig.TargetArn|DeadLetterQueue.TargetArn"), TF: Prop("dead_letter_config[0].target_arn")},
			{Key: "reserved_concurrency", Type: Number, CFN: Prop("ReservedConcurrentExecutions"), TF: Prop("reserved_concurrent_executions").Conv(minusOneIsNone),
				Doc: "null: unreserved (Terraform's -1)"},
		},
	},
	{
		Service: "ecs", Name: "task_definitions", Doc: "ECS task definitions",
		CFN: []Origin{{Types: []string{"AWS::ECS::TaskDefinition"}}},
		TF:  []Origin{{Types: []string{"aws_ecs_task_definition"}}},
		Fields: []Field{
			{Key: "family", Type: String, CFN: Prop("Family"), TF: Prop("family")},
			{Key: "network_mode", Type: String, CFN: Prop("NetworkMode"), TF: Prop("network_mode")},
			{Key: "task_role", Type: Ref, CFN: Prop("TaskRoleArn"), TF: Prop("task_role_arn")},
			{Key: "execution_role", Type: Ref, CFN: Prop("ExecutionRoleArn"), TF: Prop("execution_role_arn")},
			{Key: "containers", Type: Objects, CFN: Prop("ContainerDefinitions"),
				TF: ItemsHook("the items of the `container_definitions` JSON (its keys are camelCase)", containerDefinitionsTF), Fields: []Field{
					{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
					{Key: "image", Type: String, CFN: Prop("Image"), TF: Prop("image")},
					{Key: "privileged", Type: Bool, Default: false, CFN: Prop("Privileged"), TF: Prop("privileged"), Doc: "false when not set (checked 2026-12)"},
					{Key: "log_configuration", Type: Object, CFN: Prop("LogConfiguration"), TF: Prop("logConfiguration")},
					{Key: "health_check", Type: Object, CFN: Prop("HealthCheck"), TF: Prop("healthCheck")},
					{Key: "readonly_root_filesystem", Type: Bool, Default: false, CFN: Prop("ReadonlyRootFilesystem"), TF: Prop("readonlyRootFilesystem"), Doc: "false when not set (checked 2026-12)"},
					{Key: "user", Type: String, CFN: Prop("User"), TF: Prop("user")},
					{Key: "environment", Type: Objects, CFN: Prop("Environment"), TF: Prop("environment"), Fields: []Field{
						{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
						{Key: "value", Type: String, CFN: Prop("Value"), TF: Prop("value")},
					}},
					{Key: "secrets", Type: Objects, CFN: Prop("Secrets"), TF: Prop("secrets"), Fields: []Field{
						{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
						{Key: "value_from", Type: String, CFN: Prop("ValueFrom"), TF: Prop("valueFrom")},
					}},
				}},
		},
	},
	{
		Service: "rds", Name: "instances", Doc: "RDS DB instances",
		CFN: []Origin{{Types: []string{"AWS::RDS::DBInstance"}}},
		TF:  []Origin{{Types: []string{"aws_db_instance", "aws_rds_cluster_instance"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DBInstanceIdentifier"), TF: Prop("identifier")},
			{Key: "engine", Type: String, CFN: Prop("Engine"), TF: Prop("engine")},
			{Key: "instance_class", Type: String, CFN: Prop("DBInstanceClass"), TF: Prop("instance_class"), Doc: "`db.r6g.large`, ..."},
			{Key: "storage_encrypted", Type: Bool, Default: false,
				TF: Hook("`storage_encrypted`; `unknown` for a cluster instance, a read replica (`replicate_source_db`) or a restore (`snapshot_identifier`, `restore_to_point_in_time`), whose source decides", instanceEncryptedTF),
				CFN: Hook("`StorageEncrypted`; `unknown` for an instance of a cluster (`DBClusterIdentifier`), a restore (`DBSnapshotIdentifier`, `DBClusterSnapshotIdentifier`, "+
					"`SourceDBInstanceAutomatedBackupsArn`, `SourceDbiResourceId`) or a read replica (`SourceDBInstanceIdentifier`, `SourceDBClusterIdentifier`), whose source decides", instanceEncrypted),
				Doc: "RDS creates an instance unencrypted unless this is true (CreateDBInstance `StorageEncrypted`, default false, checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_id")},
			{Key: "publicly_accessible", Type: Bool, Default: false, TF: Prop("publicly_accessible"),
				CFN: Hook("`PubliclyAccessible`; null when not written: RDS then makes the instance public when its subnets' VPC has an internet gateway, which the template does not show", publiclyAccessible),
				Doc: "Terraform's provider sends false when `publicly_accessible` is not set"},
			{Key: "backup_retention", Type: Number, Default: 1.0, CFN: Prop("BackupRetentionPeriod"), TF: Prop("backup_retention_period"),
				Doc: "days; 1 when not set through the API, CloudFormation and Terraform (the console's 7 does not apply), checked 2026-12"},
			{Key: "multi_az", Type: Bool, Default: false, CFN: Prop("MultiAZ"), TF: Prop("multi_az")},
			{Key: "cluster", Type: Ref, CFN: Prop("DBClusterIdentifier"), TF: Prop("cluster_identifier")},
			{Key: "deletion_protection", Type: Bool, Default: false, CFN: Prop("DeletionProtection"), TF: Prop("deletion_protection")},
			{Key: "deletion_policy", Type: String, Default: "Snapshot",
				TF:  Hook("`Retain` with `lifecycle { prevent_destroy = true }`; else `Delete` when `skip_final_snapshot` is true, `Snapshot` (a final snapshot) otherwise", dbDeletionPolicyTF),
				CFN: Hook("`DeletionPolicy`; the default is `Snapshot` for an instance without `DBClusterIdentifier`, else `Delete`", instanceDeletionPolicy)},
			{Key: "replica_source", Type: Ref, CFN: Prop("SourceDBInstanceIdentifier|SourceDBClusterIdentifier"), TF: Prop("replicate_source_db"),
				Doc: "the source of a read replica, which sets its backups; null for a primary"},
			{Key: "iam_auth", Type: Bool, Default: false, CFN: Prop("EnableIAMDatabaseAuthentication"), TF: Prop("iam_database_authentication_enabled"),
				Doc: "IAM database authentication; off unless enabled (checked 2026-12)"},
			{Key: "monitoring_interval", Type: Number, Default: 0.0, CFN: Prop("MonitoringInterval"), TF: Prop("monitoring_interval"),
				Doc: "seconds between Enhanced Monitoring metrics; 0 (off) when not set (checked 2026-12)"},
			{Key: "log_exports", Type: List, CFN: Prop("EnableCloudwatchLogsExports"), TF: Prop("enabled_cloudwatch_logs_exports"),
				Doc: "log types published to CloudWatch Logs; none when not set"},
			{Key: "performance_insights", Type: Bool, Default: false, CFN: Prop("EnablePerformanceInsights"), TF: Prop("performance_insights_enabled"),
				Doc: "off unless enabled (checked 2026-12)"},
			{Key: "performance_insights_kms_key", Type: Ref, CFN: Prop("PerformanceInsightsKMSKeyId"), TF: Prop("performance_insights_kms_key_id"),
				Doc: "null: Performance Insights data is encrypted with the AWS managed key `aws/rds`"},
			{Key: "auto_minor_version_upgrade", Type: Bool, Default: true, CFN: Prop("AutoMinorVersionUpgrade"), TF: Prop("auto_minor_version_upgrade"),
				Doc: "on unless turned off (CreateDBInstance, checked 2026-12)"},
			{Key: "copy_tags_to_snapshot", Type: Bool, Default: false, CFN: Prop("CopyTagsToSnapshot"), TF: Prop("copy_tags_to_snapshot"),
				Doc: "off unless enabled (checked 2026-12)"},
		},
	},
	{
		Service: "rds", Name: "clusters", Doc: "RDS DB clusters",
		CFN: []Origin{{Types: []string{"AWS::RDS::DBCluster"}}},
		TF:  []Origin{{Types: []string{"aws_rds_cluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DBClusterIdentifier"), TF: Prop("cluster_identifier")},
			{Key: "engine", Type: String, CFN: Prop("Engine"), TF: Prop("engine")},
			{Key: "storage_encrypted", Type: Bool, Default: false,
				CFN: Hook("`StorageEncrypted`; `unknown` for a restore (`SnapshotIdentifier`, `SourceDBClusterIdentifier`), a read replica (`ReplicationSourceIdentifier`) or a member of a global database (`GlobalClusterIdentifier`), whose source decides", clusterEncrypted),
				TF:  Hook("`storage_encrypted`; `unknown` for a restore (`snapshot_identifier`, `restore_to_point_in_time`), a replica (`replication_source_identifier`) or a member of a global database (`global_cluster_identifier`)", clusterEncryptedTF),
				Doc: "when not written: true for Aurora engines (Aurora encrypts every new cluster at rest, with an AWS owned key unless one is given, since 2026-02-18: " +
					"Aurora User Guide, \"Encrypting Amazon Aurora resources\") and for Aurora Serverless v1 (`EngineMode: serverless`, always encrypted); false for Multi-AZ DB clusters (`mysql`, `postgres`); unknown when the engine cannot be read"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_id")},
			{Key: "publicly_accessible", Type: Bool, Default: false,
				CFN: Hook("`PubliclyAccessible` (Multi-AZ DB clusters); null when not written: RDS decides from the subnets' VPC", publiclyAccessible)},
			{Key: "backup_retention", Type: Number, Default: 1.0, CFN: Prop("BackupRetentionPeriod"), TF: Prop("backup_retention_period")},
			{Key: "deletion_protection", Type: Bool, Default: false, CFN: Prop("DeletionProtection"), TF: Prop("deletion_protection")},
			{Key: "engine_mode", Type: String, Default: "provisioned", CFN: Prop("EngineMode"), TF: Prop("engine_mode"),
				Doc: "`provisioned` when not set (checked 2026-12), `serverless` (Aurora Serverless v1), `parallelquery`, `global`, `multimaster`"},
			{Key: "iam_auth", Type: Bool, Default: false, CFN: Prop("EnableIAMDatabaseAuthentication"), TF: Prop("iam_database_authentication_enabled"),
				Doc: "IAM database authentication; off unless enabled (checked 2026-12)"},
			{Key: "log_exports", Type: List, CFN: Prop("EnableCloudwatchLogsExports"), TF: Prop("enabled_cloudwatch_logs_exports"),
				Doc: "log types published to CloudWatch Logs; none when not set"},
			{Key: "auto_minor_version_upgrade", Type: Bool, CFN: Prop("AutoMinorVersionUpgrade"), TF: Prop("auto_minor_version_upgrade"),
				Doc: "null when not written (Aurora applies its instances' settings)"},
			{Key: "copy_tags_to_snapshot", Type: Bool, Default: false, CFN: Prop("CopyTagsToSnapshot"), TF: Prop("copy_tags_to_snapshot"),
				Doc: "off unless enabled (checked 2026-12)"},
			{Key: "deletion_policy", Type: String, Default: "Snapshot", CFN: Res("DeletionPolicy"),
				TF:  Hook("`Retain` with `lifecycle { prevent_destroy = true }`; else `Delete` when `skip_final_snapshot` is true, `Snapshot` (a final snapshot) otherwise", dbDeletionPolicyTF),
				Doc: "`Delete`, `Retain`, `Snapshot` or `RetainExceptOnCreate`"},
		},
	},
	{
		Service: "dynamodb", Name: "tables", Doc: "DynamoDB tables and global tables",
		CFN: []Origin{{Types: []string{"AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"}}},
		TF:  []Origin{{Types: []string{"aws_dynamodb_table"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("TableName"), TF: Prop("name")},
			{Key: "point_in_time_recovery", Type: Bool, Default: false, TF: Prop("point_in_time_recovery[0].enabled"),
				CFN: Hook("`PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled`; for a global table the first replica's value that is false or default (src that replica), else the first unknown one, else the first replica's true value", pointInTimeRecovery),
				Doc: "off unless enabled (checked 2026-12)"},
			{Key: "sse_enabled", Type: Bool, Default: false, CFN: Prop("SSESpecification.SSEEnabled"), TF: Prop("server_side_encryption[0].enabled"),
				Doc: "whether a KMS key (AWS managed `aws/dynamodb` or customer managed) encrypts the table; false is not unencrypted: every table is encrypted at rest, with an AWS owned key by default (DynamoDB Developer Guide, \"Encryption at rest\", checked 2026-12)"},
			{Key: "kms_key", Type: Ref, TF: Prop("server_side_encryption[0].kms_key_arn"),
				CFN: Hook("`SSESpecification.KMSMasterKeyId`; for a global table the first replica's written key", tableKMSKey)},
			{Key: "deletion_protection", Type: Bool, Default: false, CFN: Prop("DeletionProtectionEnabled"), TF: Prop("deletion_protection_enabled"),
				Doc: "a protected table cannot be deleted, by its stack either; off unless enabled (checked 2026-12)"},
			deletionPolicy("Delete"),
		},
	},
}
