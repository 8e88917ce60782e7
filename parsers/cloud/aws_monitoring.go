package cloud

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// monitoringCollections are the collections of CloudTrail, CloudWatch, SNS and SQS.
var monitoringCollections = []*Collection{
	{
		Service: "cloudtrail", Name: "trails", Doc: "CloudTrail trails",
		CFN: []Origin{{Types: []string{"AWS::CloudTrail::Trail"}}},
		TF:  []Origin{{Types: []string{"aws_cloudtrail"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("TrailName"), TF: Prop("name")},
			{Key: "logging", Type: Bool, Default: true, CFN: Prop("IsLogging"), TF: Prop("enable_logging"),
				Doc: "whether the trail records events; CloudFormation requires `IsLogging`, Terraform's `enable_logging` is true when not set (checked 2026-12)"},
			{Key: "multi_region", Type: Bool, Default: false, CFN: Prop("IsMultiRegionTrail"), TF: Prop("is_multi_region_trail"),
				Doc: "a trail records the events of its own Region only unless this is true (CreateTrail `IsMultiRegionTrail`, default false, checked 2026-12)"},
			{Key: "log_file_validation", Type: Bool, Default: false, CFN: Prop("EnableLogFileValidation"), TF: Prop("enable_log_file_validation"),
				Doc: "digest files that prove the log files were not changed; off unless enabled (CreateTrail `EnableLogFileValidation`, default false, checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KMSKeyId"), TF: Prop("kms_key_id"),
				Doc: "null: the log files are encrypted with SSE-S3 only (checked 2026-12)"},
			{Key: "cloudwatch_log_group", Type: Ref,
				CFN: Hook("`CloudWatchLogsLogGroupArn`: the address of the log group it refers to (`Fn::GetAtt`, or an ARN with the literal `LogGroupName` of one), else the log group name the ARN holds", logGroupRef("CloudWatchLogsLogGroupArn", true)),
				TF:  Hook("`cloud_watch_logs_group_arn`: the address of the log group whose literal `name` the ARN holds, else that name; `unknown` for an interpolated ARN (`\"${aws_cloudwatch_log_group.x.arn}:*\"`)", logGroupRef("cloud_watch_logs_group_arn", true)),
				Doc: "the log group the trail delivers its events to; null: events are not sent to CloudWatch Logs"},
			{Key: "s3_bucket", Type: Ref, CFN: Prop("S3BucketName"), TF: Prop("s3_bucket_name"),
				Doc: "the bucket the log files are delivered to, as the bucket's address when it is one of the document"},
			{Key: "global_service_events", Type: Bool, Default: true, CFN: Prop("IncludeGlobalServiceEvents"), TF: Prop("include_global_service_events"),
				Doc: "events of global services such as IAM; true when not set (checked 2026-12)"},
			{Key: "organization", Type: Bool, Default: false, CFN: Prop("IsOrganizationTrail"), TF: Prop("is_organization_trail")},
			{Key: "s3_write_data_events", Type: Bool, Default: false,
				CFN: Hook("true when an `EventSelectors` item with `ReadWriteType` All (the default) or WriteOnly has a `DataResources` item of `Type` AWS::S3::Object, or an `AdvancedEventSelectors` item selects `eventCategory` Data and `resources.type` AWS::S3::Object without limiting `readOnly` to true; unknown when a selector that might is not known statically", s3DataEvents(true)),
				TF:  Hook("the same from `event_selector` (`read_write_type`, `data_resource`) and `advanced_event_selector` (`field_selector`) blocks", s3DataEvents(true)),
				Doc: "whether the trail logs S3 object-level write events (PutObject, DeleteObject) of some or all buckets; false when no selector does: a trail logs management events only unless told (checked 2026-12)"},
			{Key: "s3_read_data_events", Type: Bool, Default: false,
				CFN: Hook("as `s3_write_data_events`, with `ReadWriteType` All or ReadOnly and `readOnly` not limited to false", s3DataEvents(false)),
				TF:  Hook("as `s3_write_data_events`", s3DataEvents(false)),
				Doc: "whether the trail logs S3 object-level read events (GetObject) of some or all buckets; false when no selector does (checked 2026-12)"},
		},
	},
	{
		Service: "logs", Name: "metric_filters", Doc: "CloudWatch Logs metric filters, which turn matching log events into a metric",
		CFN: []Origin{{Types: []string{"AWS::Logs::MetricFilter"}}},
		TF:  []Origin{{Types: []string{"aws_cloudwatch_log_metric_filter"}}},
		Fields: []Field{
			{Key: "log_group", Type: Ref,
				CFN: Hook("`LogGroupName`: the address of the log group it refers to (a `Ref`, or the literal `LogGroupName` of one), else the name as written", logGroupRef("LogGroupName", false)),
				TF:  Hook("`log_group_name`: the address of the log group whose literal `name` it is, else the name as written", logGroupRef("log_group_name", false)),
				Doc: "the log group whose events the filter reads"},
			{Key: "pattern", Type: String, CFN: Prop("FilterPattern"), TF: Prop("pattern"), Doc: "the filter pattern as written"},
			{Key: "metric_name", Type: String, CFN: Prop("MetricTransformations[0].MetricName"), TF: Prop("metric_transformation[0].name")},
			{Key: "metric_namespace", Type: String, CFN: Prop("MetricTransformations[0].MetricNamespace"), TF: Prop("metric_transformation[0].namespace")},
		},
	},
	{
		Service: "cloudwatch", Name: "alarms", Doc: "CloudWatch metric alarms",
		CFN: []Origin{{Types: []string{"AWS::CloudWatch::Alarm"}}},
		TF:  []Origin{{Types: []string{"aws_cloudwatch_metric_alarm"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("AlarmName"), TF: Prop("alarm_name")},
			{Key: "metric_name", Type: String, CFN: Prop("MetricName"), TF: Prop("metric_name"),
				Doc: "null for an alarm on metric math (`metrics`)"},
			{Key: "namespace", Type: String, CFN: Prop("Namespace"), TF: Prop("namespace")},
			{Key: "metrics", Type: Bool, Default: false, CFN: Prop("Metrics").Present(), TF: Prop("metric_query").Present(),
				Doc: "the alarm watches metric math or several metrics (`Metrics`, `metric_query`) rather than one metric"},
			{Key: "alarm_actions", Type: List, CFN: Prop("AlarmActions"), TF: Prop("alarm_actions"),
				Doc: "what the alarm notifies or does when it goes into ALARM; none when not set"},
			{Key: "actions_enabled", Type: Bool, Default: true, CFN: Prop("ActionsEnabled"), TF: Prop("actions_enabled"),
				Doc: "true when not set (PutMetricAlarm `ActionsEnabled`, checked 2026-12)"},
		},
	},
	{
		Service: "cloudwatch", Name: "composite_alarms", Doc: "CloudWatch composite alarms, whose rule combines other alarms",
		CFN: []Origin{{Types: []string{"AWS::CloudWatch::CompositeAlarm"}}},
		TF:  []Origin{{Types: []string{"aws_cloudwatch_composite_alarm"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("AlarmName"), TF: Prop("alarm_name")},
			{Key: "rule", Type: String, CFN: Prop("AlarmRule"), TF: Prop("alarm_rule"),
				Doc: "the alarm rule as written (`ALARM(\"cpu-high\") OR ALARM(\"errors\")`), naming the alarms it combines"},
			{Key: "alarm_actions", Type: List, CFN: Prop("AlarmActions"), TF: Prop("alarm_actions")},
		},
	},
	{
		Service: "sns", Name: "topics", Doc: "SNS topics",
		CFN: []Origin{{Types: []string{"AWS::SNS::Topic"}}},
		TF:  []Origin{{Types: []string{"aws_sns_topic"}, Name: "name"}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("TopicName"), TF: Prop("name")},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsMasterKeyId"), TF: Prop("kms_master_key_id"),
				Doc: "null: messages are not encrypted with a KMS key (SNS server-side encryption is off unless a key is given, checked 2026-12); `alias/aws/sns` is the AWS managed key"},
			{Key: "policies", Type: Documents, Default: []any{},
				CFN: Hook("the `PolicyDocument` of each `AWS::SNS::TopicPolicy` whose `Topics` holds the topic (a `Ref`, or an ARN ending in its literal `TopicName`), and of each `AWS::SNS::TopicInlinePolicy` whose `TopicArn` is the topic", noTopicPolicies("AWS::SNS::TopicPolicy.PolicyDocument")),
				TF:  Hook("the topic's own `policy` and the `policy` of each `aws_sns_topic_policy` whose `arn` refers to it", resourcePoliciesTF("aws_sns_topic_policy", "arn")),
				Doc: "`[]`: the default topic policy, which lets only the owning account use the topic; `unknown` when a policy targets a topic that cannot be resolved and might be this one"},
		},
		cfnLink: linkResourcePolicies("AWS::SNS::Topic", "TopicName", ":", []policyOrigin{
			{typ: "AWS::SNS::TopicPolicy", targets: "Topics", list: true},
			{typ: "AWS::SNS::TopicInlinePolicy", targets: "TopicArn"},
		}),
	},
	{
		Service: "sns", Name: "subscriptions", Doc: "SNS subscriptions: `AWS::SNS::Subscription`, the `Subscription` items of an `AWS::SNS::Topic`, `aws_sns_topic_subscription`",
		CFN: []Origin{
			{Types: []string{"AWS::SNS::Subscription"}},
			{Types: []string{"AWS::SNS::Topic"}, Items: "Subscription"},
		},
		TF: []Origin{{Types: []string{"aws_sns_topic_subscription"}}},
		Fields: []Field{
			{Key: "protocol", Type: String, CFN: Prop("Protocol"), TF: Prop("protocol"),
				Doc: "`http`, `https`, `email`, `email-json`, `sms`, `sqs`, `application`, `lambda`, `firehose`"},
			{Key: "endpoint", Type: String, CFN: Prop("Endpoint"), TF: Prop("endpoint")},
		},
	},
	{
		Service: "sqs", Name: "queues", Doc: "SQS queues",
		CFN: []Origin{{Types: []string{"AWS::SQS::Queue"}}},
		TF:  []Origin{{Types: []string{"aws_sqs_queue"}, Name: "name"}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("QueueName"), TF: Prop("name")},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsMasterKeyId"), TF: Prop("kms_master_key_id"),
				Doc: "null: no KMS key (SSE-KMS); `alias/aws/sqs` is the AWS managed key"},
			{Key: "managed_sse", Type: Bool, Default: true, CFN: Prop("SqsManagedSseEnabled"), TF: Prop("sqs_managed_sse_enabled"),
				Doc: "encryption with keys SQS owns (SSE-SQS); true when not set, since SQS encrypts every new queue with SSE-SQS by default " +
					"(SQS Developer Guide, \"Encryption at rest\", default since October 2022, checked 2026-12); a queue with `kms_key` uses SSE-KMS instead"},
			{Key: "fifo", Type: Bool, Default: false, CFN: Prop("FifoQueue"), TF: Prop("fifo_queue")},
			{Key: "redrive_policy", Type: Object, CFN: Prop("RedrivePolicy"), TF: Prop("redrive_policy"),
				Doc: "the dead-letter queue settings as written (Terraform's JSON string is not parsed); null: failed messages are not moved aside"},
			{Key: "policies", Type: Documents, Default: []any{},
				CFN: Hook("the `PolicyDocument` of each `AWS::SQS::QueuePolicy` whose `Queues` holds the queue (a `Ref`, or a URL ending in its literal `QueueName`), and of each `AWS::SQS::QueueInlinePolicy` whose `Queue` is the queue", noTopicPolicies("AWS::SQS::QueuePolicy.PolicyDocument")),
				TF:  Hook("the queue's own `policy` and the `policy` of each `aws_sqs_queue_policy` whose `queue_url` refers to it", resourcePoliciesTF("aws_sqs_queue_policy", "queue_url")),
				Doc: "`[]`: no queue policy, only the owning account can use the queue; `unknown` when a policy targets a queue that cannot be resolved and might be this one"},
		},
		cfnLink: linkResourcePolicies("AWS::SQS::Queue", "QueueName", "/", []policyOrigin{
			{typ: "AWS::SQS::QueuePolicy", targets: "Queues", list: true},
			{typ: "AWS::SQS::QueueInlinePolicy", targets: "Queue"},
		}),
	},
}

