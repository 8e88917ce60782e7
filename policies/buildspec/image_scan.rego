# METADATA
# title: Buildspec pushes an image without scanning it
# description: >-
#   An image pushed without a vulnerability scan reaches the registry, and then
#   production, with whatever its base image and packages carry. The advisory reports
#   an image push (docker push, podman push, docker buildx build --push) in a buildspec
#   with no scanning step: Trivy, Grype, Snyk, Docker Scout, Clair, Anchore, Dockle,
#   Prisma twistcli, JFrog Xray, Amazon Inspector or an ECR image scan
#   (start-image-scan, describe-image-scan-findings, wait image-scan-complete). Scanning
#   may also happen elsewhere (ECR scan on push, a later pipeline stage); then suppress
#   it.
# custom:
#   id: BUILDSPEC-014
#   severity: info
#   input: buildspec
#   remediation: |
#     Scan the image before pushing it, and fail the build on serious findings.
#
#     ```yaml
#     phases:
#       post_build:
#         commands:
#           - trivy image --exit-code 1 --severity HIGH,CRITICAL "$IMAGE"
#           - docker push "$IMAGE"
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-3", "devops supply-chain"]
package shipgate.buildspec.image_scan

import data.shipgate.lib.buildspec as bs

warn contains bs.result(msg, s) if {
	not scans
	pushes_list := [[key, s] |
		some [c, s] in bs.simple_commands
		pushes(s)
		key := sprintf("%d%d/%08d/%s", [bs.phase_rank[c.phase], bs.section_rank[c.section], c.index, s.src])
	]
	count(pushes_list) > 0
	s := min(pushes_list)[1]
	msg := sprintf("%s pushes an image, and the buildspec has no image scan (trivy, grype, snyk, ECR or Inspector scan)%s; scan the image before pushing it, or suppress this if a scan runs elsewhere", [s.name, bs.where])
}

pushes(s) if {
	s.name in {"docker", "podman", "finch", "nerdctl", "buildah"}
	s.args[0].value == "push"
}

pushes(s) if {
	s.name == "docker"
	s.args[0].value == "image"
	s.args[1].value == "push"
}

pushes(s) if {
	s.name == "docker"
	s.args[0].value == "buildx"
	s.args[1].value == "build"
	some a in s.args
	a.value == "--push"
}

scanners := {"trivy", "grype", "snyk", "klar", "clair-scanner", "clairctl", "anchore-cli", "dockle", "twistcli", "jf", "xray", "docker-scout", "inspector-sbomgen", "syft", "cosign", "osv-scanner", "tern", "veinmind-runner", "neuvector"}

scans if {
	some [_, s] in bs.simple_commands
	s.name in scanners
}

scans if {
	some [_, s] in bs.simple_commands
	s.name == "docker"
	s.args[0].value in {"scan", "scout"}
}

scans if {
	some [_, s] in bs.simple_commands
	s.name == "aws"
	s.args[0].value == "ecr"
	s.args[1].value in {"start-image-scan", "describe-image-scan-findings", "wait"}
}

scans if {
	some [_, s] in bs.simple_commands
	s.name == "aws"
	s.args[0].value in {"inspector2", "inspector-scan"}
}

# A scanner run from a container image or a script named after it.
scans if {
	some c in bs.commands
	regex.match(`(?i)\b(trivy|grype|snyk|clair|klar|anchore|inspector|image-scan)\b`, c.text)
}
