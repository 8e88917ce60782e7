# METADATA
# title: S3 bucket name contains a dot
# description: >-
#   A bucket whose name contains "." cannot be reached over HTTPS at its
#   virtual-hosted address (bucket.name.s3.amazonaws.com) without a certificate name
#   mismatch, since S3's wildcard certificate covers one label only, and it cannot use
#   S3 Transfer Acceleration. Clients then fall back to path-style requests, which AWS
#   is retiring, or turn certificate checks off. Buckets that host a static website,
#   whose name must match the site's domain, are not reported.
# custom:
#   id: AWS-S3-009
#   severity: low
#   input: aws
#   remediation: |
#     Name the bucket with hyphens instead of dots (a bucket cannot be renamed: create a
#     new one and copy the objects).
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::S3::Bucket
#     Properties:
#       BucketName: acme-reports-prod
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_s3_bucket" "reports" {
#       bucket = "acme-reports-prod"
#     }
#     ```
#   frameworks: ["devops hardening"]
#   aliases: ["AVD-AWS-0320"]
package shipgate.aws.s3_dotted_name

import data.shipgate.lib

deny contains lib.result(msg, b, b.name) if {
	some b in input.aws.s3.buckets
	name := lib.string_value(b.name)
	contains(name, ".")

	# Only a valid bucket name: a name with other characters is not one S3
	# would accept, such as a Terraform reference rendered into the text.
	regex.match(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`, name)
	lib.is_false(b.website_enabled)
	msg := sprintf("bucket %q is named %q (%s), with a dot that breaks HTTPS at its virtual-hosted address; use hyphens instead%s", [b.resource, name, b.name.key, lib.value_origin(b.name)])
}