// noTopicPolicies is the policies of a topic or queue before
// linkResourcePolicies joins them: none.
func noTopicPolicies(key string) func(*adapter, *reader, node) Attr {
	return func(_ *adapter, r *reader, n node) Attr {
		a := dflt([]any{}, r.dsrc(n.ptr))
		a.Key = key
		return a
	}
}

// policyOrigin is a CloudFormation resource type that attaches a policy
// document to resources: targets is the property naming them, a list when
// list is set.
type policyOrigin struct {
	typ, targets string
	list         bool
}

// linkResourcePolicies attaches the documents of the policy resources of
// origins to the objects of typ (topics, queues) they target: by Ref or
// GetAtt, or by a literal ARN or URL whose last part (after sep) is the
// object's literal name (nameProp). A target that cannot be resolved makes
// the policies of every object it might be unknown. The resources are
// read once, so a template stays linear in its size.
func linkResourcePolicies(typ, nameProp, sep string, origins []policyOrigin) func(*adapter, []*object) {
	return func(a *adapter, objs []*object) {
		if len(objs) == 0 {
			return
		}
		byID := map[string][]*object{}
		byName := map[string][]*object{}
		var unnamed []*object
		for _, o := range objs {
			byID[o.resource] = append(byID[o.resource], o)
			switch n, _ := o.m["name"].(map[string]any); n["state"] {
			case string(Written):
				if s, ok := n["value"].(string); ok {
					byName[s] = append(byName[s], o)
				}
			case string(Unknown):
				unnamed = append(unnamed, o)
			}
		}
		unknownAt := map[*object]string{}
		keyOf := map[*object]string{}
		for _, id := range slices.Sorted(maps.Keys(a.resources)) {
			res, ok := a.resources[id].(map[string]any)
			if !ok || a.falseCond[id] {
				continue
			}
			rt := a.resourceType(id)
			i := slices.IndexFunc(origins, func(po policyOrigin) bool { return po.typ == rt })
			if i < 0 {
				continue
			}
			po := origins[i]
			ptr := a.resPtrs[id]
			if ptr == "" {
				ptr = "/Resources/" + model.PointerToken(id)
			}
			pr := &reader{id: id, typ: rt, ptr: ptr, propsPtr: ptr + "/Properties", res: node{v: res, ptr: ptr, kind: nValue}}
			pr.props = pr.get(pr.res, "Properties")
			key := po.typ + ".PolicyDocument"
			doc := a.policyDoc(pr, pr.get(pr.props, "PolicyDocument"), key)
			if doc == nil {
				continue
			}
			tn := pr.get(pr.props, po.targets)
			targets := []node{tn}
			if po.list {
				if tn.kind == nValue {
					targets = pr.items(tn, false)
				}
			}
			for _, t := range targets {
				switch t.kind {
				case nUnknown:
					if ref, ok := a.refID(t.v); ok {
						if a.resourceType(ref) == typ {
							for _, o := range byID[ref] {
								o.docs = append(o.docs, doc)
								if keyOf[o] == "" {
									keyOf[o] = key
								}
							}
						}
						continue
					}
					for _, o := range objs {
						unknownAt[o] = t.ptr
					}
				case nValue:
					s, _ := t.v.(string)
					name := s[strings.LastIndex(s, sep)+1:]
					if matched := byName[name]; len(matched) > 0 {
						for _, o := range matched {
							o.docs = append(o.docs, doc)
							if keyOf[o] == "" {
								keyOf[o] = key
							}
						}
						continue
					}
					for _, o := range unnamed {
						unknownAt[o] = t.ptr
					}
				}
			}
		}
		for _, o := range objs {
			var pol Attr
			switch src, ok := unknownAt[o]; {
			case ok:
				pol = unknown(src)
				pol.Key = origins[0].typ + ".PolicyDocument"
			case len(o.docs) > 0:
				docs := make([]any, len(o.docs))
				for i, d := range o.docs {
					docs[i] = d.toMap()
				}
				pol = written(docs, o.docs[0].Src)
				pol.Key = keyOf[o]
			default:
				continue
			}
			o.m["policies"] = pol.render(o.m["src"].(string))
		}
	}
}

