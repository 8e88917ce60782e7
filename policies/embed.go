// Package policies holds shipgate's built-in Rego policies, embedded in the
// binary so a scan needs neither the network nor files beside the tool.
//
// Layout: lib/ holds helper packages (shipgate.lib...), aws/ one policy per
// file with its *_test.rego beside it. scanner/engine loads them from FS.
package policies

import "embed"

// FS holds the lib directory and the policy areas (aws, buildspec, docker,
// github). The all: prefix keeps files whose
// names start with "_" or "." so that nothing placed there is silently left
// out; the engine only reads .rego files from it.
//
//go:embed all:lib all:aws all:buildspec all:docker all:github
var FS embed.FS
