// Package scanner runs a scan: it discovers files under the given paths,
// recognises inputs by content, parses and adapts them in parallel,
// evaluates the compiled policies against each document, places every
// result on the most precise source range it can, fingerprints and sorts
// the findings, and returns a model.Result for the reporters.
//
// Nothing given to a scan is lost: every file is either scanned or listed in
// Result.Errors with the reason ("read", "parse", "skipped" for a file named
// explicitly that is not a supported input, "policy" for a policy failure).
package scanner
