package cloud

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Reference writes docs/normalised-view.md: the fixed introduction, then
// every collection and field as declared. A test keeps the file in step.
func Reference(w io.Writer) error {
	b := bufio.NewWriter(w)
	b.WriteString(referenceIntro)
	for _, c := range collections {
		fmt.Fprintf(b, "\n### `%s.%s[]`\n\n%s.\n\n", c.Service, c.Name, capitalise(c.Doc))
		var types []string
		for _, s := range c.CFN {
			for _, t := range s.Types {
				if t := "`" + t + "`"; !slices.Contains(types, t) {
					types = append(types, t)
				}
			}
		}
		fmt.Fprintf(b, "CloudFormation: %s.\n", strings.Join(types, ", "))
		var tfTypes []string
		for _, s := range c.TF {
			for _, t := range s.Types {
				if t := "`" + t + "`"; !slices.Contains(tfTypes, t) {
					tfTypes = append(tfTypes, t)
				}
			}
		}
		if len(tfTypes) > 0 {
			fmt.Fprintf(b, "Terraform: %s.\n", strings.Join(tfTypes, ", "))
		}
		b.WriteString("\n")
		writeFields(b, c.Fields, "")
		for _, n := range c.Notes {
			fmt.Fprintf(b, "\n%s\n", n)
		}
	}
	fmt.Fprintf(b, "\n### Policy statements\n\nEvery policy document (`iam.policies[]`, `iam.roles[].assume_role_policy`, the documents of\n`s3.buckets[].policies`) holds `statements[]`, each with its `src` and:\n\n")
	writeFields(b, statementFields, "")
	return b.Flush()
}

// writeFields writes one bullet per field, nesting groups and objects.
func writeFields(b *bufio.Writer, fields []Field, indent string) {
	for _, f := range fields {
		fmt.Fprintf(b, "%s- `%s` %s", indent, f.Key, typeName(f))
		var parts []string
		if f.Default != nil && f.Type.attribute() {
			parts = append(parts, "default "+defaultText(f.Default))
		}
		if src := cfnText(f.CFN); src != "" && f.Type != Group {
			parts = append(parts, "CloudFormation "+src)
		}
		if src := cfnText(f.TF); src != "" && f.Type != Group {
			parts = append(parts, "Terraform "+src)
		}
		if f.Doc != "" {
			parts = append(parts, f.Doc)
		}
		if len(parts) > 0 {
			b.WriteString(": " + strings.Join(parts, "; "))
		}
		b.WriteString("\n")
		if f.Type == Group || f.Type == Objects {
			writeFields(b, f.Fields, indent+"  ")
		}
	}
}

// typeName is how the reference shows a field's type: A marks an attribute
// object, [] a list of objects.
func typeName(f Field) string {
	switch f.Type {
	case Group:
		return "(group)"
	case Objects:
		return "`[]` (each with `src`)"
	case Document:
		return "policy document or null"
	case Statements:
		return "(with `state`: the document's)"
	case Plain:
		return "(plain value)"
	case Ref:
		return "A string (reference)"
	case Documents:
		return "A list of policy documents"
	}
	return "A " + string(f.Type)
}

func defaultText(v any) string {
	switch x := v.(type) {
	case string:
		return "`" + x + "`"
	case []any:
		return "`[]`"
	case map[string]any:
		return "`{}`"
	case float64:
		return fmt.Sprintf("`%g`", x)
	}
	return fmt.Sprintf("`%v`", v)
}

