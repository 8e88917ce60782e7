package shipgate.aws.s3_dotted_name_test

import data.shipgate.aws.s3_dotted_name as policy
import data.shipgate.lib.testing as t

name_src := "/Resources/Reports/Properties/BucketName"

deny_for(name, website) := r if {
	b := object.union(t.res("Reports", "AWS::S3::Bucket"), {
		"name": t.k("BucketName", name),
		"website_enabled": t.k("WebsiteConfiguration", website),
	})
	r := policy.deny with input as t.aws("s3", "buckets", [b])
}

no_website := t.d(false, "/Resources/Reports")

test_fails_on_dotted_name if {
	deny_for(t.w("acme.reports.prod", name_src), no_website) == {{
		"msg": `bucket "Reports" is named "acme.reports.prod" (BucketName), with a dot that breaks HTTPS at its virtual-hosted address; use hyphens instead`,
		"resource": "Reports",
		"src": name_src,
	}}
}

test_passes if {
	count(deny_for(t.w("acme-reports-prod", name_src), no_website)) == 0
	count(deny_for(t.w("s3-bucket-random_pet.this", name_src), no_website)) == 0
	count(deny_for(t.d(null, "/Resources/Reports"), no_website)) == 0
	count(deny_for(t.w("www.example.com", name_src), t.w(true, "/w"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(name_src), no_website)) == 0
	count(deny_for(t.w("www.example.com", name_src), t.u("/w"))) == 0
}
