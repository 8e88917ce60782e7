// Package cloud adapts parsed infrastructure documents into the normalised AWS
// view described in docs/normalised-view.md, so that one built-in policy covers
// CloudFormation (and later Terraform) alike.
//
// The view is declared once, in aws.go: each Collection lists its fields
// with their type, AWS default and where each format writes them (a path, or
// a named hook for what a path cannot express). Everything else is derived
// from that declaration: the CloudFormation reader (cfn.go) that fills the
// view by interpreting it, the JSON Schema of input.aws that the engine
// type-checks policies against (schema.go), and the reference page
// (reference.go). An attribute renders as {value, state, src, key}; one a
// reader never fills is unknown, never a default.
package cloud
