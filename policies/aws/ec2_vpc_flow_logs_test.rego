package shipgate.aws.ec2_vpc_flow_logs_test

import data.shipgate.aws.ec2_vpc_flow_logs as policy
import data.shipgate.lib.testing as t

vpc(flow_logs) := object.union(t.res("Vpc", "AWS::EC2::VPC"), {"flow_logs": t.k("AWS::EC2::FlowLog", flow_logs)})

deny_for(v) := r if {
	r := policy.deny with input as t.aws("ec2", "vpcs", [v])
}

test_fails_without_flow_log if {
	deny_for(vpc(t.d(false, "/Resources/Vpc"))) == {{
		"msg": `VPC "Vpc" has no flow log (AWS::EC2::FlowLog); create one that records the VPC's traffic to CloudWatch Logs or S3`,
		"resource": "Vpc",
		"src": "/Resources/Vpc",
	}}
}

test_passes_with_flow_log if {
	count(deny_for(vpc(t.w(true, "/Resources/Log")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(vpc(t.u("/Resources/Log")))) == 0
}