// logGroupRef reads a reference to a log group at path, a name or (with
// arn) an ARN, as the address of the document's log group it names when
// there is one, else as the log group name; the same log group then reads
// the same from a trail and from a metric filter.
func logGroupRef(path string, arn bool) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		v := r.link(a, r.steps(n, steps1(path)))
		v.Key = path
		s, ok := v.Value.(string)
		if v.State != Written || !ok || a.isAddress(s) || (!a.tf && a.resourceType(s) == "AWS::Logs::LogGroup") {
			return v
		}
		name := s
		if arn {
			// arn:aws:logs:REGION:ACCOUNT:log-group:NAME, with or without ":*".
			_, after, found := strings.Cut(s, ":log-group:")
			if !found {
				return v
			}
			name = strings.TrimSuffix(after, ":*")
		}
		v.Value = name
		if a.tf {
			if addr := a.resolve(name, "name", "aws_cloudwatch_log_group"); addr != "" {
				v.Value = addr
			}
		} else if id := a.byName("AWS::Logs::LogGroup", "LogGroupName", name); id != "" {
			v.Value = id
		}
		return v
	}
}

// samDeploymentAlarms reads DeploymentPreference.Alarms of a SAM function,
// inherited from Globals.Function when the function does not set it: each
// alarm a Ref or GetAtt points to as its address, a literal name as
// written, anything else unknown (null).
func samDeploymentAlarms(a *adapter, r *reader, n node) Attr {
	at := a.at(r, n, Prop("DeploymentPreference.Alarms"), 0)
	var v Attr
	switch at.kind {
	case nAbsent:
		v = dflt([]any{}, r.dsrc(at.ptr))
	case nUnknown:
		v = unknown(at.ptr)
	default:
		items := r.items(at, false)
		out := make([]any, len(items))
		for i, it := range items {
			if s, ok := scalarString(it.v); ok && it.kind == nValue {
				out[i] = s
			} else if id, ok := a.refID(it.v); ok && it.kind == nUnknown {
				out[i] = id
			}
		}
		v = written(out, at.ptr)
	}
	v.Key = "DeploymentPreference.Alarms"
	return v
}

