# METADATA
# title: Buildspec artifacts include secret files
# description: >-
#   Build artifacts are uploaded to S3 and handed to later pipeline actions, often kept
#   for a long time and readable by more people than the build's secrets. The rule
#   reports an artifact whose files name a file that holds credentials (.env, a private
#   key such as id_rsa, *.key or *.p12, .npmrc, .pypirc, .netrc, .git-credentials, an
#   AWS credentials file, or a .ssh, .aws or .docker directory), and an artifact that
#   takes everything (**/*) from the source directory when a command of the build writes
#   such a file there and neither exclude-paths nor a later rm keeps it out.
# custom:
#   id: BUILDSPEC-012
#   severity: high
#   input: buildspec
#   remediation: |
#     List what the artifact needs, or exclude credential files explicitly.
#
#     ```yaml
#     artifacts:
#       base-directory: dist
#       files:
#         - '**/*'
#       exclude-paths:
#         - '**/.env'
#         - '**/*.key'
#     ```
#   frameworks: ["owasp-cicd CICD-SEC-6", "devops secrets"]
package shipgate.buildspec.artifact_secrets

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, f) if {
	some a in input.buildspec.artifacts
	some f in a.files
	f.known
	secret_path(f.value)
	msg := sprintf("%s includes %q, a file that holds credentials%s; leave it out of the artifact", [artifact_name(a), f.value, bs.where])
}

deny contains bs.result(msg, f) if {
	some a in input.buildspec.artifacts
	a.base_directory == null
	count(a.exclude_paths) == 0
	some f in a.files
	f.value in {"**/*", "*", "**", "./**/*"}
	some file in written_secret_files
	not removed(file)
	msg := sprintf("%s includes every file of the source directory, and the build writes %q there, a file that holds credentials%s; exclude it with exclude-paths, delete it before the artifact is uploaded, or list only what the artifact needs", [artifact_name(a), file, bs.where])
}

artifact_name(a) := "artifacts" if a.id == ""

artifact_name(a) := sprintf("secondary artifact %q", [a.id]) if a.id != ""

# secret_path is true for a path or pattern whose file name, or one of
# whose directories, holds credentials.
secret_path(p) if {
	parts := split(trim_prefix(p, "./"), "/")
	regex.match(secret_file, parts[count(parts) - 1])
}

secret_path(p) if {
	some part in split(p, "/")
	part in {".ssh", ".aws", ".docker", ".gnupg"}
}

secret_file := `(?i)^(\.env|\.env\.(local|prod|production|staging|dev|development|test)|id_(rsa|dsa|ecdsa|ed25519)|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.dockercfg|[^/]*\.(key|p12|pfx|ppk)|[^/]*private[^/]*\.pem|key\.pem)$`

# written_secret_files are the relative paths of credential files the
# build's commands write: redirection targets, and the destination of cp
# or aws s3 cp.
written_secret_files contains path if {
	some [_, s] in bs.simple_commands
	some r in s.redirects
	r.op in {">", ">>", ">|", "&>"}
	r.target.literal
	path := r.target.value
	relative(path)
	secret_path(path)
}

written_secret_files contains path if {
	some [_, s] in bs.simple_commands
	copies(s)
	last := s.args[count(s.args) - 1]
	last.literal
	path := last.value
	relative(path)
	secret_path(path)
}

copies(s) if s.name == "cp"

copies(s) if {
	s.name == "aws"
	s.args[0].value == "s3"
	s.args[1].value == "cp"
}

relative(p) if {
	not startswith(p, "/")
	not startswith(p, "~")
	not contains(p, "..")
	not startswith(p, "-")
}

# removed is true when a command deletes the file.
removed(file) if {
	some [_, s] in bs.simple_commands
	s.name in {"rm", "shred"}
	some a in s.args
	trim_prefix(a.value, "./") == trim_prefix(file, "./")
}
