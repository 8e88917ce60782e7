// Package engine loads shipgate's Rego policies and evaluates them against
// documents. It is the only package that imports OPA.
//
// A policy is one Rego v1 module in its own package (shipgate.<area>.<name>)
// that defines the partial set rules deny (failures) and warn (advisories),
// with its metadata in a package-scoped "# METADATA" block:
//
//	# METADATA
//	# title: S3 bucket without encryption
//	# description: ...
//	# custom:
//	#   id: AWS-S3-001
//	#   severity: high            # critical|high|medium|low|info
//	#   input: aws                # or kinds: [dockerfile]; neither means every kind
//	#   remediation: ...
//	#   frameworks: [CIS-AWS-2.1.1]
//	#   aliases: [CKV_AWS_19]
//	package shipgate.aws.s3_encryption
//
// Modules that define neither deny nor warn and carry no metadata are
// libraries (shipgate.lib and a user's own helpers); files ending in
// _test.rego are unit tests, run by RunTests and ignored by New.
//
// New compiles everything once and prepares one query per input kind that
// collects the results of every policy applying to that kind, so Eval costs
// one input conversion and one evaluation per document. With Options.Lazy
// (the scanner's choice) New takes the built-in policies' metadata from
// their index (Options.Index, generated Go data), or else reads each file's
// header, the package and its METADATA, and reads and compiles a built-in
// file only when a document needs it. Each view's built-in policies are
// grouped: the AWS ones by the collections they read (a document declaring
// none of them skips the group), the others dealt into one share per
// processor. The groups a document needs that are not compiled yet are
// parsed, checked and compiled together with the libraries they refer to,
// one compiler per processor, once; so a scan pays for the policies that
// can report on what it reads, not for the whole library. The views of
// the user's policies are still compiled in New, so that every error in
// them is New's error. When a group's query fails on a document (a
// builtin error, the time limit), each of its policies is evaluated alone,
// with its own time limit and a query prepared on first use, so the
// failure is a PolicyError naming its policy and the other policies'
// results for the document are kept. Policies run with
// restricted capabilities: builtins that reach the network, read the
// environment or are not deterministic are removed, so a policy that calls
// them fails to load.
package engine
