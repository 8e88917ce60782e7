package shipgate.aws.mq_audit_logs_test

import data.shipgate.aws.mq_audit_logs as policy
import data.shipgate.lib.testing as t

deny_for(engine, audit) := r if {
	item := object.union(t.res("Queue", "AWS::AmazonMQ::Broker"), {
		"engine": t.k("EngineType", engine),
		"audit_logs": t.k("Logs.Audit", audit),
	})
	r := policy.deny with input as t.aws("mq", "brokers", [item])
}

test_activemq_default_denied if {
	deny_for(t.w("ACTIVEMQ", "/e"), t.d(false, "/Resources/Queue")) == {{
		"msg": `ActiveMQ broker "Queue" does not publish audit logs (Logs.Audit); set it to true`,
		"resource": "Queue",
		"src": "/Resources/Queue",
	}}
}

test_activemq_any_case_denied if {
	count(deny_for(t.w("ActiveMQ", "/e"), t.w(false, "/a"))) == 1
}

test_rabbitmq_not_reported if {
	count(deny_for(t.w("RABBITMQ", "/e"), t.d(false, "/Resources/Queue"))) == 0
}

test_unknown_engine_passes if {
	count(deny_for(t.u("/e"), t.d(false, "/Resources/Queue"))) == 0
}

test_audit_on_passes if {
	count(deny_for(t.w("ACTIVEMQ", "/e"), t.w(true, "/a"))) == 0
}
