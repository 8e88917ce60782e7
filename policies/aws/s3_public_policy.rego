# METADATA
# title: S3 bucket policy allows any principal without a condition
# description: >-
#   A bucket policy statement that allows "*" (everyone, signed in or not, in any AWS
#   account) with no condition makes the bucket public for its actions: anyone on the
#   internet can read, list or overwrite its objects. Block Public Access settings
#   stop such a policy only when BlockPublicPolicy and RestrictPublicBuckets are on.
#   Name the principals, or add a condition that narrows them (aws:SourceArn,
#   aws:PrincipalOrgID, aws:SourceVpce).
# custom:
#   id: AWS-S3-008
#   severity: high
#   input: aws
#   remediation: |
#     Grant access to named principals (a CloudFront origin access control, an account or
#     a role) or add a condition that restricts who may call.
#
#     CloudFormation:
#     ```yaml
#     Statement:
#       - Effect: Allow
#         Principal:
#           Service: cloudfront.amazonaws.com
#         Action: s3:GetObject
#         Resource: !Sub "${Assets.Arn}/*"
#         Condition:
#           StringEquals:
#             AWS:SourceArn: !Sub "arn:aws:cloudfront::${AWS::AccountId}:distribution/${Cdn}"
#     ```
#
#     Terraform:
#     ```hcl
#     data "aws_iam_policy_document" "assets" {
#       statement {
#         actions   = ["s3:GetObject"]
#         resources = ["${aws_s3_bucket.assets.arn}/*"]
#         principals {
#           type        = "Service"
#           identifiers = ["cloudfront.amazonaws.com"]
#         }
#         condition {
#           test     = "StringEquals"
#           variable = "AWS:SourceArn"
#           values   = [aws_cloudfront_distribution.cdn.arn]
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp S3.2", "aws-fsbp S3.3", "nist-800-53 AC-3", "nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["CKV_AWS_70"]
package shipgate.aws.s3_public_policy

import data.shipgate.lib

deny contains lib.result(msg, b, s) if {
	some b in input.aws.s3.buckets
	some doc in lib.items(b.policies)
	some s in doc.statements
	lib.has_value(s.effect, "Allow")
	lib.is_false(s.has_condition)
	everyone(s.principals)
	msg := sprintf("bucket %q has a policy statement that allows any principal (%s) without a condition; name the principals or add a condition that restricts them", [b.resource, s.principals.key])
}

# everyone is true for a principal of "*", {"AWS": "*"} or an AWS list
# holding "*".
everyone(p) if lib.has_value(p, "*")

everyone(p) if {
	lib.known(p)
	"*" in as_list(p.value.AWS)
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if is_string(x)
