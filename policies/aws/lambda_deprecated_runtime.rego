# METADATA
# title: Lambda function uses a deprecated runtime
# description: >-
#   Lambda stops applying security patches to a runtime on its deprecation date, then
#   blocks creating and later updating functions that use it, so a deprecated runtime
#   both runs unpatched and can break the next deployment. The list holds every runtime
#   whose deprecation date (Lambda runtimes page, docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html)
#   had passed on 2026-12-01, among them nodejs20.x (2026-04-30), python3.10 and
#   python3.11, java8.al2, java11, java17 and provided.al2 (the Amazon Linux 2 runtimes,
#   2026-06-30), ruby3.2 (2026-03-31) and dotnet8 (2026-11-10). Container image
#   functions have no runtime and are not checked.
# custom:
#   id: AWS-LAMBDA-003
#   severity: medium
#   input: aws
#   remediation: |
#     Move the function to a supported runtime and test it there.
#
#     CloudFormation:
#     ```yaml
#     Runtime: python3.13
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lambda_function" "handler" {
#       # ...
#       runtime = "python3.13"
#     }
#     ```
#   frameworks: ["aws-fsbp Lambda.2", "nist-800-53 SI-2", "devops hardening"]
#   aliases: ["CKV_AWS_363"]
package shipgate.aws.lambda_deprecated_runtime

import data.shipgate.lib

# deprecated maps each deprecated runtime to its deprecation date (checked
# 2026-12 against the Lambda runtimes page).
deprecated := {
	"nodejs20.x": "2026-04-30",
	"nodejs18.x": "2025-09-01",
	"nodejs16.x": "2024-06-12",
	"nodejs14.x": "2023-12-04",
	"nodejs12.x": "2023-03-31",
	"nodejs10.x": "2021-07-30",
	"nodejs8.10": "2020-03-06",
	"nodejs6.10": "2019-08-12",
	"nodejs4.3": "2020-03-05",
	"nodejs4.3-edge": "2020-03-05",
	"nodejs": "2016-10-31",
	"python3.11": "2026-06-30",
	"python3.10": "2026-06-30",
	"python3.9": "2025-12-15",
	"python3.8": "2024-10-14",
	"python3.7": "2023-12-04",
	"python3.6": "2022-07-18",
	"python2.7": "2021-07-15",
	"java17": "2026-06-30",
	"java11": "2026-06-30",
	"java8.al2": "2026-06-30",
	"java8": "2024-01-08",
	"dotnet8": "2026-11-10",
	"dotnet7": "2024-05-14",
	"dotnet6": "2024-11-12",
	"dotnet5.0": "2022-05-10",
	"dotnetcore3.1": "2023-04-03",
	"dotnetcore2.1": "2022-01-05",
	"dotnetcore2.0": "2019-05-30",
	"dotnetcore1.0": "2019-07-27",
	"ruby3.2": "2026-03-31",
	"ruby2.7": "2023-11-27",
	"ruby2.5": "2021-07-30",
	"go1.x": "2024-01-08",
	"provided.al2": "2026-06-30",
	"provided": "2024-01-08",
}

# successor is the runtime to move to, by family.
successor := {
	"nodejs": "nodejs22.x",
	"python": "python3.13",
	"java": "java21",
	"dotnet": "dotnet10",
	"ruby": "ruby3.4",
	"go": "provided.al2023",
	"provided": "provided.al2023",
}

family(rt) := f if {
	some f, _ in successor
	startswith(rt, f)
}

deny contains lib.result(msg, f, f.runtime) if {
	some f in input.aws.lambda.functions
	rt := lib.string_value(f.runtime)
	date := deprecated[rt]
	msg := sprintf("function %q uses runtime %q (%s), which Lambda deprecated on %s%s; move it to a supported runtime such as %s", [f.resource, rt, f.runtime.key, date, lib.value_origin(f.runtime), successor[family(rt)]])
}
