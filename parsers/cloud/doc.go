// Package cloud adapts parsed infrastructure documents into the normalised AWS
// view described in docs/normalised-view.md, so that one built-in policy covers
// CloudFormation (and later Terraform) alike.
//
// The package has two layers. The service types (s3Bucket, securityGroupRule,
// iamPolicy, …) are format-neutral builders whose fields are Attr values, each
// carrying its own value, state, source pointer and file; a bucket can thus be
// filled from several source resources, as Terraform's split S3 resources
// require. Format readers (CloudFormation here) fill them, and toMap turns the
// result into the plain JSON-shaped data that OPA consumes.
package cloud
