# METADATA
# title: ECR repository policy allows any principal
# description: >-
#   A repository policy statement that allows "*" (or {"AWS": "*"}) without a condition
#   lets every AWS account pull the images (and, with push actions, replace them), which
#   publishes the code and any secrets baked into the layers. Share images with named
#   accounts, with aws:PrincipalOrgID, or through ECR Public for open-source images.
# custom:
#   id: AWS-ECR-005
#   severity: high
#   input: aws
#   remediation: |
#     Name the accounts that may pull, or restrict "*" to your organization.
#
#     CloudFormation:
#     ```yaml
#     RepositoryPolicyText:
#       Version: "2012-10-17"
#       Statement:
#         - Sid: OrgPull
#           Effect: Allow
#           Principal: "*"
#           Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]
#           Condition:
#             StringEquals:
#               aws:PrincipalOrgID: o-a1b2c3d4e5
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecr_repository_policy" "app" {
#       repository = aws_ecr_repository.app.name
#       policy = jsonencode({
#         Version = "2012-10-17"
#         Statement = [{
#           Sid       = "AccountPull"
#           Effect    = "Allow"
#           Principal = { AWS = "arn:aws:iam::123456789012:root" }
#           Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
#         }]
#       })
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "nist-800-53 AC-6", "devops supply-chain"]
#   aliases: ["AVD-AWS-0032", "CKV_AWS_32"]
package shipgate.aws.ecr_public_policy

import data.shipgate.lib

deny contains lib.result(msg, repo, s) if {
	some repo in input.aws.ecr.repositories
	some doc in lib.items(repo.policies)
	some s in doc.statements
	lib.has_value(s.effect, "Allow")
	lib.is_false(s.has_condition)
	everyone(s.principals)
	msg := sprintf("repository %q has a policy statement that allows any principal (%s) without a condition; name the accounts that may use it or restrict it to your organization", [repo.resource, s.principals.key])
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
