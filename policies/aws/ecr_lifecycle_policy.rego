# METADATA
# title: ECR repository has no lifecycle policy
# description: >-
#   Every pipeline run pushes an image; without a lifecycle policy they accumulate
#   forever, costing storage and keeping old, vulnerable images available to deploy.
# custom:
#   id: AWS-ECR-003
#   severity: low
#   input: aws
#   remediation: |
#     Add a lifecycle policy that expires old or untagged images.
#
#     CloudFormation:
#     ```yaml
#     LifecyclePolicy:
#       LifecyclePolicyText: |
#         {"rules": [{"rulePriority": 1, "description": "keep the last 50 images",
#           "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 50},
#           "action": {"type": "expire"}}]}
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecr_lifecycle_policy" "app" {
#       repository = aws_ecr_repository.app.name
#       policy = jsonencode({
#         rules = [{
#           rulePriority = 1
#           description  = "keep the last 50 images"
#           selection = {
#             tagStatus   = "any"
#             countType   = "imageCountMoreThan"
#             countNumber = 50
#           }
#           action = { type = "expire" }
#         }]
#       })
#     }
#     ```
#   frameworks: ["aws-fsbp ECR.3", "devops resilience"]
package shipgate.aws.ecr_lifecycle_policy

import data.shipgate.lib

deny contains lib.result(msg, repo, repo.lifecycle_policy) if {
	some repo in input.aws.ecr.repositories
	no_policy(repo.lifecycle_policy)
	msg := sprintf("repository %q has no lifecycle policy (%s); add one with rules that expire old images", [repo.resource, repo.lifecycle_policy.key])
}

no_policy(a) if lib.is_null(a)

no_policy(a) if trim_space(lib.string_value(a)) == ""
