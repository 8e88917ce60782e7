package shipgate.aws.cloudfront_viewer_protocol_test

import data.shipgate.aws.cloudfront_viewer_protocol as policy
import data.shipgate.lib.testing as t

default_src := "/Resources/Cdn/Properties/DistributionConfig/DefaultCacheBehavior"

behavior(src, pattern, vpp) := {
	"src": src,
	"path_pattern": t.k("PathPattern", pattern),
	"viewer_protocol_policy": t.k("ViewerProtocolPolicy", vpp),
}

dist(behaviors) := object.union(t.res("Cdn", "AWS::CloudFront::Distribution"), {"cache_behaviors": behaviors})

deny_for(d) := r if {
	r := policy.deny with input as t.aws("cloudfront", "distributions", [d])
}

test_fails_on_allow_all if {
	vpp_src := concat("/", [default_src, "ViewerProtocolPolicy"])
	deny_for(dist([behavior(default_src, t.d(null, default_src), t.w("allow-all", vpp_src))])) == {{
		"msg": `the default cache behavior of distribution "Cdn" serves viewers over plain HTTP (ViewerProtocolPolicy is "allow-all"); set it to redirect-to-https or https-only`,
		"resource": "Cdn",
		"src": vpp_src,
	}}
	[f] := [x | some x in deny_for(dist([behavior("/b", t.w("/api/*", "/b/PathPattern"), t.w("allow-all", "/b/ViewerProtocolPolicy"))]))]
	startswith(f.msg, `cache behavior "/api/*" of distribution "Cdn"`)
}

test_passes if {
	count(deny_for(dist([behavior(default_src, t.d(null, default_src), t.w("redirect-to-https", "/x"))]))) == 0
	count(deny_for(dist([behavior(default_src, t.d(null, default_src), t.w("https-only", "/x"))]))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(dist([behavior(default_src, t.d(null, default_src), t.u("/x"))]))) == 0
}
