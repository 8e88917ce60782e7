# METADATA
# title: Job container or service image has no tag or uses latest
# description: >-
#   An image without a tag is the latest tag: the job runs whatever was pushed last, so
#   builds change without a change to the workflow and a compromised or broken push
#   reaches every run. Name a version (and, better, a digest).
# custom:
#   id: GHA-017
#   severity: medium
#   input: workflow
#   remediation: |
#     ```yaml
#     services:
#       db:
#         image: postgres:16.4@sha256:<digest>
#     ```
#   frameworks: ["devops supply-chain"]
#   aliases: ["zizmor/unpinned-images"]
package shipgate.github.unpinned_images

deny contains {"msg": msg, "src": img.src, "resource": job.id} if {
	some job in input.workflow.jobs
	some c in array.concat([job.container], job.services)
	img := c.image
	img.known
	img.digest == ""
	lower(img.tag) in {"", "latest"}
	msg := sprintf("%s of job %q uses the image %q %s; name a version tag or a digest", [_what(c), job.id, img.value, _why(img.tag)])
}

_what(c) := "the container" if c.id == ""

_what(c) := sprintf("service %q", [c.id]) if c.id != ""

_why("") := "without a tag (latest)"

_why(tag) := "with the latest tag" if tag != ""
