# METADATA
# title: ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env and add-path
# description: >-
#   The ::set-env:: and ::add-path:: workflow commands were disabled in 2020 because any
#   text a step prints (a log line, a test name, a file's content) could set environment
#   variables such as LD_PRELOAD or NODE_OPTIONS for later steps and run code.
#   ACTIONS_ALLOW_UNSECURE_COMMANDS: true turns them back on.
# custom:
#   id: GHA-013
#   severity: high
#   input: workflow
#   remediation: |
#     Remove the variable and write to the environment files instead:
#
#     ```bash
#     echo "NAME=value" >> "$GITHUB_ENV"
#     echo "/opt/tool/bin" >> "$GITHUB_PATH"
#     ```
#   frameworks: ["devops ci-cd"]
#   aliases: ["zizmor/insecure-commands", "CKV_GHA_1"]
package shipgate.github.insecure_commands

import data.shipgate.lib.github

deny contains {"msg": msg, "src": v.src} if {
	some l in github.env_lists
	some v in l.env
	v.name == "ACTIONS_ALLOW_UNSECURE_COMMANDS"
	github.is_true(v.value)
	msg := sprintf("%s sets ACTIONS_ALLOW_UNSECURE_COMMANDS: true, which lets any printed line set environment variables and PATH; remove it and write to $GITHUB_ENV and $GITHUB_PATH", [l.where])
}
