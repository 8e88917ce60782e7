package shipgate.aws.mq_general_logs_test

import data.shipgate.aws.mq_general_logs as policy
import data.shipgate.lib.testing as t

deny_for(a) := r if {
	item := object.union(t.res("Queue", "AWS::AmazonMQ::Broker"), {"general_logs": t.k("Logs.General", a)})
	r := policy.deny with input as t.aws("mq", "brokers", [item])
}

test_default_denied if {
	deny_for(t.d(false, "/Resources/Queue")) == {{
		"msg": `broker "Queue" does not publish general logs (Logs.General); set it to true`,
		"resource": "Queue",
		"src": "/Resources/Queue",
	}}
}

test_written_false_denied if {
	count(deny_for(t.w(false, "/x"))) == 1
}

test_enabled_passes if {
	count(deny_for(t.w(true, "/x"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u("/x"))) == 0
}
