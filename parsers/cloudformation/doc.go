// Package cloudformation parses CloudFormation and SAM templates, YAML or
// JSON, into a model.Document whose every node has an exact source range.
//
// # Pipeline
//
// One path serves both syntaxes, since JSON is YAML: yaml.v3 decodes the
// first document into nodes; the builder expands short-form tags (!Ref,
// !GetAtt A.B, ...) into their long form, applies aliases and merge keys,
// keeps the last value of a duplicate key (as CloudFormation does, with a
// note at the duplicate), types scalars as CloudFormation does and computes
// each node's end, which yaml.v3 does not give; the resolver then evaluates intrinsic functions and
// conditions, and the result is emitted as Raw plus a Source map keyed by
// JSON pointers into the resolved tree.
//
// # Ours or goformation's
//
// goformation v7 supplies the catalogue of resource types (AllResources),
// used for the "unknown resource type" note; it is built once, lazily.
// Everything else is ours: goformation decodes templates into typed structs
// and evaluates intrinsics on JSON without positions, so it can neither give
// a range for a value nor keep an undecidable Fn::If with both branches,
// which the adapters need to expand variants.
//
// # Evaluation
//
// Ref to a parameter takes the --cfn-param override, else the Default;
// CommaDelimitedList and List<...> values become lists of strings (items
// trimmed), Number values numbers. SSM parameter types stay unknown: their
// value is the SSM parameter's content, known only at deployment.
// The region, account id, stack name and id and notification ARNs are facts
// of a deployment and stay unknown ({"Ref": ...}) unless given as
// overrides, so a condition on AWS::Region is undecidable rather than
// silently true for one region. AWS::Partition and AWS::URLSuffix are "aws"
// and "amazonaws.com" unless an overridden region lies in the China or
// GovCloud partition. Any pseudo parameter can be given as an override.
// AWS::NoValue removes its key or list item. Ref to a resource stays
// {"Ref": "Id"} so adapters can link resources.
//
// Fn::Sub, Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap (with
// DefaultValue), Fn::Base64 (encoded, as CloudFormation does), Fn::Length
// and Fn::ToJsonString are computed when their inputs are known. An Fn::Sub
// with some unknown variables stays Fn::Sub with the known ones substituted.
// Fn::GetAtt, Fn::ImportValue, Fn::GetAZs, Fn::Cidr and Fn::Transform stay
// as written with their arguments resolved. Conditions are three-valued;
// Fn::If on a decided condition becomes the chosen branch, and on an
// undecidable one stays {"Fn::If": [cond, a, b]} with both branches
// resolved. Resources whose Condition is false stay in Raw and are listed in
// Template.FalseConditionResources, so Raw still looks like the template;
// resources whose Condition is undecidable are checked and listed in
// Document.Conditional with the condition's name.
//
// # Partial templates
//
// A resource that cannot be read — not a mapping, no Type, a Type that is
// not a literal string (an intrinsic, a Rain module), or an Fn::ForEach
// loop, which is not expanded — goes into Document.Errors with its range
// and is left out of Document.Resources (it stays in Raw as written);
// every other resource is read, as cfn-lint does. Only a file that is not
// YAML or JSON, or not a template at all, is a ParseError.
//
// # Budgets
//
// Parsing and evaluation are bounded (limits.go): values, nesting, alias
// expansion, what intrinsics produce and the source map each have a budget,
// and a template that exceeds one is a LimitError at the construct that
// did, never an out-of-memory crash. An alias reuses its anchor's node
// instead of building it again, and every position conversion takes
// constant or logarithmic time, so parsing is linear in the input even on
// one long line.
//
// # Ranges
//
// A mapping entry's range runs from its key to the end of its value; a list
// item's covers the item. A value replaced by a branch (Fn::If, Fn::Select
// of a literal list) carries the
// branch's ranges; a computed value carries the range of the whole intrinsic
// entry, and so does every part of it.
package cloudformation
