// Package parsers is the registry of input kinds: it lists the reader of
// every kind shipgate scans, each configured from Options, so that the
// scanner itself holds no code for any particular kind.
package parsers

import (
	"github.com/shipgate/shipgate/parsers/buildspec"
	"github.com/shipgate/shipgate/parsers/cloud"
	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/parsers/dockerfile"
	"github.com/shipgate/shipgate/parsers/terraform"
	"github.com/shipgate/shipgate/parsers/workflow"
	"github.com/shipgate/shipgate/scanner/model"
)

// Options configures the readers.
type Options struct {
	// CFNParams overrides CloudFormation parameter values.
	CFNParams map[string]string
	// TF holds Terraform's --var and --var-file inputs.
	TF terraform.Options
}

// Readers returns one reader per supported input kind. A file is claimed
// by the first reader, in this order, that matches and detects it.
func Readers(opts Options) []model.Reader {
	return []model.Reader{
		&terraform.PlanReader{Adapt: cloud.FromTerraform},
		&cloudformation.Reader{Params: opts.CFNParams, Adapt: cloud.FromTemplate, Embedded: buildspec.FromTemplate},
		&terraform.Reader{Options: opts.TF, Adapt: cloud.FromTerraform, Embedded: buildspec.FromTerraform},
		&buildspec.Reader{},
		dockerfile.Reader{},
		// Last: a workflow claims any YAML with on and jobs, which other
		// kinds' files do not have.
		&workflow.Reader{},
	}
}

// Schemas returns the JSON Schema of the normalised view of each view name,
// for type-checking policies at load.
func Schemas() map[string]map[string]any {
	return map[string]map[string]any{
		model.ViewAWS:        cloud.Schema(),
		model.ViewBuildspec:  buildspec.Schema(),
		model.ViewDockerfile: dockerfile.Schema(),
		model.ViewWorkflow:   workflow.Schema(),
	}
}
