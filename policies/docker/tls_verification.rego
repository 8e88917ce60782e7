# METADATA
# title: TLS certificate verification switched off
# description: >-
#   Without certificate verification anyone on the network path (a proxy, a
#   compromised Wi-Fi or CI network, DNS spoofing) can serve their own files to the
#   build, and the image runs them. The rule reports, in RUN commands: curl -k or
#   --insecure, wget --no-check-certificate, pip --trusted-host, git -c
#   http.sslVerify=false and git config http.sslVerify false, npm/yarn/pnpm config set
#   strict-ssl false; in ENV and ARG values and command prefixes:
#   NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY set,
#   PIP_TRUSTED_HOST set, NPM_CONFIG_STRICT_SSL=false.
# custom:
#   id: DOCKER-019
#   severity: high
#   input: dockerfile
#   remediation: |
#     Keep verification on; if a proxy re-signs TLS, add its CA certificate to the image's trust store.
#
#     ```dockerfile
#     COPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt
#     RUN update-ca-certificates && curl -fsSLO https://example.com/tool.tgz
#     ```
#   frameworks: ["devops supply-chain", "owasp-cicd CICD-SEC-3"]
#   aliases: ["CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_6"]
package shipgate.docker.tls_verification

import data.shipgate.lib.docker

deny contains docker.result(msg, x.instr, a.src) if {
	some x in docker.run_commands
	some a in x.cmd.args
	a.literal
	off_flag(x.cmd.name, a.value)
	msg := sprintf("%s %s switches off TLS certificate verification, so anyone on the network path can serve the download; remove it (add a proxy's CA to the trust store instead)", [x.cmd.name, a.value])
}

deny contains docker.result(msg, x.instr, a.src) if {
	some x in docker.run_commands
	x.cmd.name == "git"
	some a in x.cmd.args
	a.literal
	regex.match(`(?i)^http\.sslverify=(false|0|no|off)$`, a.value)
	msg := sprintf("git -c %s switches off TLS certificate verification; remove it", [a.value])
}

deny contains docker.result(msg, x.instr, x.cmd.src) if {
	some x in docker.run_commands
	x.cmd.name == "git"
	vals := [lower(a.value) | some a in x.cmd.args]
	"config" in vals
	some k, v in vals
	v == "http.sslverify"
	vals[k + 1] in {"false", "0", "no", "off"}
	msg := "git config http.sslVerify false switches off TLS certificate verification; remove it"
}

deny contains docker.result(msg, x.instr, x.cmd.src) if {
	some x in docker.run_commands
	x.cmd.name in {"npm", "yarn", "pnpm"}
	vals := [lower(a.value) | some a in x.cmd.args]
	some k, v in vals
	v in {"strict-ssl", "strict_ssl"}
	vals[k + 1] == "false"
	msg := sprintf("%s config strict-ssl false switches off TLS certificate verification for the registry; remove it", [x.cmd.name])
}

deny contains docker.result(msg, i, p.value_src) if {
	some i in input.dockerfile.instructions
	i.cmd in {"env", "arg"}
	some p in i.pairs
	p.has_value
	off_variable(p.key, p.value)
	msg := sprintf("%s %s=%s switches off TLS certificate verification; remove it", [upper(i.cmd), p.key, p.value])
}

deny contains docker.result(msg, x.instr, asg.src) if {
	some x in docker.run_commands
	some asg in x.cmd.assigns
	asg.literal
	off_variable(asg.name, asg.value)
	msg := sprintf("%s=%s switches off TLS certificate verification; remove it", [asg.name, asg.value])
}

off_flag("curl", v) if v in {"--insecure", "-k"}

off_flag("curl", v) if {
	regex.match(`^-[A-Za-z]+$`, v)
	contains(v, "k")
	not _curl_value_before_k(v)
}

off_flag("wget", "--no-check-certificate")

off_flag(pip, v) if {
	pip in {"pip", "pip3", "pipenv", "poetry", "uv"}
	startswith(v, "--trusted-host")
}

# In a curl option cluster a letter that takes a value ends the cluster
# (-ok would be -o with file "k").
_curl_value_before_k(v) if {
	k := indexof(v, "k")
	some letter in {"o", "H", "d", "u", "x", "X", "A", "e", "T", "w", "m", "r", "b", "c", "E", "F", "K", "Y", "y", "z", "C", "P", "Q", "U"}
	i := indexof(v, letter)
	i > 0
	i < k
}

off_variable("NODE_TLS_REJECT_UNAUTHORIZED", v) if trim(v, `"'`) == "0"

off_variable("PYTHONHTTPSVERIFY", v) if trim(v, `"'`) == "0"

off_variable("NPM_CONFIG_STRICT_SSL", v) if lower(trim(v, `"'`)) == "false"

off_variable("npm_config_strict_ssl", v) if lower(trim(v, `"'`)) == "false"

off_variable("GIT_SSL_NO_VERIFY", v) if not lower(trim(v, `"'`)) in {"", "0", "false"}

off_variable("PIP_TRUSTED_HOST", v) if trim(v, `"'`) != ""
