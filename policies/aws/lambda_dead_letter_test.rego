package shipgate.aws.lambda_dead_letter_test

import data.shipgate.aws.lambda_dead_letter as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Worker/Properties/DeadLetterConfig/TargetArn"

fn(dlq) := object.union(t.res("Worker", "AWS::Serverless::Function"), {
	"name": t.k("FunctionName", t.w("worker", "/Resources/Worker/Properties/FunctionName")),
	"dead_letter_target": t.k("DeadLetterConfig.TargetArn", dlq),
	"event_types": t.k("Events", t.w(["Api", "SNS"], "/Resources/Worker/Properties/Events")),
})

permission(function, principal) := object.union(t.res("Invoke", "AWS::Lambda::Permission"), {
	"function": t.k("FunctionName", t.w(function, "/Resources/Invoke/Properties/FunctionName")),
	"principal": t.k("Principal", t.w(principal, "/Resources/Invoke/Properties/Principal")),
})

plain(dlq) := object.union(fn(dlq), {"type": "AWS::Lambda::Function", "event_types": t.k("Events", t.d([], "/Resources/Worker"))})

deny_with(f, perms) := r if {
	r := policy.deny with input as {"aws": {"lambda": {"functions": [f], "event_invoke_configs": [], "permissions": perms}}}
}

config(function, on_failure) := object.union(t.res("Async", "AWS::Lambda::EventInvokeConfig"), {
	"function": t.k("FunctionName", function),
	"on_failure": t.k("DestinationConfig.OnFailure.Destination", on_failure),
})

deny_for(f, configs) := r if {
	r := policy.deny with input as {"aws": {"lambda": {"functions": [f], "event_invoke_configs": configs, "permissions": []}}}
}

test_fails_without_dlq if {
	deny_for(fn(t.d(null, "/Resources/Worker")), []) == {{
		"msg": `function "Worker" is invoked asynchronously (a SAM SNS event) but has no dead-letter queue (DeadLetterConfig.TargetArn) and no on-failure destination, so events that fail every retry are dropped; send them to an SQS queue or SNS topic`,
		"resource": "Worker",
		"src": "/Resources/Worker",
	}}
}

test_fails_when_the_config_has_no_destination if {
	c := config(t.w("Worker", "/Resources/Async/Properties/FunctionName"), t.d(null, "/Resources/Async"))
	count(deny_for(fn(t.d(null, "/Resources/Worker")), [c])) == 1
}

test_passes_with_dlq if {
	count(deny_for(fn(t.w("Failed", attr)), [])) == 0
}

test_passes_with_on_failure_destination if {
	dest := t.w("Failed", "/Resources/Async/Properties/DestinationConfig/OnFailure/Destination")
	count(deny_for(fn(t.d(null, "/Resources/Worker")), [config(t.w("Worker", "/Resources/Async/Properties/FunctionName"), dest)])) == 0
	count(deny_for(fn(t.d(null, "/Resources/Worker")), [config(t.w("worker", "/Resources/Async/Properties/FunctionName"), dest)])) == 0
	sam := object.union(config(t.d(null, "/Resources/Worker/Properties/EventInvokeConfig"), dest), {"resource": "Worker", "type": "AWS::Serverless::Function"})
	count(deny_for(fn(t.d(null, "/Resources/Worker")), [sam])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(fn(t.u(attr)), [])) == 0
	unknown_function := config(t.u("/Resources/Async/Properties/FunctionName"), t.w("Failed", "/Resources/Async/Properties/DestinationConfig/OnFailure/Destination"))
	count(deny_for(fn(t.d(null, "/Resources/Worker")), [unknown_function])) == 0
	unknown_destination := config(t.w("Worker", "/Resources/Async/Properties/FunctionName"), t.u("/Resources/Async/Properties/DestinationConfig/OnFailure/Destination"))
	count(deny_for(fn(t.d(null, "/Resources/Worker")), [unknown_destination])) == 0
}

test_fails_without_a_name if {
	f := object.union(fn(t.d(null, "/Resources/Worker")), {"name": t.k("FunctionName", t.d(null, "/Resources/Worker"))})
	count(deny_for(f, [])) == 1
}

test_fails_with_an_async_permission if {
	r := deny_with(plain(t.d(null, "/Resources/Worker")), [permission("Worker", "s3.amazonaws.com"), permission("Worker", "sns.amazonaws.com")])
	[x | some x in r; contains(x.msg, "(a permission for s3.amazonaws.com)")] != []
	count(deny_with(plain(t.d(null, "/Resources/Worker")), [permission("worker", "logs.eu-west-1.amazonaws.com")])) == 1
}

test_passes_without_async_invocation if {
	count(deny_with(plain(t.d(null, "/Resources/Worker")), [])) == 0
	count(deny_with(plain(t.d(null, "/Resources/Worker")), [permission("Worker", "apigateway.amazonaws.com")])) == 0
	sqs := object.union(fn(t.d(null, "/Resources/Worker")), {"event_types": t.k("Events", t.w(["SQS", "Api"], "/Resources/Worker/Properties/Events"))})
	count(deny_with(sqs, [])) == 0
}

test_unknown_events_do_not_fire if {
	f := object.union(fn(t.d(null, "/Resources/Worker")), {"event_types": t.k("Events", t.u("/Resources/Worker/Properties/Events"))})
	count(deny_with(f, [])) == 0
}
