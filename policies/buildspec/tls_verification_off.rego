# METADATA
# title: Buildspec turns off TLS verification
# description: >-
#   Without certificate verification anyone on the network path (a proxy, a compromised
#   resolver) can serve the build a different package, script or API response, which
#   then runs with the build's credentials. The rule reports curl -k/--insecure, wget
#   --no-check-certificate, pip --trusted-host, git http.sslVerify=false and
#   GIT_SSL_NO_VERIFY, npm/yarn strict-ssl false, NODE_TLS_REJECT_UNAUTHORIZED=0,
#   PYTHONHTTPSVERIFY=0, aws --no-verify-ssl, and kubectl/helm
#   --insecure-skip-tls-verify, in commands and in env.variables.
# custom:
#   id: BUILDSPEC-016
#   severity: medium
#   input: buildspec
#   remediation: |
#     Keep verification on; if a private CA signs the server's certificate, trust that CA.
#
#     ```yaml
#     phases:
#       install:
#         commands:
#           - curl --cacert certs/internal-ca.pem -fsSLo tool.tgz https://artifacts.internal/tool.tgz
#           - pip install --cert certs/internal-ca.pem -r requirements.txt
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-3", "devops supply-chain"]
package shipgate.buildspec.tls_verification_off

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, at) if {
	some [_, s] in bs.simple_commands
	some i, at in s.args
	what := insecure(s, i)
	msg := sprintf("%s turns off TLS certificate verification (%s)%s; keep verification on and trust your CA instead", [s.name, what, bs.where])
}

deny contains bs.result(msg, a) if {
	some [_, s] in bs.simple_commands
	some a in s.assigns
	a.value.literal
	insecure_env(a.name, a.value.value)
	msg := sprintf("%s=%s turns off TLS certificate verification for %s%s; keep verification on and trust your CA instead", [a.name, a.value.value, command_name(s), bs.where])
}

deny contains bs.result(msg, v) if {
	some v in input.buildspec.env.variables
	v.known
	insecure_env(v.name, v.value)
	msg := sprintf("env.variables sets %s to %q, which turns off TLS certificate verification for the whole build%s; keep verification on and trust your CA instead", [v.name, v.value, bs.where])
}

# Declarations (export NODE_TLS_REJECT_UNAUTHORIZED=0) are found by line.
deny contains bs.result(msg, line) if {
	some c in bs.commands
	c.parsed
	some line in c.lines
	some m in regex.find_all_string_submatch_n(`(?:^|[;&]\s*)export\s+([A-Z_]+)=["']?([A-Za-z0-9]+)["']?(?:\s|;|$)`, line.text, -1)
	insecure_env(m[1], m[2])
	msg := sprintf("export %s=%s turns off TLS certificate verification for the rest of the build%s; keep verification on and trust your CA instead", [m[1], m[2], bs.where])
}

command_name(s) := s.name if s.name != ""

command_name(s) := "the command" if s.name == ""

insecure_env("NODE_TLS_REJECT_UNAUTHORIZED", "0")

insecure_env("PYTHONHTTPSVERIFY", "0")

insecure_env("GIT_SSL_NO_VERIFY", v) if lower(v) in {"1", "true", "yes"}

insecure_env("NPM_CONFIG_STRICT_SSL", "false")

insecure(s, i) := "-k" if {
	s.name == "curl"
	a := s.args[i]
	a.literal
	a.value == "--insecure"
}

insecure(s, i) := "-k" if {
	s.name == "curl"
	a := s.args[i]
	a.literal
	regex.match(`^-[A-Za-z]*k[A-Za-z]*$`, a.value)
}

insecure(s, i) := "--no-check-certificate" if {
	s.name == "wget"
	a := s.args[i]
	a.value == "--no-check-certificate"
}

insecure(s, i) := "--trusted-host" if {
	s.name in {"pip", "pip3"}
	a := s.args[i]
	startswith(a.value, "--trusted-host")
}

insecure(s, i) := "--trusted-host" if {
	s.name in {"python", "python3"}
	a := s.args[i]
	startswith(a.value, "--trusted-host")
}

insecure(s, i) := "http.sslVerify false" if {
	s.name == "git"
	a := s.args[i]
	a.value == "-c"
	regex.match(`(?i)^http\.sslverify=(false|0|no|off)$`, s.args[i + 1].value)
}

insecure(s, i) := "http.sslVerify false" if {
	s.name == "git"
	s.args[0].value == "config"
	a := s.args[i]
	lower(a.value) == "http.sslverify"
	lower(s.args[i + 1].value) in {"false", "0", "no", "off"}
}

insecure(s, i) := "strict-ssl false" if {
	s.name in {"npm", "yarn", "pnpm"}
	s.args[0].value == "config"
	s.args[1].value == "set"
	a := s.args[i]
	a.value in {"strict-ssl", "strict_ssl"}
	s.args[i + 1].value == "false"
}

insecure(s, i) := "--no-verify-ssl" if {
	s.name == "aws"
	a := s.args[i]
	a.value == "--no-verify-ssl"
}

insecure(s, i) := "--insecure-skip-tls-verify" if {
	s.name in {"kubectl", "helm", "oc"}
	a := s.args[i]
	startswith(a.value, "--insecure-skip-tls-verify")
	not endswith(a.value, "=false")
}
