package shipgate.aws.cloudfront_waf_test

import data.shipgate.aws.cloudfront_waf as policy
import data.shipgate.lib.testing as t

dist(acl) := object.union(t.res("Cdn", "AWS::CloudFront::Distribution"), {"web_acl": t.k("DistributionConfig.WebACLId", acl)})

deny_for(d) := r if {
	r := policy.deny with input as t.aws("cloudfront", "distributions", [d])
}

test_fails_without_web_acl if {
	deny_for(dist(t.d(null, "/Resources/Cdn/Properties/DistributionConfig"))) == {{
		"msg": `distribution "Cdn" has no AWS WAF web ACL (DistributionConfig.WebACLId); associate one`,
		"resource": "Cdn",
		"src": "/Resources/Cdn/Properties/DistributionConfig",
	}}
}

test_passes_with_web_acl if {
	count(deny_for(dist(t.w("EdgeWebAcl", "/Resources/Cdn/Properties/DistributionConfig/WebACLId")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(dist(t.u("/Resources/Cdn/Properties/DistributionConfig/WebACLId")))) == 0
}
