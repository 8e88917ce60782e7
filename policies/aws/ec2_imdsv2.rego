# METADATA
# title: Instance metadata service allows IMDSv1
# description: >-
#   With `HttpTokens` `optional`, the instance metadata service answers IMDSv1 requests,
#   which need no session token: a server-side request forgery in any application on the
#   instance can then read the instance role's credentials. A written `optional` is a
#   finding; not setting it is an advisory (warning), since an AMI registered for IMDSv2
#   or the account's IMDS defaults may require tokens anyway.
# custom:
#   id: AWS-EC2-011
#   severity: high
#   input: aws
#   remediation: |
#     Require IMDSv2 session tokens.
#
#     CloudFormation:
#     ```yaml
#     LaunchTemplateData:
#       MetadataOptions:
#         HttpTokens: required
#         HttpEndpoint: enabled
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_launch_template" "app" {
#       metadata_options {
#         http_tokens   = "required"
#         http_endpoint = "enabled"
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp EC2.8", "aws-fsbp AutoScaling.3", "nist-800-53 AC-3", "devops hardening"]
#   aliases: ["CKV_AWS_79", "AVD-AWS-0028", "AVD-AWS-0130"]
package shipgate.aws.ec2_imdsv2

import data.shipgate.lib

# _launchers are the instances, launch templates and launch configurations
# with the words that name them.
_launchers := array.concat(
	array.concat(
		[["instance", x] | some x in input.aws.ec2.instances],
		[["launch template", x] | some x in input.aws.ec2.launch_templates],
	),
	[["launch configuration", x] | some x in input.aws.autoscaling.launch_configurations],
)

deny contains lib.result(msg, x, x.http_tokens) if {
	some [what, x] in _launchers
	lib.written(x.http_tokens)
	lib.has_value(x.http_tokens, "optional")
	not lib.has_value(x.http_endpoint, "disabled")
	msg := sprintf("%s %q allows IMDSv1 (%s is %q); set it to required", [what, x.resource, x.http_tokens.key, "optional"])
}

warn contains lib.result(msg, x, x.http_tokens) if {
	some [what, x] in _launchers
	lib.missing(x.http_tokens)
	lib.known(x.http_endpoint)
	not lib.has_value(x.http_endpoint, "disabled")
	msg := sprintf("%s %q does not set %s: IMDSv1 stays allowed unless its AMI or the account's IMDS defaults require tokens; set it to required", [what, x.resource, x.http_tokens.key])
}
