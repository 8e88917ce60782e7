package cloud

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMonitoringCFN checks the hooks of the monitoring collections on
// CloudFormation: topic and queue policies joined to their targets by Ref,
// by a literal ARN or URL, or unknown when a target cannot be resolved;
// log group references of trails and metric filters read as the log
// group's address; SAM deployment alarms.
func TestMonitoringCFN(t *testing.T) {
	v := adapt(t, `
Transform: AWS::Serverless-2016-10-31
Parameters:
  Target: {Type: String}
Resources:
  Logs: {Type: AWS::Logs::LogGroup, Properties: {LogGroupName: trail}}
  ByArn:
    Type: AWS::CloudTrail::Trail
    Properties: {IsLogging: true, S3BucketName: b, CloudWatchLogsLogGroupArn: "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*"}
  Elsewhere:
    Type: AWS::CloudTrail::Trail
    Properties: {IsLogging: true, S3BucketName: b, CloudWatchLogsLogGroupArn: "arn:aws:logs:eu-west-1:111122223333:log-group:shared:*"}
  ByGetAtt:
    Type: AWS::CloudTrail::Trail
    Properties: {IsLogging: true, S3BucketName: b, CloudWatchLogsLogGroupArn: {"Fn::GetAtt": [Logs, Arn]}}
  Filter:
    Type: AWS::Logs::MetricFilter
    Properties: {LogGroupName: trail, FilterPattern: "{ $.a = 1 }", MetricTransformations: [{MetricName: M, MetricNamespace: N, MetricValue: "1"}]}
  Alerts: {Type: AWS::SNS::Topic, Properties: {TopicName: alerts}}
  Events: {Type: AWS::SNS::Topic}
  AlertsPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: ["arn:aws:sns:eu-west-1:111122223333:alerts", {Ref: Events}]
      PolicyDocument: {Statement: [{Effect: Allow, Principal: "*", Action: "sns:Publish", Resource: "*"}]}
  Jobs: {Type: AWS::SQS::Queue, Properties: {QueueName: jobs}}
  Unnamed: {Type: AWS::SQS::Queue}
  JobsPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [{Ref: Target}]
      PolicyDocument: {Statement: [{Effect: Allow, Principal: "*", Action: "sqs:*", Resource: "*"}]}
  Alarm: {Type: AWS::CloudWatch::Alarm, Properties: {MetricName: M, Namespace: N}}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: s3://b/k.zip
      AutoPublishAlias: live
      DeploymentPreference: {Type: AllAtOnce, Alarms: [{Ref: Alarm}, named-alarm]}`, nil)
	for path, want := range map[string]any{
		"cloudtrail.trails.0.cloudwatch_log_group": w("Logs", "/Resources/ByArn/Properties/CloudWatchLogsLogGroupArn"),
		"cloudtrail.trails.1.cloudwatch_log_group": w("Logs", "/Resources/ByGetAtt/Properties/CloudWatchLogsLogGroupArn"),
		"cloudtrail.trails.2.cloudwatch_log_group": w("shared", "/Resources/Elsewhere/Properties/CloudWatchLogsLogGroupArn"),
		"logs.metric_filters.0.log_group":          w("Logs", "/Resources/Filter/Properties/LogGroupName"),
		"sns.topics.0.policies.state":              "written",
		"sns.topics.1.policies.state":              "written",
		"sqs.queues.0.policies":                    u("/Resources/JobsPolicy/Properties/Queues/0"),
		"sqs.queues.1.policies":                    u("/Resources/JobsPolicy/Properties/Queues/0"),
		"lambda.functions.0.deployment_alarms":     w([]any{"Alarm", "named-alarm"}, "/Resources/Fn/Properties/DeploymentPreference/Alarms"),
	} {
		if diff := cmp.Diff(want, at(t, v, path)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", path, diff)
		}
	}
}

// TestMonitoringCFNLiteralTargets: a policy whose literal target names no
// topic of the template leaves named topics alone and makes the policies
// of a topic without a readable name unknown.
func TestMonitoringCFNLiteralTargets(t *testing.T) {
	v := adapt(t, `
Parameters:
  Name: {Type: String}
Resources:
  Named: {Type: AWS::SNS::Topic, Properties: {TopicName: alerts}}
  Param: {Type: AWS::SNS::Topic, Properties: {TopicName: {Ref: Name}}}
  P:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: ["arn:aws:sns:eu-west-1:111122223333:other"]
      PolicyDocument: {Statement: []}`, nil)
	for path, want := range map[string]any{
		"sns.topics.0.policies": d([]any{}, "/Resources/Named"),
		"sns.topics.1.policies": u("/Resources/P/Properties/Topics/0"),
	} {
		if diff := cmp.Diff(want, at(t, v, path)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", path, diff)
		}
	}
}

