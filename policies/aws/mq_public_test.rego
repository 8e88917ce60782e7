package shipgate.aws.mq_public_test

import data.shipgate.aws.mq_public as policy
import data.shipgate.lib.testing as t

deny_for(a) := r if {
	item := object.union(t.res("Queue", "AWS::AmazonMQ::Broker"), {"publicly_accessible": t.k("PubliclyAccessible", a)})
	r := policy.deny with input as t.aws("mq", "brokers", [item])
}

test_public_denied if {
	deny_for(t.w(true, "/Resources/Queue/Properties/PubliclyAccessible")) == {{
		"msg": `broker "Queue" is publicly accessible (PubliclyAccessible); set it to false and place the broker in private subnets`,
		"resource": "Queue",
		"src": "/Resources/Queue/Properties/PubliclyAccessible",
	}}
}

test_private_passes if {
	count(deny_for(t.w(false, "/x"))) == 0
}

test_default_passes if {
	count(deny_for(t.d(false, "/Resources/Queue"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u("/x"))) == 0
}
