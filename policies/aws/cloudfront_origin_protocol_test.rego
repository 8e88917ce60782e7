package shipgate.aws.cloudfront_origin_protocol_test

import data.shipgate.aws.cloudfront_origin_protocol as policy
import data.shipgate.lib.testing as t

origin_src := "/Resources/Cdn/Properties/DistributionConfig/Origins/0"

origin(policy_attr) := {
	"src": origin_src,
	"id": t.k("DistributionConfig.Origins[].Id", t.w("app", concat("/", [origin_src, "Id"]))),
	"domain_name": t.k("DistributionConfig.Origins[].DomainName", t.w("app.example.com", concat("/", [origin_src, "DomainName"]))),
	"protocol_policy": t.k("DistributionConfig.Origins[].CustomOriginConfig.OriginProtocolPolicy", policy_attr),
}

dist(origins) := object.union(t.res("Cdn", "AWS::CloudFront::Distribution"), {"origins": origins, "cache_behaviors": [behavior(t.w("redirect-to-https", "/b/ViewerProtocolPolicy"))]})

behavior(vpp) := {
	"src": "/b",
	"path_pattern": t.k("PathPattern", t.d(null, "/b")),
	"target_origin": t.k("TargetOriginId", t.w("app", "/b/TargetOriginId")),
	"viewer_protocol_policy": t.k("ViewerProtocolPolicy", vpp),
}

deny_for(d) := r if {
	r := policy.deny with input as t.aws("cloudfront", "distributions", [d])
}

pp_src := concat("/", [origin_src, "CustomOriginConfig/OriginProtocolPolicy"])

test_fails_on_http_only if {
	deny_for(dist([origin(t.w("http-only", pp_src))])) == {{
		"msg": `distribution "Cdn" reaches origin "app" over plain HTTP (DistributionConfig.Origins[].CustomOriginConfig.OriginProtocolPolicy is "http-only"); set it to https-only`,
		"resource": "Cdn",
		"src": pp_src,
	}}
}

test_fails_on_match_viewer_with_http_viewers if {
	d := object.union(dist([origin(t.w("match-viewer", pp_src))]), {"cache_behaviors": [behavior(t.w("allow-all", "/b/ViewerProtocolPolicy"))]})
	[f] := [x | some x in deny_for(d)]
	contains(f.msg, `for HTTP viewers`)
}

test_passes if {
	count(deny_for(dist([origin(t.w("match-viewer", pp_src))]))) == 0
	count(deny_for(dist([origin(t.w("https-only", pp_src))]))) == 0

	# an S3 origin has no protocol policy
	count(deny_for(dist([origin(t.d(null, origin_src))]))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(dist([origin(t.u(pp_src))]))) == 0
	d := object.union(dist([origin(t.w("match-viewer", pp_src))]), {"cache_behaviors": [behavior(t.u("/b/ViewerProtocolPolicy"))]})
	count(deny_for(d)) == 0
}
