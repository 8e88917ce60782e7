# METADATA
# title: Security group allows a database port from the whole internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 that covers the port of a database or data
#   store (MySQL, PostgreSQL, SQL Server, Oracle, Redshift, MongoDB, Redis, Memcached,
#   Elasticsearch/OpenSearch, Cassandra, Neptune, CouchDB) puts it one password, or one
#   unauthenticated default, away from being dumped or ransomed. Databases belong in
#   private subnets, reachable from the application's security group only.
# custom:
#   id: AWS-EC2-004
#   severity: critical
#   input: aws
#   remediation: |
#     Allow the database port only from the security group of the application that uses it.
#
#     CloudFormation:
#     ```yaml
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 5432
#         ToPort: 5432
#         SourceSecurityGroupId: !Ref AppSecurityGroup
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_vpc_security_group_ingress_rule" "postgres" {
#       security_group_id            = aws_security_group.db.id
#       ip_protocol                  = "tcp"
#       from_port                    = 5432
#       to_port                      = 5432
#       referenced_security_group_id = aws_security_group.app.id
#     }
#     ```
#   frameworks: ["aws-fsbp EC2.19", "nist-800-53 CM-7", "nist-800-53 SC-7", "devops hardening"]
package shipgate.aws.ec2_open_database

import data.shipgate.lib

# database_ports are the well-known tcp ports of databases and data stores.
database_ports := {
	1433: "SQL Server",
	1521: "Oracle",
	3306: "MySQL/MariaDB",
	5432: "PostgreSQL",
	5439: "Redshift",
	5984: "CouchDB",
	6379: "Redis",
	8182: "Neptune",
	9042: "Cassandra",
	9200: "Elasticsearch/OpenSearch",
	9300: "Elasticsearch/OpenSearch",
	11211: "Memcached",
	27017: "MongoDB/DocumentDB",
}

deny contains lib.result(msg, rule, cidr) if {
	some rule in input.aws.ec2.security_group_rules
	some cidr in lib.world_open_cidrs(rule)

	# A rule open to every protocol or port is AWS-EC2-003's finding.
	not lib.all_protocols(rule)
	not lib.all_ports(rule)
	ports := sort([p | some p, _ in database_ports; lib.covers_port(rule, p, {"tcp"})])
	count(ports) > 0
	names := [sprintf("%s %d", [database_ports[p], p]) | some p in ports]
	msg := sprintf("security group rule of %q allows %s from %q (%s%s); allow the port only from the application's security group", [rule.resource, concat(", ", names), cidr.value, cidr.key, lib.value_origin(cidr)])
}
