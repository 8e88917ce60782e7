# METADATA
# title: IAM role trusts GitHub Actions OIDC tokens of any repository
# description: >-
#   A role that trusts the GitHub Actions OIDC provider (token.actions.githubusercontent.com)
#   is assumed with a token GitHub issues to every workflow run of every repository on
#   github.com. Unless the trust policy conditions the token's subject
#   (token.actions.githubusercontent.com:sub) to your organisation's repositories, any
#   GitHub user can write a workflow that assumes the role and deploys, reads or deletes
#   with its permissions. The audience condition (aud) alone does not restrict who may
#   assume it.
# custom:
#   id: AWS-IAM-010
#   severity: critical
#   input: aws
#   remediation: |
#     Condition the token's sub claim to your repositories (and, for deployment roles,
#     to a branch or environment).
#
#     CloudFormation:
#     ```yaml
#     Condition:
#       StringEquals:
#         token.actions.githubusercontent.com:aud: sts.amazonaws.com
#       StringLike:
#         token.actions.githubusercontent.com:sub: repo:acme/api:environment:production
#     ```
#
#     Terraform:
#     ```hcl
#     condition {
#       test     = "StringLike"
#       variable = "token.actions.githubusercontent.com:sub"
#       values   = ["repo:acme/api:environment:production"]
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "devops ci-cd", "devops supply-chain"]
#   aliases: ["CKV_AWS_358"]
package shipgate.aws.iam_github_oidc_trust

import data.shipgate.lib

github := "token.actions.githubusercontent.com"

sub_key := "token.actions.githubusercontent.com:sub"

deny contains lib.result(msg, r, s) if {
	some r in input.aws.iam.roles
	some s in r.assume_role_policy.statements
	lib.has_value(s.effect, "Allow")
	github_trust(s)
	cond := known_condition(s)
	not sub_values(cond)
	msg := sprintf("role %q trusts GitHub Actions OIDC tokens without a condition on %s (%s), so a workflow of any GitHub repository can assume it; restrict the sub claim to your repositories", [r.resource, sub_key, s.condition.key])
}

deny contains lib.result(msg, r, s) if {
	some r in input.aws.iam.roles
	some s in r.assume_role_policy.statements
	lib.has_value(s.effect, "Allow")
	cond := known_condition(s)
	values := sub_values(cond)
	every v in values {
		broad(v)
	}
	msg := sprintf("role %q lets a GitHub Actions workflow of any repository assume it (%s is %s); restrict the sub claim to your repositories", [r.resource, sub_key, concat(", ", [sprintf("%q", [v]) | some v in values])])
}

# github_trust is true when the statement names the GitHub OIDC provider, in
# its principal (an ARN, a Sub, or a reference to an OIDC provider of the
# template with the GitHub URL) or in its condition keys.
github_trust(s) if {
	lib.known(s.principals)
	walk(s.principals.value, [_, x])
	is_string(x)
	contains(x, github)
}

github_trust(s) if {
	lib.known(s.principals)
	walk(s.principals.value, [_, x])
	is_object(x)
	id := x.Ref
	provider := input.raw.Resources[id]
	provider.Type == "AWS::IAM::OIDCProvider"
	contains(provider.Properties.Url, github)
}

github_trust(s) if {
	some _, keys in known_condition(s)
	is_object(keys)
	some k, _ in keys
	is_string(k)
	startswith(lower(k), concat("", [github, ":"]))
}

# known_condition is the statement's condition map, {} when it has none;
# undefined when it cannot be read.
known_condition(s) := {} if lib.is_false(s.has_condition)

known_condition(s) := s.condition.value if {
	lib.is_true(s.has_condition)
	lib.known(s.condition)
	is_object(s.condition.value)
	not lib.is_intrinsic(s.condition.value)
}

# sub_values lists the sub claim values the condition allows; undefined
# when the condition does not test the sub claim. A value that cannot be
# read (an intrinsic) makes the list hold a non-string.
sub_values(cond) := values if {
	values := [v |
		some _, keys in cond
		is_object(keys)
		some k, raw in keys
		is_string(k)
		lower(k) == sub_key
		some v in as_list(raw)
	]
	count(values) > 0
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)

# broad is true for a sub pattern that matches the workflows of any
# repository owner.
broad(v) if {
	is_string(v)
	regex.match(`^(\*|repo:\*.*)$`, v)
}
