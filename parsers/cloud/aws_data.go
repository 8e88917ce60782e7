package cloud

import (
	"slices"
	"strings"
)

// dataCollections are the collections of databases, caches, search, analytics, streams and file systems.
var dataCollections = []*Collection{
	{
		Service: "dax", Name: "clusters", Doc: "DynamoDB Accelerator (DAX) clusters",
		CFN: []Origin{{Types: []string{"AWS::DAX::Cluster"}}},
		TF:  []Origin{{Types: []string{"aws_dax_cluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("ClusterName"), TF: Prop("cluster_name")},
			{Key: "sse_enabled", Type: Bool, Default: false, CFN: Prop("SSESpecification.SSEEnabled"), TF: Prop("server_side_encryption[0].enabled"),
				Doc: "encryption at rest; off unless enabled, and it cannot be changed after creation (DAX API CreateCluster SSESpecification, checked 2026-12)"},
			{Key: "endpoint_encryption", Type: String, Default: "NONE", CFN: Prop("ClusterEndpointEncryptionType"), TF: Prop("cluster_endpoint_encryption_type"),
				Doc: "`NONE` (the default, checked 2026-12) or `TLS`"},
		},
	},
	{
		Service: "elasticache", Name: "replication_groups", Doc: "ElastiCache (Valkey, Redis OSS) replication groups",
		CFN: []Origin{{Types: []string{"AWS::ElastiCache::ReplicationGroup"}}},
		TF:  []Origin{{Types: []string{"aws_elasticache_replication_group"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("ReplicationGroupId"), TF: Prop("replication_group_id")},
			{Key: "engine", Type: String, Default: "redis", CFN: Prop("Engine"), TF: Prop("engine"), Doc: "`redis` when not set (checked 2026-12), or `valkey`"},
			{Key: "at_rest_encryption", Type: Bool,
				CFN: Hook("`AtRestEncryptionEnabled`; when not written, true for `valkey` and false for `redis`; `unknown` for a member of a global datastore (`GlobalReplicationGroupId`)", cacheEncryption("AtRestEncryptionEnabled", "Engine", "GlobalReplicationGroupId", true)),
				TF:  Hook("`at_rest_encryption_enabled`; when not set, true for `valkey` and false for `redis`; `unknown` for a member of a global datastore (`global_replication_group_id`)", cacheEncryption("at_rest_encryption_enabled", "engine", "global_replication_group_id", true)),
				Doc: "CreateReplicationGroup `AtRestEncryptionEnabled`: \"Default: true when using Valkey, false when using Redis OSS\" (checked 2026-12)"},
			{Key: "transit_encryption", Type: Bool,
				CFN: Hook("`TransitEncryptionEnabled`; when not written, false for `redis` and null for `valkey`; `unknown` for a member of a global datastore", cacheEncryption("TransitEncryptionEnabled", "Engine", "GlobalReplicationGroupId", nil)),
				TF:  Hook("`transit_encryption_enabled`; when not set, false for `redis` and null for `valkey`; `unknown` for a member of a global datastore", cacheEncryption("transit_encryption_enabled", "engine", "global_replication_group_id", nil)),
				Doc: "TLS between clients and nodes; off for Redis OSS unless enabled (CreateReplicationGroup `TransitEncryptionEnabled`, checked 2026-12)"},
			{Key: "snapshot_retention", Type: Number, Default: 0.0, CFN: Prop("SnapshotRetentionLimit"), TF: Prop("snapshot_retention_limit"),
				Doc: "days automatic backups are kept; 0 (no automatic backups) when not set (checked 2026-12)"},
		},
	},
	{
		Service: "elasticache", Name: "clusters", Doc: "ElastiCache cache clusters (Memcached, or single Valkey/Redis OSS nodes)",
		CFN: []Origin{{Types: []string{"AWS::ElastiCache::CacheCluster"}}},
		TF:  []Origin{{Types: []string{"aws_elasticache_cluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("ClusterName"), TF: Prop("cluster_id")},
			{Key: "engine", Type: String, CFN: Prop("Engine"), TF: Prop("engine"), Doc: "`memcached`, `redis` or `valkey`; null for a member of a replication group"},
			{Key: "node_type", Type: String, CFN: Prop("CacheNodeType"), TF: Prop("node_type")},
			{Key: "replication_group", Type: Ref, CFN: Fixed("Engine"), TF: Prop("replication_group_id"),
				Doc: "the replication group a Terraform cluster joins, which then decides its settings; CloudFormation clusters cannot join one"},
			{Key: "snapshot_retention", Type: Number, Default: 0.0, CFN: Prop("SnapshotRetentionLimit"), TF: Prop("snapshot_retention_limit"),
				Doc: "days automatic backups are kept (Valkey and Redis OSS only); 0 when not set (checked 2026-12)"},
		},
	},
	{
		Service: "opensearch", Name: "domains", Doc: "OpenSearch Service domains, and the legacy Elasticsearch domains",
		CFN: []Origin{{Types: []string{"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"}}},
		TF:  []Origin{{Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DomainName"), TF: Prop("domain_name")},
			{Key: "encryption_at_rest", Type: Bool, Default: false, CFN: Prop("EncryptionAtRestOptions.Enabled"), TF: Prop("encrypt_at_rest[0].enabled"),
				Doc: "off unless enabled (CreateDomain `EncryptionAtRestOptions`; the console's default does not apply; checked 2026-12)"},
			{Key: "node_to_node_encryption", Type: Bool, Default: false, CFN: Prop("NodeToNodeEncryptionOptions.Enabled"), TF: Prop("node_to_node_encryption[0].enabled"),
				Doc: "off unless enabled (checked 2026-12)"},
			{Key: "enforce_https", Type: Bool, Default: false, CFN: Prop("DomainEndpointOptions.EnforceHTTPS"),
				TF:  Hook("`domain_endpoint_options.enforce_https`; false without the block (the API default), true when the block leaves it out (the provider's default)", enforceHTTPSTF),
				Doc: "false when not set through the API and CloudFormation (checked 2026-12)"},
			{Key: "tls_policy", Type: String, CFN: Prop("DomainEndpointOptions.TLSSecurityPolicy"), TF: Prop("domain_endpoint_options[0].tls_security_policy"),
				Doc: "`Policy-Min-TLS-1-0-2019-07`, `Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10`; null when not set (the service chooses)"},
			{Key: "log_types", Type: List,
				CFN: Hook("the keys of `LogPublishingOptions` whose `Enabled` is true; an entry whose `Enabled` is missing or cannot be read is null", domainLogTypes),
				TF:  Hook("the `log_type` of each `log_publishing_options` block whose `enabled` is not false (the provider's default is true)", domainLogTypesTF),
				Doc: "`AUDIT_LOGS`, `ES_APPLICATION_LOGS`, `SEARCH_SLOW_LOGS`, `INDEX_SLOW_LOGS` published to CloudWatch Logs"},
			{Key: "fine_grained_access", Type: Bool, Default: false, CFN: Prop("AdvancedSecurityOptions.Enabled"), TF: Prop("advanced_security_options[0].enabled"),
				Doc: "fine-grained access control (users, roles, index and document level permissions); off unless enabled (checked 2026-12)"},
			{Key: "in_vpc", Type: Bool, Default: false, CFN: Prop("VPCOptions").Present(), TF: Prop("vpc_options").Present(),
				Doc: "whether the domain has VPC options; without them its endpoint is public"},
		},
	},
	{
		Service: "redshift", Name: "clusters", Doc: "Redshift provisioned clusters",
		CFN: []Origin{{Types: []string{"AWS::Redshift::Cluster"}}},
		TF:  []Origin{{Types: []string{"aws_redshift_cluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("ClusterIdentifier"), TF: Prop("cluster_identifier")},
			{Key: "encrypted", Type: Bool,
				CFN: Hook("`Encrypted`; `unknown` for a restore (`SnapshotIdentifier`)", inheritedBool("Encrypted", nil, "SnapshotIdentifier")),
				TF:  Hook("`encrypted`; `unknown` for a restore (`snapshot_identifier`)", inheritedBool("encrypted", nil, "snapshot_identifier")),
				Doc: "null when not written: Redshift encrypts new clusters by default since January 2025, but older provider versions send their own default, so the template alone does not say"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_id"),
				Doc: "null: an encrypted cluster uses a key AWS manages"},
			{Key: "publicly_accessible", Type: Bool, CFN: Prop("PubliclyAccessible"), TF: Prop("publicly_accessible"),
				Doc: "null when not written: the default changed to false in January 2025 and differs between provider versions"},
			{Key: "logging", Type: Bool, Default: false, CFN: Prop("LoggingProperties").Present(),
				TF:  Hook("an `aws_redshift_logging` resource whose `cluster_identifier` refers to the cluster, else the legacy `logging.enable`; key `aws_redshift_logging` when neither is written", redshiftLoggingTF),
				Doc: "audit logging is off unless configured (checked 2026-12)"},
			{Key: "subnet_group", Type: String, CFN: Prop("ClusterSubnetGroupName"), TF: Prop("cluster_subnet_group_name"),
				Doc: "null: the cluster is created in the default VPC"},
		},
	},
	{
		Service: "docdb", Name: "clusters", Doc: "Amazon DocumentDB clusters",
		CFN: []Origin{{Types: []string{"AWS::DocDB::DBCluster"}}},
		TF:  []Origin{{Types: []string{"aws_docdb_cluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DBClusterIdentifier"), TF: Prop("cluster_identifier")},
			{Key: "storage_encrypted", Type: Bool, Default: false,
				CFN: Hook("`StorageEncrypted`; `unknown` for a restore (`SnapshotIdentifier`, `SourceDBClusterIdentifier`) or a member of a global cluster (`GlobalClusterIdentifier`)", inheritedBool("StorageEncrypted", false, "SnapshotIdentifier", "SourceDBClusterIdentifier", "GlobalClusterIdentifier")),
				TF:  Hook("`storage_encrypted`; `unknown` for a restore (`snapshot_identifier`, `restore_to_point_in_time`) or a member of a global cluster (`global_cluster_identifier`)", inheritedBool("storage_encrypted", false, "snapshot_identifier", "restore_to_point_in_time", "global_cluster_identifier")),
				Doc: "unencrypted unless true (CreateDBCluster `StorageEncrypted`, checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_id")},
			{Key: "log_exports", Type: List, CFN: Prop("EnableCloudwatchLogsExports"), TF: Prop("enabled_cloudwatch_logs_exports"), Doc: "`audit`, `profiler`"},
			{Key: "deletion_protection", Type: Bool, Default: false, CFN: Prop("DeletionProtection"), TF: Prop("deletion_protection")},
			{Key: "backup_retention", Type: Number, Default: 1.0, CFN: Prop("BackupRetentionPeriod"), TF: Prop("backup_retention_period"), Doc: "days; 1 when not set (checked 2026-12)"},
		},
	},
	{
		Service: "neptune", Name: "clusters", Doc: "Amazon Neptune clusters",
		CFN: []Origin{{Types: []string{"AWS::Neptune::DBCluster"}}},
		TF:  []Origin{{Types: []string{"aws_neptune_cluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DBClusterIdentifier"), TF: Prop("cluster_identifier")},
			{Key: "storage_encrypted", Type: Bool, Default: false,
				CFN: Hook("`StorageEncrypted`; `unknown` for a restore (`SnapshotIdentifier`, `SourceDBClusterIdentifier`)", inheritedBool("StorageEncrypted", false, "SnapshotIdentifier", "SourceDBClusterIdentifier")),
				TF:  Hook("`storage_encrypted`; `unknown` for a restore (`snapshot_identifier`), a replica (`replication_source_identifier`) or a member of a global database (`global_cluster_identifier`)", inheritedBool("storage_encrypted", false, "snapshot_identifier", "replication_source_identifier", "global_cluster_identifier")),
				Doc: "unencrypted unless true (CreateDBCluster `StorageEncrypted`, checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_arn")},
			{Key: "log_exports", Type: List, CFN: Prop("EnableCloudwatchLogsExports"), TF: Prop("enable_cloudwatch_logs_exports"), Doc: "`audit`, `slowquery`"},
			{Key: "deletion_protection", Type: Bool, Default: false, CFN: Prop("DeletionProtection"), TF: Prop("deletion_protection"), Doc: "off unless enabled (checked 2026-12)"},
			{Key: "iam_auth", Type: Bool, Default: false, CFN: Prop("IamAuthEnabled"), TF: Prop("iam_database_authentication_enabled"),
				Doc: "IAM database authentication; off unless enabled (checked 2026-12)"},
		},
	},
	{
		Service: "msk", Name: "clusters", Doc: "Amazon MSK (Kafka) provisioned clusters",
		CFN: []Origin{{Types: []string{"AWS::MSK::Cluster"}}},
		TF:  []Origin{{Types: []string{"aws_msk_cluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("ClusterName"), TF: Prop("cluster_name")},
			{Key: "client_broker", Type: String, Default: "TLS", CFN: Prop("EncryptionInfo.EncryptionInTransit.ClientBroker"), TF: Prop("encryption_info[0].encryption_in_transit[0].client_broker"),
				Doc: "`TLS` (the default, checked 2026-12), `TLS_PLAINTEXT` or `PLAINTEXT`"},
			{Key: "in_cluster", Type: Bool, Default: true, CFN: Prop("EncryptionInfo.EncryptionInTransit.InCluster"), TF: Prop("encryption_info[0].encryption_in_transit[0].in_cluster"),
				Doc: "TLS between brokers; true when not set (checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId"), TF: Prop("encryption_info[0].encryption_at_rest_kms_key_arn"),
				Doc: "null: the data volumes are encrypted with a key AWS manages"},
			{Key: "logging", Type: Bool, Default: false,
				CFN: Hook("true when one of `LoggingInfo.BrokerLogs.CloudWatchLogs`, `Firehose`, `S3` has `Enabled` true", mskLogging("LoggingInfo.BrokerLogs", "CloudWatchLogs", "Firehose", "S3", "Enabled")),
				TF:  Hook("true when one of `logging_info.broker_logs.cloudwatch_logs`, `firehose`, `s3` has `enabled` true", mskLogging("logging_info[0].broker_logs[0]", "cloudwatch_logs[0]", "firehose[0]", "s3[0]", "enabled")),
				Doc: "broker logs are not delivered anywhere unless configured (checked 2026-12)"},
		},
	},
	{
		Service: "efs", Name: "file_systems", Doc: "EFS file systems",
		CFN: []Origin{{Types: []string{"AWS::EFS::FileSystem"}}},
		TF:  []Origin{{Types: []string{"aws_efs_file_system"}}},
		Fields: []Field{
			{Key: "encrypted", Type: Bool, Default: false, CFN: Prop("Encrypted"), TF: Prop("encrypted"),
				Doc: "unencrypted unless true when created through the API, CloudFormation or Terraform (the console's default does not apply; CreateFileSystem `Encrypted`, checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_id")},
		},
	},
	{
		Service: "kinesis", Name: "streams", Doc: "Kinesis data streams",
		CFN: []Origin{{Types: []string{"AWS::Kinesis::Stream"}}},
		TF:  []Origin{{Types: []string{"aws_kinesis_stream"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "encryption_type", Type: String, Default: "NONE", CFN: Prop("StreamEncryption.EncryptionType"), TF: Prop("encryption_type"),
				Doc: "`KMS` or `NONE`; without `StreamEncryption` a stream is not encrypted (removing it disables encryption: AWS::Kinesis::Stream reference, checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("StreamEncryption.KeyId"), TF: Prop("kms_key_id")},
		},
	},
	{
		Service: "athena", Name: "workgroups", Doc: "Athena workgroups",
		CFN: []Origin{{Types: []string{"AWS::Athena::WorkGroup"}}},
		TF:  []Origin{{Types: []string{"aws_athena_workgroup"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "result_encryption", Type: String, CFN: Prop("WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption"),
				TF:  Prop("configuration[0].result_configuration[0].encryption_configuration[0].encryption_option"),
				Doc: "`SSE_S3`, `SSE_KMS`, `CSE_KMS`; null: query results are written unencrypted unless the client asks"},
			{Key: "managed_results", Type: Bool, Default: false, CFN: Prop("WorkGroupConfiguration.ManagedQueryResultsConfiguration.Enabled"),
				TF:  Prop("configuration[0].managed_query_results_configuration[0].enabled"),
				Doc: "Athena stores the results itself, always encrypted; off unless enabled"},
			{Key: "enforce_configuration", Type: Bool, CFN: Prop("WorkGroupConfiguration.EnforceWorkGroupConfiguration"),
				TF:  Prop("configuration[0].enforce_workgroup_configuration"),
				Doc: "whether the workgroup's settings override the client's; null when not written"},
		},
	},
}

// steps1 is the steps of one declared path.
func steps1(path string) []step { return Prop(path).alts[0] }

// inheritedBool reads the bool at path; it is unknown when one of the
// source properties is written, since a restore or a replica takes the
// setting of its source.
func inheritedBool(path string, def any, sources ...string) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		var v Attr
		if src, ok := r.inherited(n, sources); ok {
			v = unknown(src.ptr)
		} else {
			v = r.boolean(r.steps(n, steps1(path)), def)
		}
		v.Key = a.key(path)
		return v
	}
}

// cacheEncryption reads an encryption flag of a replication group: when it
// is not written, the engine's default (valkey's, or false for redis); a
// member of a global datastore takes the datastore's setting.
func cacheEncryption(path, engine, global string, valkey any) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		var v Attr
		if src, ok := r.inherited(n, []string{global}); ok {
			v = unknown(src.ptr)
		} else if v = r.boolean(r.get(n, path), nil); v.State == Default {
			e := r.str(r.get(n, engine), "redis")
			s, _ := e.Value.(string)
			switch {
			case e.State == Unknown:
				v = unknown(e.Src)
			case strings.EqualFold(s, "redis"):
				v.Value = false
			case strings.EqualFold(s, "valkey"):
				v.Value = valkey
			default:
				v = unknown(e.Src)
			}
		}
		v.Key = path
		return v
	}
}

// enforceHTTPSTF reads domain_endpoint_options.enforce_https: without the
// block the provider sends nothing and the API's default (false) applies;
// within it, the provider's default is true.
func enforceHTTPSTF(_ *adapter, r *reader, n node) Attr {
	var v Attr
	if block := r.steps(n, steps1("domain_endpoint_options[0]")); block.kind == nAbsent {
		v = dflt(false, r.dsrc(block.ptr))
	} else {
		v = r.boolean(r.get(block, "enforce_https"), true)
	}
	v.Key = "domain_endpoint_options.enforce_https"
	return v
}

// domainLogTypes lists the log types a CloudFormation domain publishes:
// the keys of LogPublishingOptions whose Enabled is true.
func domainLogTypes(_ *adapter, r *reader, n node) Attr {
	opts := r.get(n, "LogPublishingOptions")
	v := r.logTypes(opts, func(yield func(string, node) bool) {
		m, _ := opts.v.(map[string]any)
		for k := range m {
			if !yield(k, r.get(r.get(opts, k), "Enabled")) {
				return
			}
		}
	}, nil)
	v.Key = "LogPublishingOptions"
	return v
}

// domainLogTypesTF lists the log types a Terraform domain publishes: the
// log_type of each log_publishing_options block not disabled.
func domainLogTypesTF(_ *adapter, r *reader, n node) Attr {
	opts := r.get(n, "log_publishing_options")
	v := r.logTypes(opts, func(yield func(string, node) bool) {
		for _, it := range r.items(opts, true) {
			t := r.str(r.get(it, "log_type"), nil)
			s, _ := t.Value.(string)
			if t.State != Written {
				s = ""
			}
			if !yield(s, r.get(it, "enabled")) {
				return
			}
		}
	}, true)
	v.Key = "log_publishing_options"
	return v
}

// logTypes builds the list of enabled log types from (type, enabled)
// pairs; a type or flag that cannot be read is a null item, and enabled
// flags that are not written take def.
func (r *reader) logTypes(opts node, each func(func(string, node) bool), def any) Attr {
	switch opts.kind {
	case nAbsent:
		return dflt([]any{}, r.dsrc(opts.ptr))
	case nUnknown:
		return unknown(opts.ptr)
	}
	out := []any{}
	each(func(typ string, enabled node) bool {
		on := r.boolean(enabled, def)
		switch {
		case typ == "" || on.State == Unknown || on.Value == nil:
			out = append(out, nil)
		case on.Value == true:
			out = append(out, typ)
		}
		return true
	})
	// Map keys come in no order: the known types sorted, then the nulls.
	var known []string
	for _, x := range out {
		if s, ok := x.(string); ok {
			known = append(known, s)
		}
	}
	slices.Sort(known)
	res := make([]any, 0, len(out))
	for _, s := range known {
		res = append(res, s)
	}
	for len(res) < len(out) {
		res = append(res, nil)
	}
	return written(res, opts.ptr)
}

// redshiftLoggingTF is whether a Terraform cluster has audit logging: an
// aws_redshift_logging resource for it, else the legacy logging block.
func redshiftLoggingTF(a *adapter, r *reader, n node) Attr {
	var v Attr
	_, found, unknownRef := a.viaNode(r, &via{typ: "aws_redshift_logging", ref: "cluster_identifier"})
	switch {
	case found:
		v = written(true, r.ptr)
		v.Key = "aws_redshift_logging"
		return v
	case unknownRef:
		v = unknown(r.ptr)
		v.Key = "aws_redshift_logging"
		return v
	}
	block := r.steps(n, steps1("logging[0]"))
	if block.kind == nAbsent {
		// Nothing configured: name the resource that configures it today.
		v = dflt(false, r.dsrc(block.ptr))
		v.Key = "aws_redshift_logging"
		return v
	}
	v = r.boolean(r.get(block, "enable"), false)
	v.Key = "logging.enable"
	return v
}

// mskLogging is whether an MSK cluster delivers broker logs: true when one
// of the three destinations is enabled; unknown when none is and one
// cannot be read.
func mskLogging(base string, dests ...string) func(*adapter, *reader, node) Attr {
	flag := dests[len(dests)-1]
	dests = dests[:len(dests)-1]
	return func(a *adapter, r *reader, n node) Attr {
		logs := r.steps(n, steps1(base))
		var unk *Attr
		for _, d := range dests {
			v := r.boolean(r.get(r.steps(logs, steps1(d)), flag), false)
			v.Key = a.key(base + "." + d + "." + flag)
			switch {
			case v.State == Unknown && unk == nil:
				unk = &v
			case v.known() && v.Value == true:
				return v
			}
		}
		if unk != nil {
			return *unk
		}
		v := dflt(false, r.dsrc(logs.ptr))
		if logs.kind != nAbsent {
			v = written(false, logs.ptr)
		}
		v.Key = a.key(base)
		return v
	}
}
