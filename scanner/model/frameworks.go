package model

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"
)

// Framework is a compliance framework or practice catalogue that rules map
// to. A rule's Frameworks entries are "<framework id> <control id>"
// ("aws-fsbp S3.5"); a user's policies may write any text there, the
// built-in ones only controls of these frameworks.
type Framework struct {
	ID    string
	Title string
	// control matches the framework's control ids.
	control *regexp.Regexp
}

// DevOpsCategories are the controls of the "devops" framework: the
// delivery practices a rule serves.
var DevOpsCategories = []string{"ci-cd", "deployment-safety", "observability", "supply-chain", "resilience", "secrets", "least-privilege", "hardening"}

// Frameworks lists the frameworks built-in rules map to.
var Frameworks = []Framework{
	{ID: "cis-aws-3.0", Title: "CIS Amazon Web Services Foundations Benchmark v3.0.0", control: regexp.MustCompile(`^[0-9]+(\.[0-9]+)+$`)},
	{ID: "aws-fsbp", Title: "AWS Foundational Security Best Practices v1.0.0", control: regexp.MustCompile(`^[A-Z][A-Za-z0-9]*\.[0-9]+$`)},
	{ID: "nist-800-53", Title: "NIST SP 800-53 Rev. 5", control: regexp.MustCompile(`^[A-Z]{2}-[0-9]+(\([0-9]+\))?$`)},
	{ID: "cis-docker-1.6", Title: "CIS Docker Benchmark v1.6.0", control: regexp.MustCompile(`^[0-9]+(\.[0-9]+)+$`)},
	{ID: "owasp-cicd", Title: "OWASP Top 10 CI/CD Security Risks", control: regexp.MustCompile(`^CICD-SEC-[0-9]+$`)},
	{ID: "aws-control-tower", Title: "AWS Control Tower proactive controls", control: regexp.MustCompile(`^CT\.[A-Z0-9]+\.PR\.[0-9]+$`)},
	{ID: "devops", Title: "DevOps delivery practices (shipgate)", control: regexp.MustCompile(`^(` + strings.Join(DevOpsCategories, "|") + `)$`)},
}

// FrameworkByID returns the framework with that id.
func FrameworkByID(id string) (Framework, bool) {
	for _, f := range Frameworks {
		if f.ID == id {
			return f, true
		}
	}
	return Framework{}, false
}

// Control is one entry of a rule's Frameworks, split.
type Control struct {
	Framework string `json:"framework"`
	ID        string `json:"control"`
}

func (c Control) String() string { return c.Framework + " " + c.ID }

// ParseControl splits a Frameworks entry into its framework and control
// ids; ok is false unless the framework is one of Frameworks and the
// control id has that framework's form.
func ParseControl(entry string) (c Control, ok bool) {
	fw, id, found := strings.Cut(entry, " ")
	if !found {
		return Control{}, false
	}
	f, known := FrameworkByID(fw)
	if !known || !f.control.MatchString(id) {
		return Control{}, false
	}
	return Control{Framework: fw, ID: id}, true
}

// CompareControls orders controls by framework, then by control id with
// its numbers compared as numbers (CIS 1.10 after 1.9, S3.12 after S3.2).
func CompareControls(a, b Control) int {
	return cmp.Or(strings.Compare(a.Framework, b.Framework), naturalCompare(a.ID, b.ID))
}

// naturalCompare compares strings with runs of digits compared by value.
func naturalCompare(a, b string) int {
	for a != "" && b != "" {
		na, ra := leadingNumber(a)
		nb, rb := leadingNumber(b)
		switch {
		case na >= 0 && nb >= 0:
			if c := cmp.Compare(na, nb); c != 0 {
				return c
			}
			a, b = ra, rb
		case a[0] != b[0]:
			return cmp.Compare(a[0], b[0])
		default:
			a, b = a[1:], b[1:]
		}
	}
	return cmp.Compare(len(a), len(b))
}

// leadingNumber reads the digits s starts with; -1 when it starts with
// none.
func leadingNumber(s string) (int, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return -1, s
	}
	n, err := strconv.Atoi(s[:i])
	if err != nil {
		return -1, s
	}
	return n, s[i:]
}

// ControlResult is the state of one control of a framework after a scan
// (scan --framework): the rules mapped to it and the resources they
// examined. A resource is an object of a collection a rule reads
// (Rule.Reads: its document path and address), or the document itself for
// a rule that reads the input whole. Failed counts the resources with an
// unsuppressed finding (warnings aside) of one of the rules, Suppressed
// those with suppressed findings only, Passed the other resources those
// rules examined.
type ControlResult struct {
	Control
	// Title is the framework's.
	Title      string   `json:"framework_title"`
	Rules      []string `json:"rules"`
	Passed     int      `json:"passed"`
	Failed     int      `json:"failed"`
	Suppressed int      `json:"suppressed"`
	// Status is "failed" when Failed > 0, "passed" when the rules examined
	// resources and none failed (suppressed ones are accepted),
	// "not-applicable" when they examined none.
	Status string `json:"status"`
	// ByRule holds the same counts for each of Rules, in its order. The
	// HTML report shows them; the JSON report keeps to the per-control
	// counts.
	ByRule []RuleCounts `json:"-"`
}

// RuleCounts are the resources one rule of a control examined: passed,
// failed and with suppressed findings only, as ControlResult counts them.
type RuleCounts struct {
	ID                         string
	Passed, Failed, Suppressed int
}

// Control statuses.
const (
	ControlPassed        = "passed"
	ControlFailed        = "failed"
	ControlNotApplicable = "not-applicable"
	// ControlSuppressed is not a status: compliance marks findings so.
	ControlSuppressed = "suppressed"
)
