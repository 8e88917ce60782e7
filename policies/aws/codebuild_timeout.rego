# METADATA
# title: CodeBuild project lets a build run for more than 8 hours
# description: >-
#   The build timeout bounds how long a hung build, or one hijacked through a
#   poisoned dependency or pull request (crypto mining, exfiltration), keeps running
#   with the project's role credentials and compute. CodeBuild's default is 60
#   minutes and its maximum 36 hours; the rule reports a timeout above 8 hours
#   (480 minutes), which few builds need. A timeout that is not set (60 minutes) is
#   not reported.
# custom:
#   id: AWS-CODEBUILD-013
#   severity: low
#   input: aws
#   remediation: |
#     Set the timeout a little above the longest normal build; split longer jobs.
#
#     CloudFormation:
#     ```yaml
#     Build:
#       Type: AWS::CodeBuild::Project
#       Properties:
#         # ...
#         TimeoutInMinutes: 60
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       build_timeout = 60
#     }
#     ```
#   frameworks: ["devops ci-cd"]
package shipgate.aws.codebuild_timeout

import data.shipgate.lib

limit := 480

deny contains lib.result(msg, p, p.timeout_minutes) if {
	some p in input.aws.codebuild.projects
	lib.known(p.timeout_minutes)
	minutes := p.timeout_minutes.value
	is_number(minutes)
	minutes > limit
	msg := sprintf("project %q lets a build run for %v minutes (%s)%s; keep it to the longest normal build, at most %d minutes", [p.resource, minutes, p.timeout_minutes.key, lib.value_origin(p.timeout_minutes), limit])
}
