# METADATA
# title: ECR repository allows image tags to be overwritten
# description: >-
#   With mutable tags, pushing an image can silently replace what "v1.4.2" or a commit
#   tag points to, so a deployment may run code nobody reviewed and a rollback may not
#   restore what ran before. Immutable tags make every tag a fixed, auditable artifact.
# custom:
#   id: AWS-ECR-002
#   severity: medium
#   input: aws
#   remediation: |
#     Make tags immutable (IMMUTABLE_WITH_EXCLUSION with an exclusion filter keeps a moving
#     tag such as latest mutable, where your tooling supports it).
#
#     CloudFormation:
#     ```yaml
#     ImageTagMutability: IMMUTABLE
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecr_repository" "app" {
#       name                 = "app"
#       image_tag_mutability = "IMMUTABLE"
#     }
#     ```
#   frameworks: ["aws-fsbp ECR.2", "devops supply-chain"]
#   aliases: ["CKV_AWS_51", "AVD-AWS-0031"]
package shipgate.aws.ecr_tag_immutability

import data.shipgate.lib

deny contains lib.result(msg, repo, repo.tag_mutability) if {
	some repo in input.aws.ecr.repositories
	mutability := lib.string_value(repo.tag_mutability)
	upper(mutability) in {"MUTABLE", "MUTABLE_WITH_EXCLUSION"}
	msg := sprintf("repository %q has mutable image tags (%s is %q); set it to IMMUTABLE", [repo.resource, repo.tag_mutability.key, mutability])
}
