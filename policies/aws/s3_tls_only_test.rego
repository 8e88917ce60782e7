package shipgate.aws.s3_tls_only_test

import data.shipgate.aws.s3_tls_only as policy
import data.shipgate.lib.testing as t

stmt_src := "/Resources/Policy/Properties/PolicyDocument/Statement/0"

statement(effect, has_condition) := {
	"src": stmt_src,
	"effect": t.w(effect, concat("/", [stmt_src, "Effect"])),
	"actions": t.w(["s3:*"], concat("/", [stmt_src, "Action"])),
	"resources": t.w(["arn:aws:s3:::logs/*"], concat("/", [stmt_src, "Resource"])),
	"has_condition": has_condition,
}

raw_with(cond) := {"Resources": {"Policy": {"Properties": {"PolicyDocument": {"Statement": [{"Effect": "Deny", "Condition": cond}]}}}}}

bucket(policies) := object.union(t.res("Logs", "AWS::S3::Bucket"), {"policies": policies})

doc(statements) := {"src": "/Resources/Policy/Properties/PolicyDocument", "statements": statements}

in_with_raw(policies, raw) := object.union(t.aws("s3", "buckets", [bucket(policies)]), {"raw": raw})

test_fails_without_policy if {
	r := policy.deny with input as t.aws("s3", "buckets", [bucket(t.d([], "/Resources/Logs"))])
	r == {{
		"msg": `bucket "Logs" does not deny requests over plain HTTP; add a bucket policy statement that denies s3:* when aws:SecureTransport is "false"`,
		"resource": "Logs",
		"src": "/Resources/Logs",
	}}
}

test_fails_with_policy_lacking_tls_statement if {
	docs := t.w([doc([statement("Allow", t.w(false, stmt_src))])], "/Resources/Policy")
	count(policy.deny) == 1 with input as t.aws("s3", "buckets", [bucket(docs)])
}

test_fails_with_deny_on_other_condition if {
	docs := t.w([doc([statement("Deny", t.w(true, stmt_src))])], "/Resources/Policy")
	raw := raw_with({"NumericLessThan": {"s3:TlsVersion": "1.2"}})
	count(policy.deny) == 1 with input as in_with_raw(docs, raw)
}

test_passes_with_tls_statement_from_raw if {
	docs := t.w([doc([statement("Deny", t.w(true, stmt_src))])], "/Resources/Policy")
	every cond in [
		{"Bool": {"aws:SecureTransport": "false"}},
		{"Bool": {"aws:SecureTransport": false}},
		{"Bool": {"aws:securetransport": ["false"]}},
		{"BoolIfExists": {"aws:SecureTransport": "False"}},
	] {
		count(policy.deny) == 0 with input as in_with_raw(docs, raw_with(cond))
	}
}

test_passes_with_tls_statement_from_view if {
	s := object.union(statement("Deny", t.w(true, stmt_src)), {"condition": t.w({"Bool": {"aws:SecureTransport": "false"}}, stmt_src)})
	docs := t.w([doc([s])], "/Resources/Policy")
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(docs)])
}

test_unknown_policies_do_not_fire if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.u("/Resources/Policy"))])
}

test_unknown_document_does_not_fire if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.w([null], "/Resources/Policy"))])
}

test_unknown_effect_or_condition_does_not_fire if {
	s1 := statement("Deny", t.w(true, stmt_src))
	s2 := object.union(statement("Deny", t.w(true, stmt_src)), {"effect": t.u(stmt_src)})

	# no raw condition to read: unknown
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.w([doc([s1])], "/"))])
	count(policy.deny) == 0 with input as in_with_raw(t.w([doc([s2])], "/"), raw_with({"Bool": {"aws:SecureTransport": "false"}}))
	count(policy.deny) == 0 with input as in_with_raw(t.w([doc([s1])], "/"), raw_with({"Fn::If": ["IsProd", {}, {}]}))
}

test_unknown_document_state_does_not_fire if {
	unknown_doc := {"src": "/resources/aws_s3_bucket_policy.assets/values/policy", "state": "unknown", "statements": []}
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.w([unknown_doc], "/resources/aws_s3_bucket_policy.assets/values/policy"))])
}

test_fails_with_deny_on_other_condition_from_view if {
	s := object.union(statement("Deny", t.w(true, stmt_src)), {"condition": t.w({"StringNotEquals": {"aws:sourceVpce": "vpce-1"}}, stmt_src)})
	docs := t.w([doc([s])], "/Resources/Policy")
	count(policy.deny) == 1 with input as t.aws("s3", "buckets", [bucket(docs)])
}
