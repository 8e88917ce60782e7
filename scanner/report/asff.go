package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shipgate/shipgate/scanner/model"
)

// ASFFSchemaVersion is the AWS Security Finding Format version written.
const ASFFSchemaVersion = "2018-10-08"

// Limits of the AWS Security Finding Format (AwsSecurityFinding in the
// Security Hub API reference) that the asff writer keeps to.
const (
	ASFFMaxID           = 512
	ASFFMaxTitle        = 256
	ASFFMaxDescription  = 1024
	ASFFMaxRemediation  = 512
	ASFFMaxRequirements = 32
	ASFFMaxTypes        = 50
	ASFFMaxFieldKey     = 128
	ASFFMaxFieldValue   = 1024
)

// ASFFOptions configures the asff format.
type ASFFOptions struct {
	// Account is the 12-digit AWS account the findings are imported into.
	Account string
	// Region is the AWS Region of the Security Hub the findings go to.
	Region string
	// Source, when set, names the scanned code (a repository, a CodeBuild
	// project) and is part of every finding Id: fingerprints are only
	// unique within one scan root, and one account may import the scans of
	// several repositories.
	Source string
	// Now is CreatedAt and UpdatedAt; zero means the time of writing.
	Now time.Time
}

var (
	asffAccount = regexp.MustCompile(`^[0-9]{12}$`)
	// asffRegion accepts the form of every AWS Region name: us-east-1,
	// eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5.
	asffRegion = regexp.MustCompile(`^[a-z]{2}(-[a-z]+)+-[0-9]+$`)
	// asffSource has its length checked apart: a counted repetition is
	// compiled as that many copies, which every process start would pay.
	asffSource = regexp.MustCompile(`^[A-Za-z0-9._:/@+=-]+$`)
)

// asffMaxSource is the longest --asff-source.
const asffMaxSource = 200

// Validate reports the first option the asff format cannot write.
func (o ASFFOptions) Validate() error {
	var errs []error
	if !asffAccount.MatchString(o.Account) {
		if o.Account == "" {
			errs = append(errs, errors.New("--asff-account is required with --format asff: the 12-digit AWS account the findings are imported into"))
		} else {
			errs = append(errs, fmt.Errorf("--asff-account %q: want a 12-digit AWS account id", o.Account))
		}
	}
	if !asffRegion.MatchString(o.Region) {
		if o.Region == "" {
			errs = append(errs, errors.New("--asff-region is required with --format asff: the AWS Region of the Security Hub that imports the findings (for example us-east-1)"))
		} else {
			errs = append(errs, fmt.Errorf("--asff-region %q: want an AWS Region such as us-east-1", o.Region))
		}
	}
	if o.Source != "" && (len(o.Source) > asffMaxSource || !asffSource.MatchString(o.Source)) {
		errs = append(errs, fmt.Errorf("--asff-source %q: want at most 200 letters, digits and . _ : / @ + = -", o.Source))
	}
	return errors.Join(errs...)
}

// partition is the AWS partition of the Region: aws, aws-cn or aws-us-gov.
func (o ASFFOptions) partition() string {
	switch {
	case strings.HasPrefix(o.Region, "cn-"):
		return "aws-cn"
	case strings.HasPrefix(o.Region, "us-gov-"):
		return "aws-us-gov"
	default:
		return "aws"
	}
}

// ProductARN is the ARN of the account's default custom integration, the
// product BatchImportFindings accepts findings of without any set-up.
func (o ASFFOptions) ProductARN() string {
	return fmt.Sprintf("arn:%s:securityhub:%s:%s:product/%s/default", o.partition(), o.Region, o.Account, o.Account)
}

// asffFinding is one AwsSecurityFinding. The field order is the order of
// the output.
type asffFinding struct {
	SchemaVersion string            `json:"SchemaVersion"`
	ID            string            `json:"Id"`
	ProductArn    string            `json:"ProductArn"`
	ProductName   string            `json:"ProductName"`
	CompanyName   string            `json:"CompanyName"`
	Region        string            `json:"Region"`
	GeneratorID   string            `json:"GeneratorId"`
	AwsAccountID  string            `json:"AwsAccountId"`
	Types         []string          `json:"Types"`
	CreatedAt     string            `json:"CreatedAt"`
	UpdatedAt     string            `json:"UpdatedAt"`
	Severity      asffSeverity      `json:"Severity"`
	Title         string            `json:"Title"`
	Description   string            `json:"Description"`
	Remediation   *asffRemediation  `json:"Remediation,omitempty"`
	ProductFields map[string]string `json:"ProductFields"`
	Resources     []asffResource    `json:"Resources"`
	Compliance    asffCompliance    `json:"Compliance"`
	Workflow      asffWorkflow      `json:"Workflow"`
	RecordState   string            `json:"RecordState"`
}

type asffSeverity struct {
	Label    string `json:"Label"`
	Original string `json:"Original"`
}

