# METADATA
# title: S3 bucket has server access logging disabled
# description: >-
#   Without server access logs there is no record of who read, wrote or deleted which
#   object, so a leak or a destructive change cannot be investigated. Buckets that
#   receive logs themselves are not reported, since logging a log bucket only adds
#   noise: the target of another bucket's logging, a bucket with the LogDeliveryWrite
#   ACL, a policy that lets a log delivery service write (S3 server access logging,
#   ELB, CloudWatch vended logs), or a name or logical id with the word "log", "logs"
#   or "logging".
# custom:
#   id: AWS-S3-007
#   severity: low
#   input: aws
#   remediation: |
#     Send the bucket's access logs to a dedicated log bucket.
#
#     CloudFormation:
#     ```yaml
#     LoggingConfiguration:
#       DestinationBucketName: !Ref AccessLogs
#       LogFilePrefix: assets/
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_s3_bucket_logging" "assets" {
#       bucket        = aws_s3_bucket.assets.id
#       target_bucket = aws_s3_bucket.access_logs.id
#       target_prefix = "assets/"
#     }
#     ```
#   frameworks: ["aws-fsbp S3.9", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0089", "CKV_AWS_18"]
package shipgate.aws.s3_access_logging

import data.shipgate.lib

deny contains lib.result(msg, b, b.logging.enabled) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.logging.enabled)
	not log_bucket(b)
	msg := sprintf("bucket %q has no server access logging (%s); send its access logs to a log bucket", [b.resource, b.logging.enabled.key])
}

# A bucket that is another bucket's logging target, by logical id or name.
# The targets are collected once: joining every bucket with every other
# made a template of many buckets quadratic.
log_bucket(b) if b.resource in log_targets

log_bucket(b) if lib.string_value(b.name) in log_targets

log_targets contains lib.string_value(other.logging.target_bucket) if {
	some other in input.aws.s3.buckets
}

# A log target that cannot be resolved might be this bucket when its name
# cannot be known either.
log_bucket(b) if {
	b.name.state == "unknown"
	unknown_log_target
}

unknown_log_target if {
	some other in input.aws.s3.buckets
	other.logging.target_bucket.state == "unknown"
}

log_bucket(b) if lib.lower_value(b.acl) in {"logdeliverywrite", "log-delivery-write"}

# A bucket policy lets the S3 logging service write into it.
log_bucket(b) if {
	some doc in lib.items(b.policies)
	some s in doc.statements
	lib.has_value(s.effect, "Allow")
	some service in array_of(s.principals.value.Service)
	service in log_delivery_services
}

log_delivery_services := {
	"logging.s3.amazonaws.com",
	"delivery.logs.amazonaws.com",
	"logdelivery.elasticloadbalancing.amazonaws.com",
}

# A bucket named for logs (AccessLogs, cloudfront-logs, alb-logging).
log_bucket(b) if {
	some name in names(b)
	some w in lib.words(name)
	w in {"log", "logs", "logging"}
}

array_of(x) := x if is_array(x)

array_of(x) := [x] if not is_array(x)

names(b) := {b.resource} | {n | n := lib.string_value(b.name)}
