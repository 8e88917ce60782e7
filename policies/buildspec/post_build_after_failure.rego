# METADATA
# title: Buildspec publishes in post_build even when the build failed
# description: >-
#   When a command of the build phase fails, CodeBuild still runs post_build unless the
#   build phase says on-failure: ABORT. A post_build that pushes an image, uploads to S3,
#   deploys a stack or publishes a package then ships the output of a failed build (a
#   half-built image, artifacts of a build whose tests failed). The rule reports a build
#   phase without on-failure: ABORT when post_build publishes or deploys and does not
#   check CODEBUILD_BUILD_SUCCEEDING.
# custom:
#   id: BUILDSPEC-008
#   severity: low
#   input: buildspec
#   remediation: |
#     Stop the build when the build phase fails, or guard the publishing commands.
#
#     ```yaml
#     phases:
#       build:
#         on-failure: ABORT
#         commands:
#           - docker build -t "$IMAGE" .
#       post_build:
#         commands:
#           - docker push "$IMAGE"
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-9", "devops ci-cd"]
package shipgate.buildspec.post_build_after_failure

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, build) if {
	some build in input.buildspec.phases
	build.name == "build"
	not aborts(build)
	some post in input.buildspec.phases
	post.name == "post_build"
	not checks_success(post)
	shipped := {what |
		some c in post.commands
		some s in c.cmds
		what := ships(s, build)
	}
	count(shipped) > 0
	msg := sprintf("post_build runs %s even when the build phase failed%s; add on-failure: ABORT to the build phase, or check CODEBUILD_BUILD_SUCCEEDING before publishing", [concat(", ", sort(shipped)), bs.where])
}

# ships describes a post_build command that ships the build's output. An
# image push counts only when the build phase does more than build the
# image (tests, scans): when docker build itself fails there is no new
# image to push.
ships(s, _) := publishes(s) if not image_push(s)

ships(s, build) := publishes(s) if {
	image_push(s)
	more_than_image_build(build)
}

image_push(s) if {
	s.name in {"docker", "podman", "finch", "nerdctl"}
	s.args[0].value == "push"
}

more_than_image_build(build) if {
	some c in build.commands
	some s in c.cmds
	not s.name in {"docker", "podman", "finch", "nerdctl", "echo", "printf", "date", "sleep", "ls", "true", "cat", "pwd", "cd", "export"}
}

# aborts is true when the build phase stops the build on failure, or when
# on-failure cannot be read.
aborts(ph) if upper(ph.on_failure.value) == "ABORT"

aborts(ph) if ph.on_failure.known == false

# checks_success is true when post_build looks at CODEBUILD_BUILD_SUCCEEDING.
checks_success(ph) if {
	some c in array.concat(ph.commands, ph.finally)
	contains(c.text, "CODEBUILD_BUILD_SUCCEEDING")
}

# publishes describes a simple command that ships something: an image push,
# an upload, a deployment, a package release.
publishes(s) := sprintf("%q", [concat(" ", [s.name, s.args[0].value])]) if {
	s.name in {"docker", "podman", "finch", "nerdctl"}
	s.args[0].value == "push"
}

publishes(s) := sprintf("%q", [concat(" ", [s.name, s.args[0].value, s.args[1].value])]) if {
	some [tool, sub, verbs] in [
		["aws", "s3", {"cp", "sync", "mv"}],
		["aws", "cloudformation", {"deploy", "create-stack", "update-stack", "execute-change-set"}],
		["aws", "lambda", {"update-function-code", "publish-version", "update-alias"}],
		["aws", "ecs", {"update-service"}],
		["aws", "deploy", {"create-deployment"}],
		["aws", "elasticbeanstalk", {"update-environment"}],
		["kubectl", "rollout", {"restart"}],
	]
	s.name == tool
	s.args[0].value == sub
	s.args[1].value in verbs
	not download(s)
}

publishes(s) := sprintf("%q", [concat(" ", [s.name, s.args[0].value])]) if {
	some [tool, verbs] in [
		["sam", {"deploy"}],
		["cdk", {"deploy"}],
		["serverless", {"deploy"}],
		["sls", {"deploy"}],
		["terraform", {"apply"}],
		["kubectl", {"apply", "set"}],
		["helm", {"upgrade", "install"}],
		["npm", {"publish"}],
		["yarn", {"publish"}],
		["twine", {"upload"}],
		["mvn", {"deploy"}],
		["cargo", {"publish"}],
		["gem", {"push"}],
		["eb", {"deploy"}],
		["copilot", {"deploy"}],
	]
	s.name == tool
	s.args[0].value in verbs
}

# download is true for aws s3 cp/sync whose destination is local: the last
# argument does not name S3.
download(s) if {
	s.args[0].value == "s3"
	last := s.args[count(s.args) - 1]
	last.literal
	not startswith(last.value, "s3://")
}