// cfnText describes where CloudFormation writes a field.
func cfnText(c Source) string {
	switch {
	case c.via != nil:
		text := "`" + c.written + "` of an `" + c.via.typ + "` whose `" + c.via.ref + "` refers to it"
		if c.via.path == nil {
			text = "an `" + c.via.typ + "` whose `" + c.via.ref + "` refers to it"
		}
		if c.present && c.via.path != nil {
			text += " is present"
		}
		if c.orElse != nil {
			text += ", else " + cfnText(*c.orElse)
		}
		return text
	case c.hook != nil || c.items != nil:
		return c.note
	case c.written == "":
		return ""
	case c.resource:
		return "resource attribute `" + c.written + "`"
	case c.fixed:
		return "cannot set it"
	case c.present:
		return "`" + c.written + "` is present"
	}
	alts := strings.Split(c.written, "|")
	for i, a := range alts {
		alts[i] = "`" + a + "`"
	}
	return strings.Join(alts, " or ")
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

const referenceIntro = "<!-- Generated from parsers/cloud/aws.go by `go test ./parsers/cloud -run TestReference -update`; do not edit. -->\n" + `# The normalised AWS view (` + "`input.aws`" + `)

CloudFormation (YAML/JSON, SAM, CDK output), Terraform HCL and — later — plan JSON are
turned by adapters (` + "`parsers/cloud`" + `) into one view, so one built-in policy covers every
AWS input format. The raw document stays available as ` + "`input.raw`" + `. The view is declared
once, in ` + "`parsers/cloud/aws.go`" + `; this page and the JSON Schema that policies are
type-checked against (` + "`shipgate policies schema`" + `) are generated from that declaration.

## Rego input

` + "```json" + `
{
  "kind": "cloudformation",
  "path": "templates/app.yaml",
  "raw":  { "...": "the template, intrinsics resolved where possible" },
  "aws":  { "s3": { "buckets": [ ... ] }, "ec2": { ... }, ... }
}
` + "```" + `

Every service and collection below is always present (an empty list when the document has
none), so ` + "`input.aws.s3.buckets`" + ` never needs an existence check. A policy with
` + "`input: aws`" + ` is type-checked against this shape when it loads: reading a field that does
not exist (` + "`input.aws.s3.bucket`" + `, ` + "`b.encryptoin`" + `) is a load error with file:line, not a
policy that silently finds nothing.

## Attributes

Every field marked A is an attribute object:

` + "```json" + `
{"value": true, "state": "written", "src": "/Resources/Logs/Properties/VersioningConfiguration/Status", "key": "VersioningConfiguration.Status"}
` + "```" + `

| field | meaning |
| --- | --- |
| ` + "`value`" + ` | the normalised value (bool, number, string, list, object); ` + "`null`" + ` when unknown |
| ` + "`state`" + ` | ` + "`written`" + ` (set in the source), ` + "`default`" + ` (not set; ` + "`value`" + ` is the AWS default), ` + "`unknown`" + ` (set, but not knowable statically: an unresolved ` + "`Ref`" + `, ` + "`Fn::ImportValue`" + `, ` + "`Fn::GetAtt`" + `, a data source, an unset variable) |
| ` + "`src`" + ` | JSON pointer into the raw tree of the file where the value was written (inside a chosen ` + "`Fn::If`" + ` branch ` + "`…/Fn::If/1/…`" + ` or ` + "`…/Fn::If/2/…`" + `); for ` + "`default`" + ` the pointer of the nearest enclosing block that exists — a missing top-level property is placed at the resource, never at its ` + "`Properties`" + ` map |
| ` + "`key`" + ` | the format's name of what was read (` + "`PublicAccessBlockConfiguration.BlockPublicAcls`" + `, ` + "`SecurityGroupIngress[].CidrIp`" + `), for messages: a finding names the key a reader of that format knows |
| ` + "`file`" + ` | only when the value comes from another file than the document's |
| ` + "`param`" + ` | only when a written value is a CloudFormation parameter's (` + "`!Ref SSHLocation`" + `): ` + "`{\"kind\": \"parameter\", \"name\": \"SSHLocation\", \"default\": true}`" + `, ` + "`default`" + ` false when the value was given with ` + "`--cfn-param`" + `; messages say so (` + "`lib.value_origin`" + `), since the fix may be a deployment parameter |

Policies never fail on an unknown value alone: use the helpers in ` + "`policies/lib`" + ` —
` + "`lib.is_true(a)`" + `, ` + "`lib.is_false(a)`" + `, ` + "`lib.known(a)`" + `, ` + "`lib.missing(a)`" + ` (state ` + "`default`" + `) — which are
false for unknown attributes. An attribute a reader does not fill is ` + "`unknown`" + `, never a default.

List attributes hold the known items in ` + "`value`" + `; an item that is unknown is ` + "`null`" + ` inside the
list. The whole attribute is ` + "`unknown`" + ` only when the list itself cannot be known. An absent list
is ` + "`[]`" + ` with state ` + "`default`" + `.

Values are coerced: numbers (` + "`22`" + `, ` + "`\"22\"`" + `) become JSON numbers, booleans (` + "`true`" + `, ` + "`\"true\"`" + `,
` + "`\"False\"`" + `) become JSON booleans; numbers and booleans in string attributes become strings.

References: a ` + "`Ref`" + ` or ` + "`Fn::GetAtt`" + ` to a resource **of the same template** in a reference attribute
reads as that resource's address (logical id), state ` + "`written`" + `. Any other unresolved intrinsic
is ` + "`unknown`" + `.

## Objects

Every object of a collection has:

| field | meaning |
| --- | --- |
| ` + "`resource`" + ` | address used in findings: CloudFormation logical id (` + "`Logs`" + `), Terraform address (` + "`aws_s3_bucket.logs`" + `) |
| ` + "`type`" + ` | the source type (` + "`AWS::S3::Bucket`" + `, ` + "`aws_s3_bucket`" + `) |
| ` + "`src`" + ` | JSON pointer of the object (` + "`/Resources/Logs`" + `; for inline items the item) |
| ` + "`file`" + ` | only when not the document's own file |
| ` + "`variant`" + ` | only when the resource has several copies (below) |

When a CloudFormation resource uses ` + "`Fn::If`" + ` on a condition that cannot be decided, the
adapter emits one copy of the resource per combination of such conditions (at most 8); the
copies share ` + "`resource`" + ` and differ in ` + "`variant`" + ` (` + "`\"IsProd=true,Other=false\"`" + `: the conditions
sorted by name), and the engine merges identical findings. Only the first three such
conditions (by name) of a resource are expanded; an ` + "`Fn::If`" + ` on any further condition reads as
` + "`unknown`" + `. A branch that is ` + "`AWS::NoValue`" + ` removes the key (the attribute is then ` + "`default`" + `). For
SAM functions the ` + "`Fn::If`" + `s of ` + "`Globals.Function`" + ` count as the function's own. A policy that
fails on either branch therefore reports it. Resources whose own ` + "`Condition`" + ` is decidably
false are left out.

A policy document is ` + "`{ \"src\", \"state\", \"statements\": [] }`" + ` wherever it appears; ` + "`state`" + ` is
` + "`unknown`" + ` when the document (or its ` + "`Statement`" + ` list, or one statement) cannot be read
statically, and ` + "`statements`" + ` then holds what could be read. A document written as a JSON
string is parsed; every src inside it is then the string's pointer, except in Terraform where a
part has a position of its own: inside a ` + "`jsonencode()`" + ` argument written as object and tuple
literals, and the statements of an ` + "`aws_iam_policy_document`" + ` whose ` + "`json`" + ` the argument holds
(placed at the statement blocks), src is the pointer below the argument
(` + "`…/values/policy/Statement/0/Action`" + `). The same goes for container definitions.

## Collections

A marks an attribute object; ` + "`[]`" + ` a list of objects. Defaults are what AWS applies to a
resource created today when the field is not written.
`
