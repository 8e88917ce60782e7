// Package model holds the types every other shipgate package shares: positions,
// documents, rules and findings. It imports nothing of ours so that parsers,
// the engine and the reporters can all depend on it without cycles.
package model

import (
	"fmt"
	"strings"
)

// Pos is a position in a source file: 1-based line and column (columns count
// bytes, as hcl.Pos and yaml.v3 do).
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"column"`
}

// Range is a span of a source file. End is exclusive, as in hcl.Range.
type Range struct {
	File  string `json:"file"`
	Start Pos    `json:"start"`
	End   Pos    `json:"end"`
}

// String formats the range start as file:line:col.
func (r Range) String() string {
	return fmt.Sprintf("%s:%d:%d", r.File, r.Start.Line, r.Start.Col)
}

// Kind names an input format.
type Kind string

// The input kinds shipgate reads.
const (
	KindCloudFormation Kind = "cloudformation"
	KindTerraform      Kind = "terraform"
	KindTerraformPlan  Kind = "terraform-plan"
	KindDockerfile     Kind = "dockerfile"
	KindBuildspec      Kind = "buildspec"
	KindGitHubWorkflow Kind = "github-workflow"
)

// Kinds lists every input kind in a fixed order.
var Kinds = []Kind{KindCloudFormation, KindTerraform, KindTerraformPlan, KindDockerfile, KindBuildspec, KindGitHubWorkflow}

// AWSKinds are the kinds whose documents carry the normalised AWS view
// (ViewAWS). A policy with "input: aws" applies to exactly these.
var AWSKinds = []Kind{KindCloudFormation, KindTerraform, KindTerraformPlan}

// The views: the model policies read, input.<view> in Rego. Several kinds
// may fill one view (CloudFormation and Terraform fill aws).
const (
	// ViewAWS names the normalised AWS view, input.aws.
	ViewAWS = "aws"
	// ViewDockerfile names the model of a Dockerfile, input.dockerfile.
	ViewDockerfile = "dockerfile"
	// ViewBuildspec names the model of a CodeBuild buildspec, input.buildspec.
	ViewBuildspec = "buildspec"
	// ViewWorkflow names the model of a GitHub Actions workflow or action,
	// input.workflow.
	ViewWorkflow = "workflow"
)

// viewOf is the view each kind's documents fill.
var viewOf = map[Kind]string{
	KindCloudFormation: ViewAWS,
	KindTerraform:      ViewAWS,
	KindTerraformPlan:  ViewAWS,
	KindDockerfile:     ViewDockerfile,
	KindBuildspec:      ViewBuildspec,
	KindGitHubWorkflow: ViewWorkflow,
}

// ViewOf names the view documents of kind k fill, "" for none.
func ViewOf(k Kind) string { return viewOf[k] }

// Views lists every view name, sorted.
func Views() []string {
	return []string{ViewAWS, ViewBuildspec, ViewDockerfile, ViewWorkflow}
}

// ViewKinds lists the kinds that fill view, in the order of Kinds.
func ViewKinds(view string) []Kind {
	var out []Kind
	for _, k := range Kinds {
		if viewOf[k] == view {
			out = append(out, k)
		}
	}
	return out
}

// Severity ranks a rule. The zero value is SeverityNone, below every real
// severity, so "--fail-on none" never matches.
type Severity int

// Severities from lowest to highest.
const (
	SeverityNone Severity = iota
	SeverityInfo
	SeverityLow
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

var severityNames = [...]string{"none", "info", "low", "medium", "high", "critical"}

// String returns the lowercase name used in policies, flags and output.
func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return "unknown"
	}
	return severityNames[s]
}

// MarshalText writes the lowercase name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a lowercase name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// ParseSeverity reads a severity name, case-insensitively.
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(name, n) {
			return Severity(i), nil
		}
	}
	return SeverityNone, fmt.Errorf("unknown severity %q (want critical, high, medium, low, info or none)", name)
}

// Document is one parsed input file in the common model.
type Document struct {
	Kind Kind
	// Path is slash-separated and relative to the scan root.
	Path string
	// Raw is the file as plain JSON-shaped values (map[string]any, []any,
	// string, float64, int, bool, nil) with intrinsics and expressions
	// evaluated where they can be. It becomes input.raw in Rego.
	Raw any
	// Source maps a JSON pointer into Raw (RFC 6901, "" for the root) to its
	// range in the file. A key/value pair's range runs from the key to the end
	// of the value.
	Source map[string]Range
	// Resources maps a resource address (CloudFormation logical id, Terraform
	// address) to the JSON pointer of its definition in Raw.
	Resources map[string]string
	// View is the model policies read: the normalised AWS view
	// (docs/normalised-view.md) for CloudFormation and Terraform, the
	// kind's own model for the others (docs/input-models.md). It becomes
	// input.<ViewOf(Kind)> in Rego; nil for documents that carry none.
	View map[string]any
	// Notes are non-fatal observations made while reading the file, such as
	// an unknown resource type. They are reported but do not fail the scan.
	Notes []Note
	// Via maps the address of a resource created inside a module to the
	// chain of module calls that created it, outermost first.
	Via map[string][]Call
	// Origins maps the pointer of a value set elsewhere than where it is
	// used (a Terraform variable from a tfvars file or a module block) to
	// where it was set.
	Origins map[string]Range
	// Sensitive lists values that no message may print (those of Terraform
	// variables declared sensitive); findings show "(sensitive)" instead.
	Sensitive []string
	// Conditional maps the address of a resource that exists only under a
	// condition that cannot be decided statically (it depends on the region
	// or a parameter without a value) to that condition's name. Such a
	// resource is checked as if it exists; its findings name the condition.
	Conditional map[string]string
	// Errors are parts of the file that could not be read, such as a
	// resource without a usable Type, while the rest of the document is
	// valid and checked. They are reported like parse errors of a whole
	// file, so the scan is incomplete.
	Errors []FileError
	// Inputs maps the JSON pointer of a value in Raw that is the value of a
	// deployment input (a Ref to a CloudFormation parameter) to that input,
	// so that a finding can say the fix may be a deployment parameter.
	Inputs map[string]Input
	// ForeignIgnores are suppressions written for other tools in the file
	// (cfn_nag and cfn-guard resource Metadata). With
	// --honor-foreign-ignores they suppress the rules whose aliases list
	// their id.
	ForeignIgnores []ForeignIgnore
}

// ForeignIgnore is another tool's suppression of one of its rules for one
// resource.
type ForeignIgnore struct {
	// Tool is "cfn_nag" or "cfn-guard", or "shipgate" for shipgate's own
	// Metadata suppressions (Metadata.shipgate.ignore), which hold
	// whether or not foreign ignores are honoured.
	Tool string
	// ID is the tool's rule id or name (W2, INCOMING_SSH_DISABLED).
	ID string
	// Resource is the address of the resource it is written on.
	Resource string
	// Reason is the justification written with it, if any.
	Reason string
	// Expires is the date after which it no longer holds (YYYY-MM-DD), for
	// shipgate's own Metadata suppressions; "" for never.
	Expires string
	// Range is where the id is written.
	Range Range
}

// Input is a deployment input a value came from.
type Input struct {
	// Kind is "parameter" (CloudFormation).
	Kind string `json:"kind"`
	// Name is the input's name (SSHLocation).
	Name string `json:"name"`
	// Default is true when the value is the input's declared default, false
	// when it was given to the scan (--cfn-param, --cfn-params).
	Default bool `json:"default"`
}

// Call is one module call on the way to a resource: module.app, where it
// is called.
type Call struct {
	Name  string `json:"name"`
	Range Range  `json:"range"`
}

// Note is a non-fatal remark about a scanned file.
type Note struct {
	Range   Range  `json:"range"`
	Message string `json:"message"`
}

// Rule is a policy's metadata.
type Rule struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Description string   `json:"description,omitempty"`
	Severity    Severity `json:"severity"`
	Kinds       []Kind   `json:"kinds,omitempty"`
	Remediation string   `json:"remediation,omitempty"`
	Frameworks  []string `json:"frameworks,omitempty"`
	Aliases     []string `json:"aliases,omitempty"`
	// OptIn marks a rule that is off unless enabled (scan --enable ID):
	// a check many users do not want, such as package version pinning.
	OptIn bool `json:"opt_in,omitempty"`
	// Secret marks a rule whose findings are about a secret value (a
	// password in plain text): text output masks the value in snippets.
	Secret bool `json:"secret,omitempty"`
	// Package is the Rego package, for example "shipgate.aws.s3_encryption".
	Package string `json:"package"`
	// File is where the policy was loaded from.
	File string `json:"file"`
	// Builtin is false for policies loaded with --policy.
	Builtin bool `json:"builtin"`
	// Reads lists the collections of its view a policy reads ("s3.buckets",
	// or "s3" for a whole service): it can only report a resource of one
	// of them. Empty when it reads the input as a whole.
	Reads []string `json:"reads,omitempty"`
}

// Finding is one result of one rule on one document.
type Finding struct {
	RuleID   string   `json:"rule_id"`
	Severity Severity `json:"severity"`
	// Warning is true for results of a policy's warn rule: advisories that
	// never fail the gate.
	Warning  bool   `json:"warning,omitempty"`
	Message  string `json:"message"`
	Range    Range  `json:"range"`
	Resource string `json:"resource,omitempty"`
	// Attribute is the JSON pointer of the attribute the finding is about, the
	// last part of the fingerprint.
	Attribute   string `json:"attribute,omitempty"`
	Fingerprint string `json:"fingerprint"`
	// Via is the chain of module calls that created the resource, when it
	// sits in a module (Terraform), outermost first.
	Via []Call `json:"via,omitempty"`
	// ValueFrom is where the value the finding is about was set, when that
	// is elsewhere (a tfvars line, the argument of a module block).
	ValueFrom   *Range       `json:"value_from,omitempty"`
	Suppression *Suppression `json:"suppression,omitempty"`
	// Condition names the condition under which the resource exists, when
	// it could not be decided statically (Document.Conditional): the
	// finding holds only where the condition is true.
	Condition string `json:"condition,omitempty"`
	// Baseline is the finding's state against a --baseline file:
	// BaselineNew or BaselineUnchanged; empty when no baseline was given.
	Baseline string `json:"baseline_state,omitempty"`
	// Gate is GateSoft or GateHard when a soft-fail or hard-fail list of
	// the config file names the finding's rule or severity; empty leaves
	// the gate to the threshold.
	Gate string `json:"gate,omitempty"`
}

// Baseline states of a finding, as SARIF names them.
const (
	BaselineNew       = "new"
	BaselineUnchanged = "unchanged"
	BaselineAbsent    = "absent"
)

// Gate values: a soft-fail finding never fails the gate, a hard-fail one
// always does (unless suppressed, a warning or baselined), whatever the
// threshold.
const (
	GateSoft = "soft"
	GateHard = "hard"
)

// Gates reports whether the finding fails a gate whose threshold is
// failOn: unsuppressed, not a warning, and hard-fail or at or above the
// threshold without being soft-fail. Only hard-fail gates at SeverityNone.
func (f *Finding) Gates(failOn Severity) bool {
	if f.Suppression != nil || f.Warning || f.Baseline == BaselineUnchanged || f.Gate == GateSoft {
		return false
	}
	return f.Gate == GateHard || (failOn != SeverityNone && f.Severity >= failOn)
}

// Suppression records why a finding is not counted.
type Suppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// FileError is a file that could not be scanned, or a policy that failed on
// a file. Every path given to a scan is either scanned or has one of these.
type FileError struct {
	Path    string    `json:"path"`
	Range   *Range    `json:"range,omitempty"`
	Message string    `json:"message"`
	Kind    ErrorKind `json:"kind"`
}

// ErrorKind says why a file was not (fully) scanned.
type ErrorKind string

// The kinds of FileError.
const (
	// ErrParse: the file is malformed (or part of it cannot be read).
	ErrParse ErrorKind = "parse"
	// ErrRead: the file could not be read.
	ErrRead ErrorKind = "read"
	// ErrSkipped: the file was named but is not a supported input. It
	// does not make the scan incomplete.
	ErrSkipped ErrorKind = "skipped"
	// ErrPolicy: a policy failed while evaluating the file.
	ErrPolicy ErrorKind = "policy"
	// ErrLimit: the file exceeds a budget (its size, or what parsing or
	// evaluating it would take).
	ErrLimit ErrorKind = "limit"
	// ErrInternal: shipgate met a bug on the file; the rest of the scan
	// is intact.
	ErrInternal ErrorKind = "internal"
	// ErrSuppression: a shipgate suppression in the file is malformed, so
	// it cannot be known what it was meant to suppress.
	ErrSuppression ErrorKind = "suppression"
)

// Result is everything a scan produced.
type Result struct {
	Findings []Finding `json:"findings"`
	// Rules are the rules that ran (opt-in rules only when enabled).
	Rules  []Rule      `json:"rules"`
	Errors []FileError `json:"errors"`
	Notes  []Note      `json:"notes"`
	// Scanned lists the documents evaluated, sorted, with their kinds.
	Scanned []ScannedFile `json:"scanned"`
	// Sources holds the content of every file that has a finding, for
	// snippets in text output.
	Sources map[string][]byte `json:"-"`
	// Absent lists the baseline entries no finding matched any more (fixed
	// or gone), when a baseline was given.
	Absent []BaselineEntry `json:"absent,omitempty"`
	// Compliance holds a result per control of the frameworks asked for
	// (scan --framework), sorted by framework and control.
	Compliance []ControlResult `json:"compliance,omitempty"`
	// Bundle describes the policy bundle the scan loaded (scan --bundle),
	// nil without one.
	Bundle *Bundle `json:"bundle,omitempty"`
}

// Bundle identifies a policy bundle (OPA's bundle format) a scan loaded,
// so that every report says which approved policy set it ran.
type Bundle struct {
	// Path is the bundle file or directory as given.
	Path string `json:"path"`
	// Revision is the manifest's revision; empty when it has none.
	Revision string `json:"revision"`
	// Roots are the manifest's roots: the package paths the bundle owns.
	Roots []string `json:"roots"`
	// Signed is true when the bundle carried a signature, verified
	// against the key given.
	Signed bool `json:"signed"`
}

// BaselineEntry is one fingerprint recorded in a baseline file, with what
// people need to review it.
type BaselineEntry struct {
	Fingerprint string   `json:"fingerprint"`
	RuleID      string   `json:"rule_id"`
	Severity    Severity `json:"severity"`
	File        string   `json:"file"`
	Resource    string   `json:"resource,omitempty"`
	Attribute   string   `json:"attribute,omitempty"`
	Message     string   `json:"message"`
	// Count is how many findings share the fingerprint (at least 1).
	Count int `json:"count"`
}

// ScannedFile is one document that was parsed and evaluated.
type ScannedFile struct {
	Path string `json:"path"`
	Kind Kind   `json:"kind"`
	// Files lists the files of a document that spans several (a Terraform
	// module directory with the modules it calls); absent for one file.
	Files []string `json:"files,omitempty"`
}

// Incomplete reports whether some file or policy failed, so the scan did
// not see everything it was asked to.
func (r *Result) Incomplete() bool {
	for _, e := range r.Errors {
		if e.Kind != ErrSkipped {
			return true
		}
	}
	return false
}