type asffRemediation struct {
	Recommendation struct {
		Text string `json:"Text"`
	} `json:"Recommendation"`
}

type asffResource struct {
	Type      string `json:"Type"`
	ID        string `json:"Id"`
	Partition string `json:"Partition"`
	Region    string `json:"Region"`
	Details   struct {
		Other map[string]string `json:"Other"`
	} `json:"Details"`
}

type asffCompliance struct {
	Status              string   `json:"Status"`
	RelatedRequirements []string `json:"RelatedRequirements,omitempty"`
}

type asffWorkflow struct {
	Status string `json:"Status"`
}

// asffSeverityLabel maps shipgate's severities to Severity.Label.
var asffSeverityLabel = map[model.Severity]string{
	model.SeverityCritical: "CRITICAL",
	model.SeverityHigh:     "HIGH",
	model.SeverityMedium:   "MEDIUM",
	model.SeverityLow:      "LOW",
	model.SeverityInfo:     "INFORMATIONAL",
}

// Finding types (namespace/category/classifier) by framework id prefix;
// a rule mapped to none of these is an AWS security best practice check.
const asffDefaultType = "Software and Configuration Checks/AWS Security Best Practices"

var asffTypes = []struct{ prefix, typ string }{
	{"cis-aws", "Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark"},
	{"aws-fsbp", "Software and Configuration Checks/Industry and Regulatory Standards/AWS-Foundational-Security-Best-Practices"},
	{"nist-800-53", "Software and Configuration Checks/Industry and Regulatory Standards/NIST 800-53 Controls (USA)"},
	{"cis-docker", "Software and Configuration Checks/Industry and Regulatory Standards/CIS Host Hardening Benchmarks"},
	{"owasp-cicd", "Software and Configuration Checks/Industry and Regulatory Standards/OWASP Top 10 CICD Security Risks"},
}

// ASFF writes the findings as a JSON array of AWS Security Finding Format
// (2018-10-08) findings, the list `aws securityhub batch-import-findings
// --findings file://FILE` takes (at most 100 per call; docs/security-hub.md
// shows how to send them in chunks). Each finding's Id is derived from its
// fingerprint, so importing the next scan updates a finding rather than
// duplicating it. Suppressed and baselined findings are imported with
// Workflow.Status SUPPRESSED; advisories with Compliance.Status WARNING.
// Opts.ASFF must hold the account and Region (ASFFOptions.Validate).
func ASFF(w io.Writer, res *model.Result, opts Options) error {
	o := opts.ASFF
	if err := o.Validate(); err != nil {
		return err
	}
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	stamp := now.UTC().Format("2006-01-02T15:04:05.000Z")

	rules := make(map[string]model.Rule, len(res.Rules))
	for _, r := range res.Rules {
		rules[r.ID] = r
	}
	kinds := make(map[string]model.Kind, len(res.Scanned))
	for _, s := range res.Scanned {
		kinds[s.Path] = s.Kind
		for _, f := range s.Files {
			if _, ok := kinds[f]; !ok {
				kinds[f] = s.Kind
			}
		}
	}
	base := "shipgate/"
	if o.Source != "" {
		base += o.Source + "/"
	}

	out := make([]asffFinding, 0, len(res.Findings))
	seen := map[string]int{}
	for _, f := range res.Findings {
		r := rules[f.RuleID]
		key := f.Fingerprint
		if key == "" {
			key = fingerprintOf(f)
		}
		// Findings that share a fingerprint (the same rule on the same
		// attribute, reached twice) are numbered in output order.
		seen[key]++
		id := base + key
		if n := seen[key]; n > 1 {
			id += "/" + strconv.Itoa(n)
		}

		title := f.RuleID
		if t := strings.TrimSpace(r.Title); t != "" {
			title += ": " + t
		}
		af := asffFinding{
			SchemaVersion: ASFFSchemaVersion,
			ID:            truncate(id, ASFFMaxID),
			ProductArn:    o.ProductARN(),
			ProductName:   "shipgate",
			CompanyName:   "shipgate",
			Region:        o.Region,
			GeneratorID:   truncate(nonEmpty(f.RuleID, "shipgate"), ASFFMaxID),
			AwsAccountID:  o.Account,
			Types:         asffTypesOf(r),
			CreatedAt:     stamp,
			UpdatedAt:     stamp,
			Severity:      asffSeverity{Label: asffLabel(f.Severity), Original: f.Severity.String()},
			Title:         truncate(nonBlank(title, "shipgate finding"), ASFFMaxTitle),
			Description:   truncate(nonBlank(f.Message, title), ASFFMaxDescription),
			ProductFields: asffProductFields(f, key, opts, res),
			Resources:     []asffResource{asffResourceOf(f, kinds[f.Range.File], o)},
			Compliance:    asffCompliance{Status: "FAILED", RelatedRequirements: asffRequirements(r.Frameworks)},
			Workflow:      asffWorkflow{Status: "NEW"},
			RecordState:   "ACTIVE",
		}
		if f.Warning {
			af.Compliance.Status = "WARNING"
		}
		if f.Suppression != nil || f.Baseline == model.BaselineUnchanged {
			af.Workflow.Status = "SUPPRESSED"
		}
		if rem := strings.TrimSpace(r.Remediation); rem != "" {
			af.Remediation = &asffRemediation{}
			af.Remediation.Recommendation.Text = truncate(rem, ASFFMaxRemediation)
		}
		out = append(out, af)
	}

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode asff report: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write asff report: %w", err)
	}
	return nil
}

