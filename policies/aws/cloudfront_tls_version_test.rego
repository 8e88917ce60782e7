package shipgate.aws.cloudfront_tls_version_test

import data.shipgate.aws.cloudfront_tls_version as policy
import data.shipgate.lib.testing as t

cert := "/Resources/Cdn/Properties/DistributionConfig/ViewerCertificate"

dist(custom, version) := object.union(t.res("Cdn", "AWS::CloudFront::Distribution"), {
	"custom_certificate": t.k("DistributionConfig.ViewerCertificate.AcmCertificateArn", custom),
	"minimum_protocol_version": t.k("DistributionConfig.ViewerCertificate.MinimumProtocolVersion", version),
})

deny_for(d) := r if {
	r := policy.deny with input as t.aws("cloudfront", "distributions", [d])
}

custom := t.w(true, concat("/", [cert, "AcmCertificateArn"]))

test_fails_on_old_versions if {
	deny_for(dist(custom, t.w("TLSv1.1_2016", concat("/", [cert, "MinimumProtocolVersion"])))) == {{
		"msg": `distribution "Cdn" accepts viewers on TLS older than 1.2 (DistributionConfig.ViewerCertificate.MinimumProtocolVersion is "TLSv1.1_2016"); set it to TLSv1.2_2021`,
		"resource": "Cdn",
		"src": concat("/", [cert, "MinimumProtocolVersion"]),
	}}
	[f] := [x | some x in deny_for(dist(custom, t.d("TLSv1", cert)))]
	contains(f.msg, `is "TLSv1", the default)`)
}

test_passes if {
	count(deny_for(dist(custom, t.w("TLSv1.2_2021", "/x")))) == 0

	# the cloudfront.net certificate only allows TLSv1
	count(deny_for(dist(t.d(false, cert), t.d("TLSv1", cert)))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(dist(custom, t.u("/x")))) == 0
	count(deny_for(dist(t.u("/x"), t.d("TLSv1", cert)))) == 0
}
