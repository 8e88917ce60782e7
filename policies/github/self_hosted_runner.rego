# METADATA
# title: Pull request workflow runs on a self-hosted runner
# description: >-
#   A workflow triggered by pull requests runs the pull request's code; on a
#   self-hosted runner that code reaches the runner's network, its cached credentials
#   and, on a runner that is not ephemeral, every later job that runs there. GitHub
#   advises against self-hosted runners for public repositories. The rule reports jobs
#   whose runs-on has the self-hosted label; labels written as expressions are unknown
#   and not reported.
# custom:
#   id: GHA-012
#   severity: medium
#   input: workflow
#   remediation: |
#     Run pull request jobs on GitHub-hosted runners, or on ephemeral, isolated
#     self-hosted runners (just-in-time runners) that hold no credentials, and require
#     approval for workflows from forks.
#   frameworks: ["devops ci-cd", "owasp-cicd CICD-SEC-7"]
#   aliases: ["zizmor/self-hosted-runner"]
package shipgate.github.self_hosted_runner

import data.shipgate.lib.github

pr_events := {"pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "issue_comment"}

deny contains {"msg": msg, "src": job.runs_on.src, "resource": job.id} if {
	some e in github.events
	e in pr_events
	some job in input.workflow.jobs
	job.runs_on.self_hosted == "yes"
	msg := sprintf("job %q runs on a self-hosted runner in a workflow triggered by %s, so a pull request's code runs on it; use a GitHub-hosted or an ephemeral isolated runner", [job.id, e])
}
