package shipgate.aws.cloudfront_logging_test

import data.shipgate.aws.cloudfront_logging as policy
import data.shipgate.lib.testing as t

dist(logging) := object.union(t.res("Cdn", "AWS::CloudFront::Distribution"), {"logging": t.k("DistributionConfig.Logging", logging)})

deny_for(d) := r if {
	r := policy.deny with input as t.aws("cloudfront", "distributions", [d])
}

test_fails_without_logging if {
	deny_for(dist(t.d(false, "/Resources/Cdn/Properties/DistributionConfig"))) == {{
		"msg": `distribution "Cdn" does not log requests (DistributionConfig.Logging); turn on standard logging to an S3 bucket`,
		"resource": "Cdn",
		"src": "/Resources/Cdn/Properties/DistributionConfig",
	}}
}

test_passes_with_logging if {
	count(deny_for(dist(t.w(true, "/Resources/Cdn/Properties/DistributionConfig/Logging")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(dist(t.u("/Resources/Cdn/Properties/DistributionConfig/Logging")))) == 0
}
