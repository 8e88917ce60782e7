package cloud

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDataHooks checks the CloudFormation hooks of the data collections:
// defaults that depend on another property, values a restore inherits,
// and lists built from several properties.
func TestDataHooks(t *testing.T) {
	v := adapt(t, `
Parameters:
  Flag: {Type: String}
  Engine: {Type: String}
Resources:
  Redis: {Type: AWS::ElastiCache::ReplicationGroup, Properties: {ReplicationGroupDescription: r}}
  Valkey: {Type: AWS::ElastiCache::ReplicationGroup, Properties: {ReplicationGroupDescription: v, Engine: valkey}}
  Global: {Type: AWS::ElastiCache::ReplicationGroup, Properties: {ReplicationGroupDescription: g, GlobalReplicationGroupId: ldgr-global}}
  Param: {Type: AWS::ElastiCache::ReplicationGroup, Properties: {ReplicationGroupDescription: p, Engine: {Ref: Engine}, TransitEncryptionEnabled: true}}
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        SEARCH_SLOW_LOGS: {CloudWatchLogsLogGroupArn: a, Enabled: true}
        AUDIT_LOGS: {CloudWatchLogsLogGroupArn: a, Enabled: false}
        ES_APPLICATION_LOGS: {CloudWatchLogsLogGroupArn: a, Enabled: {Ref: Flag}}
        INDEX_SLOW_LOGS: {CloudWatchLogsLogGroupArn: a, Enabled: true}
  Bare: {Type: AWS::OpenSearchService::Domain}
  Restored: {Type: AWS::DocDB::DBCluster, Properties: {SnapshotIdentifier: snap, StorageEncrypted: false}}
  Plain: {Type: AWS::DocDB::DBCluster}
  Events:
    Type: AWS::MSK::Cluster
    Properties:
      LoggingInfo:
        BrokerLogs:
          CloudWatchLogs: {Enabled: false}
          S3: {Enabled: true, Bucket: b}
  Quiet:
    Type: AWS::MSK::Cluster
    Properties:
      LoggingInfo: {BrokerLogs: {CloudWatchLogs: {Enabled: false}, Firehose: {Enabled: {Ref: Flag}}}}
  Silent: {Type: AWS::MSK::Cluster}
`, nil)
	rg := "elasticache.replication_groups."
	tests := map[string]any{
		rg + "2.at_rest_encryption":                           d(false, "/Resources/Redis"),
		rg + "2.transit_encryption":                           d(false, "/Resources/Redis"),
		rg + "3.at_rest_encryption":                           d(true, "/Resources/Valkey"),
		rg + "3.transit_encryption":                           d(nil, "/Resources/Valkey"),
		rg + "0.at_rest_encryption":                           u("/Resources/Global/Properties/GlobalReplicationGroupId"),
		rg + "1.at_rest_encryption":                           u("/Resources/Param/Properties/Engine"),
		rg + "1.transit_encryption":                           w(true, "/Resources/Param/Properties/TransitEncryptionEnabled"),
		"opensearch.domains.1.log_types":                      w([]any{"INDEX_SLOW_LOGS", "SEARCH_SLOW_LOGS", nil}, "/Resources/Search/Properties/LogPublishingOptions"),
		"opensearch.domains.0.log_types":                      d([]any{}, "/Resources/Bare"),
		"opensearch.domains.0.enforce_https":                  d(false, "/Resources/Bare"),
		"docdb.clusters.1.storage_encrypted":                  u("/Resources/Restored/Properties/SnapshotIdentifier"),
		"docdb.clusters.0.storage_encrypted":                  d(false, "/Resources/Plain"),
		"msk.clusters.0.logging":                              w(true, "/Resources/Events/Properties/LoggingInfo/BrokerLogs/S3/Enabled"),
		"msk.clusters.1.logging":                              u("/Resources/Quiet/Properties/LoggingInfo/BrokerLogs/Firehose/Enabled"),
		"msk.clusters.2.logging":                              d(false, "/Resources/Silent"),
		"msk.clusters.2.client_broker":                        d("TLS", "/Resources/Silent"),
		"elasticache.replication_groups.2.engine":             d("redis", "/Resources/Redis"),
		"elasticache.replication_groups.3.engine":             w("valkey", "/Resources/Valkey/Properties/Engine"),
		"elasticache.replication_groups.2.snapshot_retention": d(0.0, "/Resources/Redis"),
	}
	for path, want := range tests {
		t.Run(path, func(t *testing.T) {
			if diff := cmp.Diff(want, at(t, v, path)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// TestDataHooksTF checks the Terraform hooks of the data collections.
func TestDataHooksTF(t *testing.T) {
	v := adaptTF(t, map[string]string{"m/main.tf": `
variable "flag" {
  type = bool
}

resource "aws_opensearch_domain" "bare" {
  domain_name = "bare"
}

resource "aws_opensearch_domain" "block" {
  domain_name = "block"
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "a"
  }
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = "a"
    enabled                  = false
  }
  log_publishing_options {
    log_type                 = "SEARCH_SLOW_LOGS"
    cloudwatch_log_group_arn = "a"
    enabled                  = var.flag
  }
}

resource "aws_redshift_cluster" "split" {
  cluster_identifier = "split"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_logging" "split" {
  cluster_identifier   = aws_redshift_cluster.split.id
  log_destination_type = "cloudwatch"
}

resource "aws_redshift_cluster" "legacy" {
  cluster_identifier = "legacy"
  node_type          = "ra3.xlplus"
  logging {
    enable = false
  }
}

resource "aws_neptune_cluster" "replica" {
  cluster_identifier            = "replica"
  replication_source_identifier = "arn:aws:rds:eu-west-1:111122223333:cluster:graph"
}
`})
	os := "/resources/aws_opensearch_domain."
	rs := "/resources/aws_redshift_cluster."
	tests := map[string]any{
		"opensearch.domains.0.enforce_https":   kd(false, os+"bare", "domain_endpoint_options.enforce_https"),
		"opensearch.domains.1.enforce_https":   kd(true, os+"block/values/domain_endpoint_options/0", "domain_endpoint_options.enforce_https"),
		"opensearch.domains.1.log_types":       kw([]any{"AUDIT_LOGS", nil}, os+"block/values/log_publishing_options", "log_publishing_options"),
		"opensearch.domains.0.log_types":       kd([]any{}, os+"bare", "log_publishing_options"),
		"redshift.clusters.1.logging":          kw(true, rs+"split", "aws_redshift_logging"),
		"redshift.clusters.0.logging":          kw(false, rs+"legacy/values/logging/0/enable", "logging.enable"),
		"neptune.clusters.0.storage_encrypted": ku("/resources/aws_neptune_cluster.replica/values/replication_source_identifier", "storage_encrypted"),
	}
	for path, want := range tests {
		t.Run(path, func(t *testing.T) {
			if diff := cmp.Diff(want, at(t, v, path)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}
