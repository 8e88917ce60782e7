// Package buildspec reads AWS CodeBuild buildspecs into the buildspec view
// (input.buildspec, docs/buildspec-model.md): the env section, the phases
// with every command split into simple shell commands (parsers/shell),
// reports, artifacts, cache and batch, each node with the JSON pointer of
// its range.
//
// A buildspec is a file (buildspec.yml, or any YAML file with a version of
// 0.1 or 0.2 and phases) or a string inside a template: the BuildSpec of a
// CloudFormation AWS::CodeBuild::Project (FromTemplate) or the buildspec of
// a Terraform aws_codebuild_project (FromTerraform). An inline buildspec is
// a document of its own whose ranges point inside the template.
package buildspec
