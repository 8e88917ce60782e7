package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/shipgate/shipgate/scanner"
	"github.com/shipgate/shipgate/scanner/engine"
	"github.com/shipgate/shipgate/scanner/report"
)

// orgFlags are the scan flags for running shipgate across an
// organisation: a signed policy bundle, Security Hub findings, and SARIF
// categories for several code-scanning uploads of one repository.
type orgFlags struct {
	bundleFlags
	sarifCategory string
	asff          report.ASFFOptions
}

// bundleFlags select a policy bundle and the key it must be signed with
// (scan, policies list, policies show).
type bundleFlags struct {
	bundle          string
	verificationKey string
}

func (f *bundleFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.bundle, "bundle", "", "load the policies of this OPA policy bundle (`FILE`.tar.gz or directory) beside the built-in ones (with --no-builtin, instead of them)")
	fs.StringVar(&f.verificationKey, "verification-key", "", "PEM public key `FILE` the --bundle must be signed with (RS256 or ES256); without it, a signed bundle is refused")
}

// read reads and verifies the bundle; nil without --bundle.
func (f *bundleFlags) read() (*engine.Bundle, error) {
	if f.verificationKey != "" && f.bundle == "" {
		return nil, errors.New("--verification-key verifies a --bundle; give the bundle too")
	}
	if f.bundle == "" {
		return nil, nil
	}
	var key []byte
	if f.verificationKey != "" {
		var err error
		if key, err = os.ReadFile(f.verificationKey); err != nil {
			return nil, fmt.Errorf("--verification-key: %w", err)
		}
	}
	return engine.ReadBundle(f.bundle, key)
}

func (f *orgFlags) register(fs *flag.FlagSet) {
	f.bundleFlags.register(fs)
	fs.StringVar(&f.sarifCategory, "sarif-category", "", "SARIF run.automationDetails.id category (\"`NAME`/\"), so that several scans of one repository upload to code scanning side by side")
	fs.StringVar(&f.asff.Account, "asff-account", "", "12-digit AWS account `ID` the --format asff findings are imported into (required with it)")
	fs.StringVar(&f.asff.Region, "asff-region", "", "AWS `Region` of the Security Hub for --format asff (required with it)")
	fs.StringVar(&f.asff.Source, "asff-source", "", "`NAME` of the scanned code (repository, CodeBuild project) in every asff finding id, so scans of several repositories in one account do not collide")
}

// org is what orgFlags prepared for one scan.
type org struct {
	flags  orgFlags
	bundle *engine.Bundle
}

// prepare validates the flags against the formats asked for and reads and
// verifies the bundle. Every error is a usage or configuration error.
func (f *orgFlags) prepare(formats []string) (*org, error) {
	o := &org{flags: *f}
	if f.sarifCategory != "" {
		if strings.TrimSpace(f.sarifCategory) == "" || strings.ContainsAny(f.sarifCategory, "\n\r\t") {
			return nil, fmt.Errorf("--sarif-category %q: want a name such as infra or containers/ecr", f.sarifCategory)
		}
		if !slices.Contains(formats, "sarif") {
			return nil, errors.New("--sarif-category sets the SARIF output's category; add --format sarif or --output sarif=FILE")
		}
	}
	asffSet := f.asff != (report.ASFFOptions{})
	switch {
	case slices.Contains(formats, "asff"):
		if err := f.asff.Validate(); err != nil {
			return nil, err
		}
	case asffSet:
		return nil, errors.New("--asff-account, --asff-region and --asff-source apply to --format asff; add it or --output asff=FILE")
	}
	b, err := f.read()
	if err != nil {
		return nil, err
	}
	o.bundle = b
	return o, nil
}

// options adds the bundle to the scan.
func (o *org) options(opts *scanner.Options) { opts.Bundle = o.bundle }

// reportOptions adds what the formats need.
func (o *org) reportOptions(ro *report.Options) {
	ro.SARIFCategory = o.flags.sarifCategory
	ro.ASFF = o.flags.asff
}
