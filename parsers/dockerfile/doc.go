// Package dockerfile reads Dockerfiles (and Containerfiles) into the
// dockerfile view (docs/dockerfile-model.md): stages with their base image
// split into registry, repository, tag and digest, every instruction with
// its flags, arguments, heredocs and exact range, and the shell commands
// of RUN, CMD and ENTRYPOINT parsed with parsers/shell so that a policy can
// match "apt-get install" without "--no-install-recommends" on the
// command's own line and column.
//
// Lines are split by BuildKit's parser; positions inside an instruction
// are recomputed from the file's bytes (text.go), because BuildKit joins
// continuation lines and drops comments without keeping columns.
package dockerfile
