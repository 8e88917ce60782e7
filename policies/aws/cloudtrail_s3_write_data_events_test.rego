package shipgate.aws.cloudtrail_s3_write_data_events_test

import data.shipgate.aws.cloudtrail_s3_write_data_events as policy
import data.shipgate.lib.testing as t

trail(name, v) := object.union(t.res(name, "AWS::CloudTrail::Trail"), {"s3_write_data_events": t.k("EventSelectors", v)})

deny_for(trails) := r if {
	r := policy.deny with input as t.aws("cloudtrail", "trails", trails)
}

test_fails if {
	deny_for([trail("Trail", t.d(false, "/Resources/Trail"))]) == {{
		"msg": `trail "Trail" does not log S3 object-level write events (PutObject, DeleteObject), and no other trail here does; add an event selector with a data resource of type AWS::S3::Object (EventSelectors)`,
		"resource": "Trail",
		"src": "/Resources/Trail",
	}}
	count(deny_for([
		trail("A", t.w(false, "/Resources/A/Properties/EventSelectors")),
		trail("B", t.d(false, "/Resources/B")),
	])) == 2
}

test_passes if {
	count(deny_for([trail("Trail", t.w(true, "/Resources/Trail/Properties/EventSelectors/0"))])) == 0
}

# One trail of the document that logs the events is enough for the others.
test_another_trail_logs if {
	count(deny_for([
		trail("Management", t.d(false, "/Resources/Management")),
		trail("Data", t.w(true, "/Resources/Data/Properties/EventSelectors/0")),
	])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([trail("Trail", t.u("/Resources/Trail/Properties/EventSelectors"))])) == 0
	count(deny_for([
		trail("Management", t.d(false, "/Resources/Management")),
		trail("Data", t.u("/Resources/Data/Properties/EventSelectors/0")),
	])) == 0
}
