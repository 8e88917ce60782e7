package shipgate.aws.lambda_source_arn_test

import data.shipgate.aws.lambda_source_arn as policy
import data.shipgate.lib.testing as t

props := "/Resources/Upload/Properties"

none := t.d(null, "/Resources/Upload")

perm(principal, source_arn, account) := object.union(t.res("Upload", "AWS::Lambda::Permission"), {
	"principal": t.k("Principal", principal),
	"source_arn": t.k("SourceArn", source_arn),
	"source_account": t.k("SourceAccount", account),
})

deny_for(p) := r if {
	r := policy.deny with input as t.aws("lambda", "permissions", [p])
}

test_fails_without_source if {
	deny_for(perm(t.w("s3.amazonaws.com", concat("/", [props, "Principal"])), none, none)) == {{
		"msg": `permission "Upload" lets "s3.amazonaws.com" invoke the function for any source (Principal without a source ARN or source account); name the resource that invokes it`,
		"resource": "Upload",
		"src": concat("/", [props, "Principal"]),
	}}
}

test_passes_with_source if {
	count(deny_for(perm(t.w("s3.amazonaws.com", concat("/", [props, "Principal"])), t.w("Uploads", concat("/", [props, "SourceArn"])), none))) == 0
	count(deny_for(perm(t.w("s3.amazonaws.com", concat("/", [props, "Principal"])), none, t.w("123456789012", concat("/", [props, "SourceAccount"]))))) == 0
	count(deny_for(perm(t.w("123456789012", concat("/", [props, "Principal"])), none, none))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(perm(t.u(concat("/", [props, "Principal"])), none, none))) == 0
	count(deny_for(perm(t.w("sns.amazonaws.com", concat("/", [props, "Principal"])), t.u(concat("/", [props, "SourceArn"])), none))) == 0
}
