package report

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/scanner/model"
)

func TestSARIFCategory(t *testing.T) {
	for _, tc := range []struct{ category, want string }{
		{"infra", "infra/"},
		{"infra/terraform", "infra/terraform/"},
		{"containers/", "containers/"},
	} {
		out := render(t, "sarif", fixture(), Options{SARIFCategory: tc.category})
		var log struct {
			Runs []struct {
				AutomationDetails struct {
					ID string `json:"id"`
				} `json:"automationDetails"`
			} `json:"runs"`
		}
		if err := json.Unmarshal(out, &log); err != nil {
			t.Fatal(err)
		}
		if got := log.Runs[0].AutomationDetails.ID; got != tc.want {
			t.Errorf("--sarif-category %q: automationDetails.id %q, want %q", tc.category, got, tc.want)
		}
		if sch := shared.SARIFSchema(t); sch != nil {
			if err := validate(t, sch, out); err != nil {
				t.Errorf("--sarif-category %q: %v", tc.category, err)
			}
		}
	}
	var log map[string]any
	if err := json.Unmarshal(render(t, "sarif", fixture(), Options{}), &log); err != nil {
		t.Fatal(err)
	}
	if _, ok := log["runs"].([]any)[0].(map[string]any)["automationDetails"]; ok {
		t.Error("automationDetails without --sarif-category")
	}
}

// TestBundleRevision checks that the policy bundle a scan ran is recorded
// in JSON, SARIF run.properties, JUnit properties and the text, Markdown
// and HTML summaries.
func TestBundleRevision(t *testing.T) {
	res := fixture()
	res.Bundle = &model.Bundle{Path: "org.tar.gz", Revision: "2026.12.1\x1b", Roots: []string{"shipgate/org"}, Signed: true}

	var doc struct{ Bundle *model.Bundle }
	if err := json.Unmarshal(render(t, "json", res, Options{}), &doc); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res.Bundle, doc.Bundle); diff != "" {
		t.Errorf("json bundle (-want +got):\n%s", diff)
	}

	var log struct {
		Runs []struct {
			Properties struct{ PolicyBundle *model.Bundle }
		}
	}
	if err := json.Unmarshal(render(t, "sarif", res, Options{}), &log); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res.Bundle, log.Runs[0].Properties.PolicyBundle); diff != "" {
		t.Errorf("sarif run.properties.policyBundle (-want +got):\n%s", diff)
	}

	var suites struct {
		Properties []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"value,attr"`
		} `xml:"properties>property"`
	}
	if err := xml.Unmarshal(render(t, "junit", res, Options{}), &suites); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range suites.Properties {
		got[p.Name] = p.Value
	}
	want := map[string]string{"shipgate.bundle.path": "org.tar.gz", "shipgate.bundle.revision": `2026.12.1\x1b`, "shipgate.bundle.signed": "true"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("junit properties (-want +got):\n%s", diff)
	}

	if got := string(render(t, "text", res, Options{FailOn: model.SeverityHigh})); !strings.Contains(got, "policy bundle org.tar.gz, revision \"2026.12.1\\x1b\", signature verified\n") {
		t.Errorf("text summary lacks the bundle:\n%s", got)
	}
	if got := string(render(t, "markdown", res, Options{FailOn: model.SeverityHigh})); !strings.Contains(got, `Policy bundle org\.tar\.gz, revision 2026\.12\.1\\x1b, signature verified.`) {
		t.Errorf("markdown summary lacks the bundle:\n%s", got)
	}

	if got := string(render(t, "html", res, Options{FailOn: model.SeverityHigh})); !strings.Contains(got, `Policy bundle <code>org.tar.gz</code>, revision <code>2026.12.1\x1b</code>, signed and verified.`) {
		t.Errorf("html summary lacks the bundle")
	}

	// Without a bundle, nothing is added.
	var plain map[string]any
	if err := json.Unmarshal(render(t, "json", fixture(), Options{}), &plain); err != nil {
		t.Fatal(err)
	}
	if _, ok := plain["bundle"]; ok {
		t.Error("json has a bundle without --bundle")
	}
}
