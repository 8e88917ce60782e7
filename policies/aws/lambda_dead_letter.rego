# METADATA
# title: Lambda function drops failed asynchronous events
# description: >-
#   When an asynchronous invocation (S3, SNS, EventBridge, ...) fails every retry, Lambda
#   discards the event unless the function has a dead-letter queue or an on-failure
#   destination, so the failure leaves nothing to replay or investigate. The rule passes a
#   function with either; an on-failure destination of an AWS::Lambda::EventInvokeConfig,
#   a SAM EventInvokeConfig or an aws_lambda_function_event_invoke_config counts when it
#   names the function, and when such a configuration names a function that cannot be
#   read the rule reports nothing. Functions only invoked synchronously (API Gateway,
#   function URLs) do not need either.
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
	not is_handled(f)
	msg := sprintf("function %q has no dead-letter queue (%s) and no on-failure destination, so asynchronous events that fail every retry are dropped; send them to an SQS queue or SNS topic", [f.resource, f.dead_letter_target.key])
}
