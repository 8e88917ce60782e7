# METADATA
# title: CodeBuild source URL carries credentials
# description: >-
#   A source location such as https://user:app-password@bitbucket.org/team/repo.git
#   or https://ghp_token@github.com/org/repo.git stores the credential in the project
#   definition, where anyone who can read the project (or the template) sees it, and
#   CodeBuild prints the URL in build logs. The rule reports a URL whose user part
#   holds a password, or is itself a token in a known format; a placeholder is not
#   reported. It reads the primary source and the secondary sources.
# custom:
#   id: AWS-CODEBUILD-007
#   severity: high
#   input: aws
#   remediation: |
#     Put the bare repository URL in the source and give CodeBuild access through a
#     source credential kept in Secrets Manager, or a CodeConnections connection; rotate
#     the credential that was in the URL.
#
#     CloudFormation:
#     ```yaml
#     Source:
#       Type: BITBUCKET
#       Location: https://bitbucket.org/example-team/api.git
#       Auth:
#         Type: CODECONNECTIONS
#         Resource: !Ref BitbucketConnectionArn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       source {
#         type     = "BITBUCKET"
#         location = "https://bitbucket.org/example-team/api.git"
#         auth {
#           type     = "CODECONNECTIONS"
#           resource = var.bitbucket_connection_arn
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp CodeBuild.1", "nist-800-53 IA-5(7)", "owasp-cicd CICD-SEC-6", "devops secrets"]
#   secret: true
package shipgate.aws.codebuild_source_url_credentials

import data.shipgate.lib
import data.shipgate.lib.secrets

deny contains lib.result(msg, p, s.location) if {
	some p in input.aws.codebuild.projects
	some s in array.concat([p.source], p.secondary_sources)
	what := credential(lib.string_value(s.location))
	msg := sprintf("project %q has %s in its source URL (%s)%s; use the bare URL with a source credential or a CodeConnections connection, and rotate the credential", [p.resource, what, s.location.key, lib.value_origin(s.location)])
}

# credential names what the user part of a URL holds: a password after the
# user name, or a token in a known format as the user name.
credential(url) := "a password" if {
	[_, _, password] := userinfo(url)
	not secrets.placeholder(password)
	not shell_variable(password)
}

# shell_variable is a password written as $TOKEN or ${TOKEN}: a template
# for a value, not one.
shell_variable(s) if regex.match(`^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$`, s)

credential(url) := "a token" if {
	[_, user, password] := userinfo(url)
	password == ""
	secrets.known_format(user)
}

# userinfo is [match, user, password] of a URL's user part; password is ""
# when the URL has none.
userinfo(url) := [m[0], m[1], password] if {
	some m in regex.find_all_string_submatch_n(`^[A-Za-z][A-Za-z0-9+.-]*://([^/@:\s]*)(:[^/@\s]*)?@`, url, 1)
	password := trim_prefix(m[2], ":")
}