// noDeploymentAlarms is the deployment alarms of a Terraform function:
// none.
func noDeploymentAlarms(_ *adapter, r *reader, n node) Attr {
	v := dflt([]any{}, r.dsrc(n.ptr))
	v.Key = "aws_lambda_function"
	return v
}

// s3DataEvents reads whether a trail's event selectors log S3 object-level
// write events (write) or read events: written true at the first selector
// that does, unknown when none does but one might (a part not known
// statically), else false, a default when the trail has no selector.
func s3DataEvents(write bool) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		keys := selectorKeys[a.tf]
		basic, advanced := r.get(n, keys["basic"]), r.get(n, keys["advanced"])
		var maybe *node
		for _, sel := range r.items(basic, false) {
			switch selectorLogsS3(r, sel, keys, write) {
			case logsMaybe:
				maybe = &sel
			case logs:
				v := written(true, sel.ptr)
				v.Key = keys["basic"]
				return v
			}
		}
		for _, sel := range r.items(advanced, false) {
			switch advancedLogsS3(r, sel, keys, write) {
			case logsMaybe:
				maybe = &sel
			case logs:
				v := written(true, sel.ptr)
				v.Key = keys["advanced"]
				return v
			}
		}
		var v Attr
		switch {
		case maybe != nil:
			v = unknown(maybe.ptr)
		case basic.kind == nUnknown:
			v = unknown(basic.ptr)
		case advanced.kind == nUnknown:
			v = unknown(advanced.ptr)
		case basic.kind == nValue:
			v = written(false, basic.ptr)
		case advanced.kind == nValue:
			v = written(false, advanced.ptr)
		default:
			v = dflt(false, r.dsrc(basic.ptr))
		}
		v.Key = keys["basic"]
		return v
	}
}