// TestMonitoringTF checks the Terraform hooks: topic and queue policies
// from their split resources, log group references.
func TestMonitoringTF(t *testing.T) {
	v := adaptTF(t, map[string]string{"m/main.tf": `
variable "arn" { type = string }

resource "aws_cloudwatch_log_group" "trail" {
  name = "trail"
}
resource "aws_cloudtrail" "literal" {
  name                       = "literal"
  s3_bucket_name             = "b"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*"
}
resource "aws_cloudtrail" "interpolated" {
  name                       = "interpolated"
  s3_bucket_name             = "b"
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
}
resource "aws_cloudwatch_log_metric_filter" "f" {
  name           = "f"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.a = 1 }"
  metric_transformation {
    name      = "M"
    namespace = "N"
    value     = "1"
  }
}
resource "aws_sns_topic" "t" {
  name = "t"
}
resource "aws_sns_topic_policy" "t" {
  arn    = aws_sns_topic.t.arn
  policy = jsonencode({ Statement = [] })
}
resource "aws_sqs_queue" "q" {
  name = "q"
}
resource "aws_sqs_queue_policy" "q" {
  queue_url = var.arn
  policy    = jsonencode({ Statement = [] })
}
`})
	stripKeys(v)
	for path, want := range map[string]any{
		"cloudtrail.trails.1.cloudwatch_log_group": u("/resources/aws_cloudtrail.interpolated/values/cloud_watch_logs_group_arn"),
		"cloudtrail.trails.0.cloudwatch_log_group": w("aws_cloudwatch_log_group.trail", "/resources/aws_cloudtrail.literal/values/cloud_watch_logs_group_arn"),
		"logs.metric_filters.0.log_group":          w("aws_cloudwatch_log_group.trail", "/resources/aws_cloudwatch_log_metric_filter.f/values/log_group_name"),
		"sns.topics.0.policies.src":                "/resources/aws_sns_topic_policy.t/values/policy",
		"sqs.queues.0.policies":                    u("/resources/aws_sqs_queue.q"),
	} {
		if diff := cmp.Diff(want, at(t, v, path)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", path, diff)
		}
	}
}

// TestTrailDataEvents checks how a trail's event selectors read as S3
// object-level write and read events: basic selectors by read/write type
// and data resource type, advanced ones by their Equals conditions, and
// unknown wherever a selector that might log them is not known statically.
func TestTrailDataEvents(t *testing.T) {
	v := adapt(t, `
Parameters:
  Kind: {Type: String}
Resources:
  A1None: {Type: AWS::CloudTrail::Trail, Properties: {IsLogging: true, S3BucketName: b}}
  A2All:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: b
      EventSelectors: [{DataResources: [{Type: AWS::S3::Object, Values: [arn:aws:s3]}]}]
  A3ReadOnly:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: b
      EventSelectors: [{ReadWriteType: ReadOnly, DataResources: [{Type: AWS::Lambda::Function, Values: [x]}, {Type: AWS::S3::Object, Values: [arn:aws:s3]}]}]
  A4Lambda:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: b
      EventSelectors: [{ReadWriteType: All, DataResources: [{Type: AWS::Lambda::Function, Values: [x]}]}]
  A5ParamType:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: b
      EventSelectors: [{ReadWriteType: {Ref: Kind}, DataResources: [{Type: AWS::S3::Object, Values: [arn:aws:s3]}]}]
  A6AdvancedWrite:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: b
      AdvancedEventSelectors:
        - FieldSelectors:
            - {Field: eventCategory, Equals: [Data]}
            - {Field: resources.type, Equals: [AWS::S3::Object]}
            - {Field: readOnly, Equals: ["false"]}
  A7AdvancedPrefix:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: b
      AdvancedEventSelectors:
        - FieldSelectors:
            - {Field: eventCategory, Equals: [Data]}
            - {Field: resources.type, StartsWith: [AWS::S3]}`, nil)
	const r, tr = "/Resources/", "cloudtrail.trails."
	for path, want := range map[string]any{
		tr + "0.s3_write_data_events": d(false, r+"A1None"),
		tr + "0.s3_read_data_events":  d(false, r+"A1None"),
		tr + "1.s3_write_data_events": w(true, r+"A2All/Properties/EventSelectors/0"),
		tr + "1.s3_read_data_events":  w(true, r+"A2All/Properties/EventSelectors/0"),
		tr + "2.s3_write_data_events": w(false, r+"A3ReadOnly/Properties/EventSelectors"),
		tr + "2.s3_read_data_events":  w(true, r+"A3ReadOnly/Properties/EventSelectors/0"),
		tr + "3.s3_write_data_events": w(false, r+"A4Lambda/Properties/EventSelectors"),
		tr + "3.s3_read_data_events":  w(false, r+"A4Lambda/Properties/EventSelectors"),
		tr + "4.s3_write_data_events": u(r + "A5ParamType/Properties/EventSelectors/0"),
		tr + "4.s3_read_data_events":  u(r + "A5ParamType/Properties/EventSelectors/0"),
		tr + "5.s3_write_data_events": w(true, r+"A6AdvancedWrite/Properties/AdvancedEventSelectors/0"),
		tr + "5.s3_read_data_events":  w(false, r+"A6AdvancedWrite/Properties/AdvancedEventSelectors"),
		tr + "6.s3_write_data_events": u(r + "A7AdvancedPrefix/Properties/AdvancedEventSelectors/0"),
		tr + "6.s3_read_data_events":  u(r + "A7AdvancedPrefix/Properties/AdvancedEventSelectors/0"),
	} {
		if diff := cmp.Diff(want, at(t, v, path)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", path, diff)
		}
	}
}
