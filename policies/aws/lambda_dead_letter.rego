# METADATA
# title: Lambda function drops failed asynchronous events
# description: >-
#   When an asynchronous invocation (S3, SNS, EventBridge, ...) fails every retry, Lambda
#   discards the event unless the function has a dead-letter queue or an on-failure
#   destination, so the failure leaves nothing to replay or investigate. The rule reads
#   functions the document shows to be invoked asynchronously: a SAM event of type S3,
#   SNS, CloudWatchEvent, EventBridgeRule, Schedule, ScheduleV2, CloudWatchLogs or
#   IoTRule, or a Lambda permission for S3, SNS, EventBridge, CloudWatch Logs, IoT, SES,
#   Config or CodeCommit. Functions invoked synchronously (API Gateway, function URLs) or
#   by polling (SQS, Kinesis, DynamoDB streams, whose failures the event source mapping
#   handles) are not reported. An on-failure destination of an
#   AWS::Lambda::EventInvokeConfig, a SAM EventInvokeConfig or an
#   aws_lambda_function_event_invoke_config counts when it names the function; when such
#   a configuration names a function that cannot be read the rule reports nothing.
# custom:
#   id: AWS-LAMBDA-002
#   severity: low
#   input: aws
#   remediation: |
#     Send failed events to an SQS queue or SNS topic.
#
#     CloudFormation:
#     ```yaml
#     DeadLetterConfig:
#       TargetArn: !GetAtt FailedEvents.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lambda_function" "worker" {
#       # ...
#       dead_letter_config {
#         target_arn = aws_sqs_queue.failed_events.arn
#       }
#     }
#     ```
#   frameworks: ["devops resilience"]
#   aliases: ["CKV_AWS_116"]
package shipgate.aws.lambda_dead_letter

import data.shipgate.lib

# handled holds the addresses and names of the functions an asynchronous
# invocation configuration gives an on-failure destination (or one that
# cannot be read, which may be set).
handled contains target(c) if {
	some c in input.aws.lambda.event_invoke_configs
	not lib.is_null(c.on_failure)
}

target(c) := c.resource if c.type == "AWS::Serverless::Function"

target(c) := lib.string_value(c.function) if c.type != "AWS::Serverless::Function"

is_handled(f) if f.resource in handled

is_handled(f) if {
	name := lib.string_value(f.name)
	name in handled
}

# unresolved is true when a configuration's function cannot be read: it
# might be any function of the document.
unresolved if {
	some c in input.aws.lambda.event_invoke_configs
	c.type != "AWS::Serverless::Function"
	not lib.string_value(c.function)
}

deny contains lib.result(msg, f, f.dead_letter_target) if {
	not unresolved
	some f in input.aws.lambda.functions
	lib.is_null(f.dead_letter_target)
	source := async_source(f)
	not is_handled(f)
	msg := sprintf("function %q is invoked asynchronously (%s) but has no dead-letter queue (%s) and no on-failure destination, so events that fail every retry are dropped; send them to an SQS queue or SNS topic", [f.resource, source, f.dead_letter_target.key])
}

# async_event_types are the SAM event sources that invoke a function
# asynchronously.
async_event_types := {"S3", "SNS", "CloudWatchEvent", "EventBridgeRule", "Schedule", "ScheduleV2", "CloudWatchLogs", "IoTRule"}

async_principals := {
	"s3.amazonaws.com", "sns.amazonaws.com", "events.amazonaws.com", "logs.amazonaws.com",
	"iot.amazonaws.com", "ses.amazonaws.com", "config.amazonaws.com", "codecommit.amazonaws.com",
}

# permitted maps the address or name of a function to the asynchronous
# services permissions let invoke it.
permitted[fn] contains principal if {
	some p in input.aws.lambda.permissions
	principal := async_principal(p)
	fn := lib.string_value(p.function)
}

async_principal(p) := principal if {
	principal := lib.string_value(p.principal)
	principal in async_principals
}

async_principal(p) := principal if {
	principal := lib.string_value(p.principal)
	regex.match(`^logs\.[a-z0-9-]+\.amazonaws\.com$`, principal)
}

async_source(f) := sprintf("a SAM %s event", [min({t | some t in lib.items(f.event_types); t in async_event_types})]) if {
	sam_async(f)
}

async_source(f) := sprintf("a permission for %s", [min(permitted[f.resource])]) if {
	not sam_async(f)
}

async_source(f) := sprintf("a permission for %s", [min(permitted[name])]) if {
	not sam_async(f)
	not permitted[f.resource]
	name := lib.string_value(f.name)
}

sam_async(f) if {
	some t in lib.items(f.event_types)
	t in async_event_types
}
