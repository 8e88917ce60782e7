package cloud

import (
	"maps"
	"slices"
)

// computeCollections are the collections of Lambda, ECS, EKS, App Runner and ECR.
var computeCollections = []*Collection{
	{
		Service: "lambda", Name: "permissions", Doc: "Lambda permissions: statements of a function's resource-based policy",
		CFN: []Origin{{Types: []string{"AWS::Lambda::Permission"}}},
		TF:  []Origin{{Types: []string{"aws_lambda_permission"}}},
		Fields: []Field{
			{Key: "function", Type: Ref, CFN: Prop("FunctionName"), TF: Prop("function_name"), Doc: "the function, its alias or version"},
			{Key: "action", Type: String, CFN: Prop("Action"), TF: Prop("action"), Doc: "`lambda:InvokeFunction`, `lambda:InvokeFunctionUrl`, ..."},
			{Key: "principal", Type: String, CFN: Prop("Principal"), TF: Prop("principal"),
				Doc: "`*`, an account id or ARN, or a service principal such as `s3.amazonaws.com`"},
			{Key: "source_arn", Type: Ref, CFN: Prop("SourceArn"), TF: Prop("source_arn"), Doc: "null: any resource of the principal service may invoke"},
			{Key: "source_account", Type: String, CFN: Prop("SourceAccount"), TF: Prop("source_account")},
			{Key: "principal_org_id", Type: String, CFN: Prop("PrincipalOrgID"), TF: Prop("principal_org_id")},
			{Key: "function_url_auth_type", Type: String, CFN: Prop("FunctionUrlAuthType"), TF: Prop("function_url_auth_type"),
				Doc: "`NONE` or `AWS_IAM`, for `lambda:InvokeFunctionUrl`"},
			{Key: "invoked_via_function_url", Type: Bool, Default: false, CFN: Prop("InvokedViaFunctionUrl"), TF: Prop("invoked_via_function_url"),
				Doc: "`lambda:InvokeFunction` is allowed only through the function URL (the statement a URL without authentication needs since 2025)"},
		},
	},
	{
		Service: "lambda", Name: "event_invoke_configs",
		Doc: "asynchronous invocation settings of Lambda functions: `AWS::Lambda::EventInvokeConfig`, a SAM function's `EventInvokeConfig`, `aws_lambda_function_event_invoke_config`",
		CFN: []Origin{
			{Types: []string{"AWS::Lambda::EventInvokeConfig"}},
			{Types: []string{"AWS::Serverless::Function"}, Read: samBlock("EventInvokeConfig")},
		},
		TF: []Origin{{Types: []string{"aws_lambda_function_event_invoke_config"}}},
		Fields: []Field{
			{Key: "function", Type: Ref, CFN: Prop("FunctionName"), TF: Prop("function_name"),
				Doc: "the function's address when it is a function of the document, else its name or ARN as written; null for a SAM function's own settings (the object's resource is the function)"},
			{Key: "on_failure", Type: Ref, CFN: Prop("DestinationConfig.OnFailure.Destination"), TF: Prop("destination_config[0].on_failure[0].destination"),
				Doc: "where events that failed every attempt are sent; null: they are dropped unless the function has a dead-letter queue"},
		},
	},
	{
		Service: "lambda", Name: "function_urls", Doc: "Lambda function URLs: `AWS::Lambda::Url`, a SAM function's `FunctionUrlConfig`, `aws_lambda_function_url`",
		CFN: []Origin{
			{Types: []string{"AWS::Lambda::Url"}},
			{Types: []string{"AWS::Serverless::Function"}, Read: samBlock("FunctionUrlConfig")},
		},
		TF: []Origin{{Types: []string{"aws_lambda_function_url"}}},
		Fields: []Field{
			{Key: "function", Type: Ref, CFN: Prop("TargetFunctionArn"), TF: Prop("function_name"), Doc: "null for a SAM function's own URL (the object's resource is the function)"},
			{Key: "auth_type", Type: String, CFN: Prop("AuthType"), TF: Prop("authorization_type"),
				Doc: "`AWS_IAM` or `NONE` (no authentication: anyone the function's resource policy allows, usually `*`, can call the URL); required, no default"},
		},
	},
	{
		Service: "ecs", Name: "clusters", Doc: "ECS clusters",
		CFN: []Origin{{Types: []string{"AWS::ECS::Cluster"}}},
		TF:  []Origin{{Types: []string{"aws_ecs_cluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("ClusterName"), TF: Prop("name")},
			{Key: "container_insights", Type: String, Default: "disabled",
				CFN: Hook("the `Value` of the `ClusterSettings` item named `containerInsights`", clusterSetting("ClusterSettings", "Name", "Value", "containerInsights")),
				TF:  Hook("the `value` of the `setting` block named `containerInsights`; `unknown` when not set and an `aws_ecs_account_setting_default` may set the account's default", containerInsightsTF),
				Doc: "`enabled`, `enhanced` or `disabled`; without a setting the cluster takes the account's `containerInsights` default, which is `disabled` unless changed " +
					"(ECS API PutAccountSettingDefault, checked 2026-12)"},
		},
	},
	{
		Service: "ecs", Name: "services", Doc: "ECS services",
		CFN: []Origin{{Types: []string{"AWS::ECS::Service"}}},
		TF:  []Origin{{Types: []string{"aws_ecs_service"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("ServiceName"), TF: Prop("name")},
			{Key: "cluster", Type: Ref, CFN: Prop("Cluster"), TF: Prop("cluster")},
			{Key: "launch_type", Type: String, CFN: Prop("LaunchType"), TF: Prop("launch_type"),
				Doc: "`EC2`, `FARGATE`, `EXTERNAL`; null when not set (a capacity provider strategy, the cluster's default one, or EC2)"},
			{Key: "capacity_provider_strategy", Type: Objects, CFN: Prop("CapacityProviderStrategy"), TF: Prop("capacity_provider_strategy"), Fields: []Field{
				{Key: "provider", Type: String, CFN: Prop("CapacityProvider"), TF: Prop("capacity_provider"), Doc: "`FARGATE`, `FARGATE_SPOT` or an Auto Scaling group provider"},
			}},
			{Key: "platform_version", Type: String, Default: "LATEST", CFN: Prop("PlatformVersion"), TF: Prop("platform_version"),
				Doc: "Fargate platform version; `LATEST` when not set (checked 2026-12), which is `1.4.0` for Linux and `1.0.0` for Windows"},
			{Key: "assign_public_ip", Type: Bool, Default: false, CFN: Prop("NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp").Conv(equals("ENABLED")),
				TF:  Prop("network_configuration[0].assign_public_ip"),
				Doc: "tasks get a public IP address (`AssignPublicIp: ENABLED`); off by default (checked 2026-12)"},
			{Key: "deployment_controller", Type: String, Default: "ECS", CFN: Prop("DeploymentController.Type"), TF: Prop("deployment_controller[0].type"),
				Doc: "`ECS` (rolling update, the default, checked 2026-12), `CODE_DEPLOY` or `EXTERNAL`"},
			{Key: "circuit_breaker", Type: Group, Fields: []Field{
				{Key: "enable", Type: Bool, Default: false, CFN: Prop("DeploymentConfiguration.DeploymentCircuitBreaker.Enable"), TF: Prop("deployment_circuit_breaker[0].enable"),
					Doc: "the deployment circuit breaker is off unless configured (checked 2026-12)"},
				{Key: "rollback", Type: Bool, Default: false, CFN: Prop("DeploymentConfiguration.DeploymentCircuitBreaker.Rollback"), TF: Prop("deployment_circuit_breaker[0].rollback")},
			}},
			{Key: "alarms", Type: Group, Fields: []Field{
				{Key: "enable", Type: Bool, Default: false, CFN: Prop("DeploymentConfiguration.Alarms.Enable"), TF: Prop("alarms[0].enable"),
					Doc: "CloudWatch alarms that fail a deployment; off unless configured"},
				{Key: "rollback", Type: Bool, Default: false, CFN: Prop("DeploymentConfiguration.Alarms.Rollback"), TF: Prop("alarms[0].rollback")},
			}},
		},
	},
	{
		Service: "eks", Name: "clusters", Doc: "EKS clusters",
		CFN: []Origin{{Types: []string{"AWS::EKS::Cluster"}}},
		TF:  []Origin{{Types: []string{"aws_eks_cluster"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "version", Type: String, CFN: Prop("Version"), TF: Prop("version"),
				Doc: "Kubernetes minor version, `1.33`; null when not set (EKS then picks its default version when the cluster is created)"},
			{Key: "log_types", Type: List,
				CFN: Hook("the `Type` of each `Logging.ClusterLogging.EnabledTypes` item", eksLogTypes),
				TF:  Prop("enabled_cluster_log_types"),
				Doc: "control plane logs sent to CloudWatch Logs: `api`, `audit`, `authenticator`, `controllerManager`, `scheduler`; none unless enabled (checked 2026-12)"},
			{Key: "endpoint_public_access", Type: Bool, Default: true, CFN: Prop("ResourcesVpcConfig.EndpointPublicAccess"), TF: Prop("vpc_config[0].endpoint_public_access"),
				Doc: "the API server endpoint is public unless turned off (checked 2026-12)"},
			{Key: "public_access_cidrs", Type: List,
				CFN: Hook("`ResourcesVpcConfig.PublicAccessCidrs`; `[\"0.0.0.0/0\"]` when not set", listOr("ResourcesVpcConfig.PublicAccessCidrs", "0.0.0.0/0")),
				TF:  Hook("`vpc_config.public_access_cidrs`; `[\"0.0.0.0/0\"]` when not set", listOr("vpc_config[0].public_access_cidrs", "0.0.0.0/0")),
				Doc: "the CIDR blocks that may reach the public endpoint; `0.0.0.0/0` when not set (checked 2026-12)"},
			{Key: "encryption_resources", Type: List, CFN: Prop("EncryptionConfig[0].Resources"), TF: Prop("encryption_config[0].resources"),
				Doc: "the resources envelope-encrypted with the customer managed KMS key of the encryption configuration (`secrets`); `[]` without one. " +
					"EKS encrypts all Kubernetes API data with an AWS owned key since 2025 (checked 2026-12); the configuration puts the key under your control"},
		},
	},
	{
		Service: "eks", Name: "node_groups", Doc: "EKS managed node groups",
		CFN: []Origin{{Types: []string{"AWS::EKS::Nodegroup"}}},
		TF:  []Origin{{Types: []string{"aws_eks_node_group"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("NodegroupName"), TF: Prop("node_group_name")},
			{Key: "cluster", Type: Ref, CFN: Prop("ClusterName"), TF: Prop("cluster_name")},
			{Key: "ssh_key", Type: String, CFN: Prop("RemoteAccess.Ec2SshKey"), TF: Prop("remote_access[0].ec2_ssh_key"),
				Doc: "the EC2 key pair for SSH to the nodes; null: no SSH access is configured"},
			{Key: "ssh_source_security_groups", Type: List, CFN: Prop("RemoteAccess.SourceSecurityGroups"), TF: Prop("remote_access[0].source_security_group_ids"),
				Doc: "the security groups allowed to reach port 22; with a key and none of them, EKS opens port 22 to 0.0.0.0/0 (CreateNodegroup `remoteAccess`, checked 2026-12)"},
		},
	},
	{
		Service: "apprunner", Name: "services", Doc: "App Runner services",
		CFN: []Origin{{Types: []string{"AWS::AppRunner::Service"}}},
		TF:  []Origin{{Types: []string{"aws_apprunner_service"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("ServiceName"), TF: Prop("service_name")},
			{Key: "observability_enabled", Type: Bool, Default: false, CFN: Prop("ObservabilityConfiguration.ObservabilityEnabled"),
				TF:  Prop("observability_configuration[0].observability_enabled"),
				Doc: "X-Ray tracing of requests through an observability configuration; off unless enabled (checked 2026-12)"},
			{Key: "egress_type", Type: String, Default: "DEFAULT", CFN: Prop("NetworkConfiguration.EgressConfiguration.EgressType"),
				TF:  Prop("network_configuration[0].egress_configuration[0].egress_type"),
				Doc: "`DEFAULT` (outbound traffic leaves through App Runner's own internet access, the default, checked 2026-12) or `VPC` (through a VPC connector)"},
			{Key: "publicly_accessible", Type: Bool, Default: true, CFN: Prop("NetworkConfiguration.IngressConfiguration.IsPubliclyAccessible"),
				TF:  Prop("network_configuration[0].ingress_configuration[0].is_publicly_accessible"),
				Doc: "the service has a public endpoint; true unless turned off (checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("EncryptionConfiguration.KmsKey"), TF: Prop("encryption_configuration[0].kms_key"),
				Doc: "null: source code and logs are encrypted with an AWS owned key"},
		},
	},
}

// samBlock reads the object a SAM resource declares in property prop
// (a function's FunctionUrlConfig, an API's Domain), or inherits from its
// Globals section unless it ignores that global; the object's resource is
// the SAM resource.
func samBlock(prop string) func(a *adapter, r *reader, c *Collection) {
	return func(a *adapter, r *reader, c *Collection) {
		n := r.get(r.props, prop)
		if n.kind == nAbsent && r.globals.kind == nValue && !r.ignoreGlobals[prop] {
			n = r.get(r.globals, prop)
		}
		if n.kind == nAbsent {
			return
		}
		o := a.object(c, r, n.ptr)
		a.fill(r, n, c.Fields, o.m, prop+".")
	}
}

// samEventTypes lists the Type of each entry of a SAM function's Events
// (a map of event name to source), in name order; an entry whose type
// cannot be read is null.
func samEventTypes(_ *adapter, r *reader, n node) Attr {
	var v Attr
	events := r.get(n, "Events")
	switch {
	case r.typ != "AWS::Serverless::Function" || events.kind == nAbsent:
		v = dflt([]any{}, r.dsrc(events.ptr))
	case events.kind == nUnknown:
		v = unknown(events.ptr)
	default:
		m, ok := events.v.(map[string]any)
		if !ok {
			v = unknown(events.ptr)
			break
		}
		out := make([]any, 0, len(m))
		for _, name := range slices.Sorted(maps.Keys(m)) {
			var typ any
			if t := r.str(r.get(r.get(events, name), "Type"), nil); t.State == Written {
				typ = t.Value
			}
			out = append(out, typ)
		}
		v = written(out, events.ptr)
	}
	v.Key = "Events"
	return v
}

// clusterSetting reads the value of the item of the list at listPath
// whose nameKey is name. It is unknown when the list, or the name of an
// item, cannot be read.
func clusterSetting(listPath, nameKey, valueKey, name string) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		v := namedSetting(a, r, n, listPath, nameKey, valueKey, name)
		v.Key = listPath
		if v.State == Written {
			v.Key = listPath + "[]." + valueKey
		}
		return v
	}
}

// namedSetting finds the setting; its default is "disabled".
func namedSetting(a *adapter, r *reader, n node, listPath, nameKey, valueKey, name string) Attr {
	list := a.at(r, n, Prop(listPath), 0)
	switch list.kind {
	case nAbsent:
		return dflt("disabled", r.dsrc(list.ptr))
	case nUnknown:
		return unknown(list.ptr)
	}
	if _, ok := list.v.([]any); !ok {
		return unknown(list.ptr)
	}
	unknownName := false
	for _, it := range r.items(list, false) {
		nm := r.str(r.get(it, nameKey), nil)
		switch {
		case nm.State != Written:
			unknownName = true
		case nm.Value == name:
			return r.str(r.get(it, valueKey), nil)
		}
	}
	if unknownName {
		return unknown(list.ptr)
	}
	return dflt("disabled", r.dsrc(list.ptr))
}

// containerInsightsTF reads a cluster's containerInsights setting; when
// the cluster has none, an aws_ecs_account_setting_default for
// containerInsights in the configuration may change the account's default,
// so the value is unknown.
func containerInsightsTF(a *adapter, r *reader, n node) Attr {
	v := namedSetting(a, r, n, "setting", "name", "value", "containerInsights")
	v.Key = "setting"
	if v.State == Written {
		v.Key = "setting[].value"
	}
	if v.State == Default {
		for _, cand := range a.tfByType["aws_ecs_account_setting_default"] {
			cr := a.tfReader(cand)
			nm := cr.str(cr.get(cr.props, "name"), nil)
			if nm.State != Written || nm.Value == "containerInsights" {
				u := unknown(v.Src)
				u.Key = v.Key
				return u
			}
		}
	}
	return v
}

// eksLogTypes lists the Type of each Logging.ClusterLogging.EnabledTypes
// item; an item whose type cannot be read is null.
func eksLogTypes(a *adapter, r *reader, n node) Attr {
	list := a.at(r, n, Prop("Logging.ClusterLogging.EnabledTypes"), 0)
	var v Attr
	switch list.kind {
	case nAbsent:
		v = dflt([]any{}, r.dsrc(list.ptr))
	case nUnknown:
		v = unknown(list.ptr)
	default:
		if _, ok := list.v.([]any); !ok {
			v = unknown(list.ptr)
			break
		}
		items := r.items(list, false)
		out := make([]any, len(items))
		for i, it := range items {
			if t := r.str(r.get(it, "Type"), nil); t.State == Written {
				out[i] = t.Value
			}
		}
		v = written(out, list.ptr)
	}
	v.Key = "Logging.ClusterLogging.EnabledTypes"
	return v
}

// listOr reads the string list at path, with def as its value when it is
// not written.
func listOr(path string, def ...any) func(*adapter, *reader, node) Attr {
	src := Prop(path)
	return func(a *adapter, r *reader, n node) Attr {
		v := r.strList(a.at(r, n, src, 0))
		if v.State == Default {
			v.Value = append([]any(nil), def...)
		}
		v.Key = a.key(path)
		return v
	}
}
