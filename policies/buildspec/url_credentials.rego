# METADATA
# title: Buildspec puts credentials in a URL
# description: >-
#   A URL of the form https://user:token@host hands the token to every place the URL
#   goes: git stores it in .git/config (which artifacts and caches often include), tools
#   print it in errors and progress output, and set -x prints it in the log. A token
#   written literally is also committed with the buildspec. The rule reports a URL with
#   a user and a password in any command argument, except for local services
#   (localhost, 127.0.0.1) such as a test database.
# custom:
#   id: BUILDSPEC-007
#   severity: medium
#   input: buildspec
#   remediation: |
#     Let git read the token from a credential helper (or CodeBuild's
#     git-credential-helper), or pass it in a header; never in the URL.
#
#     ```yaml
#     phases:
#       install:
#         commands:
#           - git config --global credential.helper '!f() { echo username=x-access-token; echo "password=$GITHUB_TOKEN"; }; f'
#           - git clone https://github.com/acme/tools.git
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "devops secrets"]
package shipgate.buildspec.url_credentials

import data.shipgate.lib.buildspec as bs
import data.shipgate.lib.secrets

deny contains bs.result(msg, w) if {
	some [_, s] in bs.simple_commands
	some w in s.args
	some m in regex.find_all_string_submatch_n(`([a-z][a-z0-9+.-]*)://([^/\s:@"']+):([^/\s@"']+)@([^/\s:"']+)`, w.value, -1)
	host := m[4]
	not local(host)
	password := m[3]
	not placeholder(password)
	how := kind(password)
	msg := sprintf("%s is given a %s URL for %q with %s in it%s; use a credential helper or an authorization header instead of credentials in the URL", [s.name, m[1], host, how, bs.where])
}

local(host) if regex.match(`^(localhost|127\.[0-9.]+|0\.0\.0\.0|\[::1\])$`, host)

placeholder(password) if secrets.placeholder(password)

placeholder(password) if regex.match(`^<.*>$|^\{\{.*\}\}$`, password)

kind(password) := "a password or token taken from a variable" if contains(password, "$")

kind(password) := "a password or token written in the buildspec" if not contains(password, "$")