// selectorKeys are the names of a trail's event selector parts in
// CloudFormation (false) and Terraform (true).
var selectorKeys = map[bool]map[string]string{
	false: {
		"basic": "EventSelectors", "rw": "ReadWriteType", "resources": "DataResources", "type": "Type",
		"advanced": "AdvancedEventSelectors", "fields": "FieldSelectors", "field": "Field", "equals": "Equals",
	},
	true: {
		"basic": "event_selector", "rw": "read_write_type", "resources": "data_resource", "type": "type",
		"advanced": "advanced_event_selector", "fields": "field_selector", "field": "field", "equals": "equals",
	},
}

// answer is what a selector says of S3 data events: it logs them, it
// does not, or it cannot be known statically.
type answer int

const (
	logsNot answer = iota
	logs
	logsMaybe
)

// selectorLogsS3 reports whether a basic event selector logs S3 object
// write (or read) events: its read/write type allows them and one of its
// data resources is of type AWS::S3::Object.
func selectorLogsS3(r *reader, sel node, keys map[string]string, write bool) answer {
	if sel.kind != nValue {
		return logsMaybe
	}
	rw := r.str(r.get(sel, keys["rw"]), "All")
	if !rw.known() {
		return logsMaybe
	}
	if want := map[bool]string{true: "WriteOnly", false: "ReadOnly"}[write]; rw.Value != "All" && rw.Value != want {
		return logsNot
	}
	res := r.get(sel, keys["resources"])
	if res.kind == nUnknown {
		return logsMaybe
	}
	got := logsNot
	for _, dr := range r.items(res, true) {
		t := r.str(r.get(dr, keys["type"]), nil)
		switch {
		case !t.known():
			got = logsMaybe
		case t.Value == "AWS::S3::Object":
			return logs
		}
	}
	return got
}