// fingerprintOf stands in for a finding without a fingerprint (a result
// built by hand): its rule, file, resource and line.
func fingerprintOf(f model.Finding) string {
	return strings.NewReplacer(" ", "_", "\t", "_").Replace(fmt.Sprintf("%s/%s/%s/%d", f.RuleID, f.Range.File, f.Resource, f.Range.Start.Line))
}

func asffLabel(s model.Severity) string {
	if l, ok := asffSeverityLabel[s]; ok {
		return l
	}
	return "INFORMATIONAL"
}

// asffTypesOf are the finding types of a rule: one per framework family it
// maps to, or the AWS best practices type.
func asffTypesOf(r model.Rule) []string {
	var types []string
	for _, t := range asffTypes {
		for _, fw := range r.Frameworks {
			if strings.HasPrefix(strings.ToLower(fw), t.prefix) {
				types = append(types, t.typ)
				break
			}
		}
	}
	if len(types) == 0 {
		types = []string{asffDefaultType}
	}
	return types
}

// asffRequirements are the rule's framework controls as Security Hub writes
// related requirements ("CIS AWS Foundations Benchmark v1.2.0/2.1"): the
// framework's title, a slash and the control; an entry of a framework
// shipgate does not know stays as written. At most ASFFMaxRequirements.
func asffRequirements(frameworks []string) []string {
	var out []string
	for _, fw := range frameworks {
		if len(out) == ASFFMaxRequirements {
			break
		}
		req := fw
		if c, ok := model.ParseControl(fw); ok {
			if f, ok := model.FrameworkByID(c.Framework); ok {
				req = f.Title + "/" + c.ID
			}
		}
		if req = truncate(strings.TrimSpace(req), ASFFMaxTitle); req != "" {
			out = append(out, req)
		}
	}
	return out
}

// asffResourceOf is the IaC resource a finding is about: its address, or
// the file when the finding has none, with where it is in Details.Other.
func asffResourceOf(f model.Finding, kind model.Kind, o ASFFOptions) asffResource {
	r := asffResource{
		Type:      "Other",
		ID:        truncate(nonBlank(f.Resource, nonBlank(f.Range.File, "unknown")), ASFFMaxID),
		Partition: o.partition(),
		Region:    o.Region,
	}
	other := map[string]string{"file": f.Range.File}
	if f.Range.Start.Line > 0 {
		other["line"] = strconv.Itoa(f.Range.Start.Line)
	}
	if kind != "" {
		other["kind"] = string(kind)
	}
	if f.Resource != "" {
		other["resource"] = f.Resource
	}
	if f.Attribute != "" {
		other["attribute"] = f.Attribute
	}
	if o.Source != "" {
		other["source"] = o.Source
	}
	r.Details.Other = limitFields(other)
	return r
}

// asffProductFields carry what Security Hub has no field for: the
// fingerprint, the tool version and the policy bundle.
func asffProductFields(f model.Finding, key string, opts Options, res *model.Result) map[string]string {
	pf := map[string]string{
		"shipgate/Fingerprint": key,
		"shipgate/RuleId":      f.RuleID,
	}
	if opts.Version != "" {
		pf["shipgate/Version"] = opts.Version
	}
	if f.Condition != "" {
		pf["shipgate/Condition"] = f.Condition
	}
	if f.Suppression != nil {
		pf["shipgate/Suppression"] = nonEmpty(f.Suppression.Justification, f.Suppression.Kind)
	}
	if f.Baseline != "" {
		pf["shipgate/BaselineState"] = f.Baseline
	}
	if b := res.Bundle; b != nil {
		pf["shipgate/BundleRevision"] = b.Revision
	}
	return limitFields(pf)
}

// limitFields keeps a string map inside ASFF's limits: keys and values
// truncated, empty values dropped (Security Hub rejects them).
func limitFields(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		if strings.TrimSpace(v) == "" {
			continue
		}
		out[truncate(k, ASFFMaxFieldKey)] = truncate(v, ASFFMaxFieldValue)
	}
	return out
}

// truncate shortens s to at most max bytes (and so at most max
// characters) without splitting a UTF-8 sequence, ending it with "…" when
// it was cut. Invalid UTF-8 is replaced first, so the result is valid.
func truncate(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if len(s) <= max {
		return s
	}
	const ellipsis = "…"
	cut := max - len(ellipsis)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + ellipsis
}

// nonBlank is s unless it is empty or only white space.
func nonBlank(s, fallback string) string {
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}
