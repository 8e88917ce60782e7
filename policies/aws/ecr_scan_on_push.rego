# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   Scanning on push reports known CVEs in an image as soon as the pipeline publishes it,
#   before it is deployed. Skip this finding only when registry-level enhanced scanning
#   (Amazon Inspector) covers the repository.
# custom:
#   id: AWS-ECR-001
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on scan on push.
#
#     CloudFormation:
#     ```yaml
#     ImageScanningConfiguration:
#       ScanOnPush: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecr_repository" "app" {
#       name = "app"
#       image_scanning_configuration {
#         scan_on_push = true
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp ECR.1", "nist-800-53 RA-5", "devops supply-chain"]
#   aliases: ["CKV_AWS_163", "AVD-AWS-0030", "W79", "ECR_REPO_SCAN_ON_PUSH"]
package shipgate.aws.ecr_scan_on_push

import data.shipgate.lib

deny contains lib.result(msg, repo, repo.scan_on_push) if {
	some repo in input.aws.ecr.repositories
	lib.is_false(repo.scan_on_push)
	msg := sprintf("repository %q does not turn on scan on push (%s); set it to true, unless the registry's scanning configuration covers the repository", [repo.resource, repo.scan_on_push.key])
}
