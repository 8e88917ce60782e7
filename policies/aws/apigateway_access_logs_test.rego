package shipgate.aws.apigateway_access_logs_test

import data.shipgate.aws.apigateway_access_logs as policy
import data.shipgate.lib.testing as t

stage(logs) := object.union(t.res("Prod", "AWS::ApiGateway::Stage"), {"access_logs": t.k("AccessLogSetting.DestinationArn", logs)})

v2_stage(logs) := object.union(t.res("Default", "AWS::ApiGatewayV2::Stage"), {"access_logs": t.k("AccessLogSettings.DestinationArn", logs)})

deny_for(stages, v2) := r if {
	r := policy.deny with input as {"aws": {"apigateway": {"stages": stages, "v2_stages": v2}}}
}

test_fails_without_access_logs if {
	deny_for([stage(t.d(false, "/Resources/Prod"))], []) == {{
		"msg": `API Gateway stage "Prod" does not write access logs (AccessLogSetting.DestinationArn); send them to a CloudWatch Logs log group`,
		"resource": "Prod",
		"src": "/Resources/Prod",
	}}
	count(deny_for([], [v2_stage(t.d(false, "/Resources/Default"))])) == 1
}

test_passes_with_access_logs if {
	count(deny_for([stage(t.w(true, "/x"))], [v2_stage(t.w(true, "/x"))])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([stage(t.u("/x"))], [v2_stage(t.u("/x"))])) == 0
}
