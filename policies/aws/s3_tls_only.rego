# METADATA
# title: S3 bucket does not deny requests over plain HTTP
# description: >-
#   S3 accepts HTTP requests unless a bucket policy denies them, so credentials-signed
#   requests and object data can cross the network unencrypted. A Deny statement on
#   aws:SecureTransport "false" makes TLS mandatory for every client.
# custom:
#   id: AWS-S3-004
#   severity: medium
#   input: aws
#   remediation: |
#     Add a bucket policy statement that denies requests without TLS.
#
#     CloudFormation:
#     ```yaml
#     # a statement of the AWS::S3::BucketPolicy's PolicyDocument
#     - Sid: DenyInsecureTransport
#       Effect: Deny
#       Principal: "*"
#       Action: "s3:*"
#       Resource:
#         - !GetAtt Bucket.Arn
#         - !Sub "${Bucket.Arn}/*"
#       Condition:
#         Bool:
#           aws:SecureTransport: "false"
#     ```
#
#     Terraform:
#     ```hcl
#     data "aws_iam_policy_document" "tls_only" {
#       statement {
#         sid     = "DenyInsecureTransport"
#         effect  = "Deny"
#         actions = ["s3:*"]
#         principals {
#           type        = "*"
#           identifiers = ["*"]
#         }
#         resources = [aws_s3_bucket.logs.arn, "${aws_s3_bucket.logs.arn}/*"]
#         condition {
#           test     = "Bool"
#           variable = "aws:SecureTransport"
#           values   = ["false"]
#         }
#       }
#     }
#
#     resource "aws_s3_bucket_policy" "logs" {
#       bucket = aws_s3_bucket.logs.id
#       policy = data.aws_iam_policy_document.tls_only.json
#     }
#     ```
#   frameworks: ["aws-fsbp S3.5", "nist-800-53 SC-8", "devops hardening"]
#   aliases: ["S3_BUCKET_SSL_REQUESTS_ONLY"]
package shipgate.aws.s3_tls_only

import data.shipgate.lib

# A bucket whose policies are unknown (some bucket policy targets a bucket that
# cannot be resolved) is skipped: it may have the statement.
deny contains lib.resource_result(msg, b) if {
	some b in input.aws.s3.buckets
	lib.known(b.policies)
	not may_deny_insecure_transport(b)
	msg := sprintf("bucket %q does not deny requests over plain HTTP; add a bucket policy statement that denies s3:* when aws:SecureTransport is \"false\"", [b.resource])
}

# An unknown document may hold the statement: one whose source cannot be
# read statically (a variable, a data source, an unresolved intrinsic) has
# state unknown and only the statements that could be read.
may_deny_insecure_transport(b) if {
	some doc in b.policies.value
	doc == null
}

may_deny_insecure_transport(b) if {
	some doc in b.policies.value
	doc.state == "unknown"
}

may_deny_insecure_transport(b) if {
	some doc in b.policies.value
	not is_array(doc.statements)
}

may_deny_insecure_transport(b) if {
	some doc in b.policies.value
	some s in doc.statements
	not lib.has_value(s.effect, "Allow")
	not lib.is_false(s.has_condition)
	may_require_tls(s)
}

# A statement whose condition cannot be read might be the one.
may_require_tls(s) if not condition(s)

may_require_tls(s) if requires_tls(condition(s))

# condition is the statement's Condition map: from the view (every adapter
# provides it), else, for inputs without it, from the raw document at the
# statement's pointer.
condition(s) := s.condition.value if lib.known(s.condition)

condition(s) := c if {
	not s.condition
	c := lib.raw_at(s.src).Condition
	is_object(c)
}

requires_tls(c) if {
	some op, keys in c
	op in {"Bool", "BoolIfExists"}
	some key, v in keys
	lower(key) == "aws:securetransport"
	falsy(v)
}

# An unresolved intrinsic inside the condition could be the TLS condition.
requires_tls(c) if {
	walk(c, [_, x])
	lib.is_intrinsic(x)
}

# falsy accepts false, "false" in any case, and lists holding one of them.
falsy(v) if falsy_scalar(v)

falsy(v) if {
	is_array(v)
	some x in v
	falsy_scalar(x)
}

falsy_scalar(false)

falsy_scalar(v) if {
	is_string(v)
	lower(v) == "false"
}
