package scanner

import (
	"testing"

	"github.com/shipgate/shipgate/scanner/model"
)

// TestGatePrecedence pins the order documented in docs/config.md: a
// suppression or a warning never gates; a rule id in hard-fail or
// soft-fail wins over a severity in either; then the severity lists; then
// the fail-on threshold.
func TestGatePrecedence(t *testing.T) {
	soft := []string{"low", "R-SOFT", "R-BOTH-SEV"}
	hard := []string{"critical", "R-HARD", "medium"}
	tests := []struct {
		name       string
		rule       string
		sev        model.Severity
		suppressed bool
		warning    bool
		failOn     model.Severity
		want       bool
	}{
		{"threshold above", "R", model.SeverityHigh, false, false, model.SeverityHigh, true},
		{"threshold below", "R", model.SeverityInfo, false, false, model.SeverityInfo, true},
		{"soft severity below threshold anyway", "R", model.SeverityLow, false, false, model.SeverityLow, false},
		{"hard severity with fail-on none", "R", model.SeverityCritical, false, false, model.SeverityNone, true},
		{"hard severity below threshold", "R", model.SeverityMedium, false, false, model.SeverityHigh, true},
		{"soft id over hard severity", "R-SOFT", model.SeverityCritical, false, false, model.SeverityLow, false},
		{"hard id over soft severity", "R-HARD", model.SeverityLow, false, false, model.SeverityNone, true},
		{"id in soft, severity hard", "R-BOTH-SEV", model.SeverityMedium, false, false, model.SeverityLow, false},
		{"suppressed hard", "R-HARD", model.SeverityCritical, true, false, model.SeverityLow, false},
		{"warning hard", "R-HARD", model.SeverityCritical, false, true, model.SeverityLow, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := model.Finding{RuleID: tt.rule, Severity: tt.sev, Warning: tt.warning}
			if tt.suppressed {
				f.Suppression = &model.Suppression{Kind: SuppressionConfig}
			}
			f.Gate = gateOf(&f, soft, hard)
			if got := f.Gates(tt.failOn); got != tt.want {
				t.Errorf("Gates(%s) = %t (gate %q), want %t", tt.failOn, got, f.Gate, tt.want)
			}
		})
	}
}
