package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// starterConfig is what shipgate init writes: every key, commented out,
// with what it does (docs/config.md has the details).
const starterConfig = `# shipgate configuration: https://github.com/shipgate/shipgate/blob/main/docs/config.md
# Found upward from the scan root up to the repository root; command-line flags win over it.
# Relative paths are relative to this file's directory. Uncomment what you need.

# Skip paths while walking directories (globs, as --exclude; ** spans directories).
# exclude:
#   - "**/testdata/**"
#   - "vendor/**"

# Turn rules off entirely (disable), or turn on opt-in rules (enable, as --enable).
# rules:
#   enable: [DOCKER-025]
#   disable: [AWS-S3-003]

# Keep only the rules mapped to these frameworks (prefix of a rule's framework, any case).
# frameworks: ["cis-aws-3.0", "aws-fsbp", "devops secrets"]

# Change the severity of a rule's findings.
# severity:
#   AWS-S3-003: low

# Exit 1 on findings at or above this severity: critical, high, medium, low, info or none (--fail-on).
# fail-on: high

# Rule ids or severities whose findings never fail the gate (soft) or always do (hard).
# soft-fail: [low, AWS-EC2-001]
# hard-fail: [critical, AWS-CODEBUILD-002]

# Extra Rego policy files or directories (as --policy).
# policies: [policies/]

# Terraform variables and variable files for every root module (as --var, --var-file).
# terraform:
#   vars:
#     environment: prod
#   var-files: [env/prod.tfvars]

# CloudFormation parameters and pseudo parameters (as --cfn-param).
# cloudformation:
#   parameters:
#     Environment: prod
#     AWS::Region: eu-west-1

# Suppress findings by path, with a reason and, if it should not last, an expiry date.
# ignore:
#   - path: "legacy/**"
#     rules: ["*"]
#     reason: legacy stacks are being retired
#     expires: 2027-06-30
`

// runInit writes a starter .shipgate.yaml in the working directory.
func runInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("shipgate init", flag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "overwrite an existing .shipgate.yaml")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: shipgate init [--force]\n\nWrites a commented starter .shipgate.yaml in the current directory.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "shipgate init: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	const name = ".shipgate.yaml"
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if *force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(name, flags, 0o644)
	if errors.Is(err, os.ErrExist) {
		fmt.Fprintf(stderr, "shipgate init: %s exists; use --force to overwrite it\n", name)
		return exitUsage
	}
	if err != nil {
		fmt.Fprintf(stderr, "shipgate init: %v\n", err)
		return exitUsage
	}
	_, err = io.WriteString(f, starterConfig)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(stderr, "shipgate init: write %s: %v\n", name, err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "wrote %s; uncomment what you need (docs/config.md)\n", name)
	return exitOK
}