// advancedLogsS3 reports whether an advanced event selector logs S3
// object write (or read) events: it selects eventCategory Data and
// resources.type AWS::S3::Object, and does not limit readOnly to the other
// kind. Only Equals conditions are read; any other condition on those
// fields makes the answer unknown.
func advancedLogsS3(r *reader, sel node, keys map[string]string, write bool) answer {
	if sel.kind != nValue {
		return logsMaybe
	}
	fields := r.get(sel, keys["fields"])
	if fields.kind != nValue {
		return logsMaybe
	}
	equals := map[string][]string{}
	for _, f := range r.items(fields, true) {
		name := r.str(r.get(f, keys["field"]), nil)
		if !name.known() {
			return logsMaybe
		}
		field, _ := name.Value.(string)
		if field != "eventCategory" && field != "resources.type" && field != "readOnly" {
			continue
		}
		values := r.strList(r.get(f, keys["equals"]))
		if !values.known() {
			return logsMaybe
		}
		for _, v := range values.Value.([]any) {
			s, ok := v.(string)
			if !ok {
				return logsMaybe
			}
			equals[field] = append(equals[field], s)
		}
		if len(values.Value.([]any)) == 0 {
			return logsMaybe // another operator (StartsWith, NotEquals) on the field
		}
	}
	if !slices.Contains(equals["eventCategory"], "Data") || !slices.Contains(equals["resources.type"], "AWS::S3::Object") {
		return logsNot
	}
	if ro, ok := equals["readOnly"]; ok && !slices.Contains(ro, strconv.FormatBool(!write)) {
		return logsNot
	}
	return logs
}
