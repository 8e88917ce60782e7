# METADATA
# title: Step uses a misfeature (shell cmd, pip --extra-index-url)
# description: >-
#   Some features work but invite mistakes. shell: cmd runs the script with cmd.exe,
#   whose quoting and error handling (a failing command does not stop the script) hide
#   failures and make injection easy. pip install --extra-index-url adds a second index
#   that pip searches as well as PyPI, so a package name on the wrong index wins
#   (dependency confusion).
# custom:
#   id: GHA-022
#   severity: low
#   input: workflow
#   remediation: |
#     Use `shell: pwsh` (or bash) instead of cmd; use `--index-url` with a single index
#     that proxies PyPI, or pin hashes with `--require-hashes`.
#   frameworks: ["devops ci-cd"]
#   aliases: ["zizmor/misfeature"]
package shipgate.github.misfeature

import data.shipgate.lib.github

deny contains {"msg": msg, "src": x.step.shell.src, "resource": github.where(x)} if {
	some x in github.steps
	x.step.shell.known
	lower(x.step.shell.value) == "cmd"
	msg := sprintf("%s runs its script with shell: cmd, which ignores failing commands and quotes unsafely; use shell: pwsh", [github.where(x)])
}

deny contains {"msg": msg, "src": cmd.src, "resource": github.where(x)} if {
	some x in github.steps
	some cmd in x.step.run.commands
	_pip(cmd)
	some a in cmd.args
	startswith(a.value, "--extra-index-url")
	msg := sprintf("%s installs with pip --extra-index-url, which lets a package of the same name on either index win (dependency confusion); use --index-url with one index", [github.where(x)])
}

_pip(cmd) if regex.match(`^pip[0-9.]*$`, cmd.name)

_pip(cmd) if {
	regex.match(`^python[0-9.]*$`, cmd.name)
	count(cmd.args) >= 2
	cmd.args[0].value == "-m"
	cmd.args[1].value == "pip"
}
