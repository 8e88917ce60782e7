package cloud

import (
	"encoding/base64"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shipgate/shipgate/scanner/model"
)

// networkCollections are the collections of EC2 and VPC networking, load balancers, CloudFront, WAF, API Gateway.
var networkCollections = []*Collection{
	{
		Service: "ec2", Name: "vpcs", Doc: "VPCs, with the flow logs other resources attach to them",
		CFN: []Origin{{Types: []string{"AWS::EC2::VPC"}}},
		TF:  []Origin{{Types: []string{"aws_vpc"}}},
		Fields: []Field{
			{Key: "cidr_block", Type: String, CFN: Prop("CidrBlock"), TF: Prop("cidr_block")},
			{Key: "flow_logs", Type: Bool, Default: false,
				CFN: Hook("whether an `AWS::EC2::FlowLog` whose `ResourceId` is a `Ref` to the VPC exists; `unknown` when one's `ResourceId` is an intrinsic that mentions the VPC but cannot be resolved", notReferred("AWS::EC2::FlowLog")),
				TF:  Via("aws_flow_log", "vpc_id", "").Present(),
				Doc: "a VPC records no flow logs unless a flow log is created for it (checked 2026-12)"},
		},
		cfnLink: linkReferrers("AWS::EC2::FlowLog", "ResourceId", "flow_logs"),
	},
	{
		Service: "ec2", Name: "subnets", Doc: "VPC subnets",
		CFN: []Origin{{Types: []string{"AWS::EC2::Subnet"}}},
		TF:  []Origin{{Types: []string{"aws_subnet"}}},
		Fields: []Field{
			{Key: "vpc_id", Type: Ref, CFN: Prop("VpcId"), TF: Prop("vpc_id")},
			{Key: "map_public_ip", Type: Bool, Default: false, CFN: Prop("MapPublicIpOnLaunch"), TF: Prop("map_public_ip_on_launch"),
				Doc: "instances launched in the subnet get a public IPv4 address; false unless set, for subnets other than a default VPC's (checked 2026-12)"},
		},
	},
	{
		Service: "ec2", Name: "volumes", Doc: "EBS volumes",
		CFN: []Origin{{Types: []string{"AWS::EC2::Volume"}}},
		TF:  []Origin{{Types: []string{"aws_ebs_volume"}}},
		Fields: []Field{
			{Key: "encrypted", Type: Bool, Default: false,
				CFN: Hook("`Encrypted`; `unknown` for a volume created from a snapshot (`SnapshotId`), whose encryption it takes", inheritedBool("Encrypted", false, "SnapshotId")),
				TF:  Hook("`encrypted`; `unknown` for a volume created from a snapshot (`snapshot_id`), and when not set while the configuration declares `aws_ebs_encryption_by_default`", volumeEncryptedTF),
				Doc: "unencrypted unless true, from a snapshot, or the account turns on EBS encryption by default, which is off unless turned on (CreateVolume `Encrypted`, checked 2026-12)"},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_id"),
				Doc: "null: an encrypted volume uses the AWS managed key `aws/ebs`"},
		},
	},
	{
		Service: "ec2", Name: "instances", Doc: "EC2 instances",
		CFN: []Origin{{Types: []string{"AWS::EC2::Instance"}}},
		TF:  []Origin{{Types: []string{"aws_instance"}}},
		Fields: []Field{
			{Key: "http_tokens", Type: String, Default: "optional",
				CFN: Hook("`MetadataOptions.HttpTokens`; `unknown` when not written and `LaunchTemplate` is, whose metadata options apply", metadataOption("MetadataOptions.HttpTokens", "LaunchTemplate", "optional")),
				TF:  Hook("`metadata_options.http_tokens`; `unknown` when not set and `launch_template` is", metadataOption("metadata_options[0].http_tokens", "launch_template", "optional")),
				Doc: imdsDoc},
			{Key: "http_endpoint", Type: String, Default: "enabled",
				CFN: Hook("`MetadataOptions.HttpEndpoint`; `unknown` when not written and `LaunchTemplate` is", metadataOption("MetadataOptions.HttpEndpoint", "LaunchTemplate", "enabled")),
				TF:  Hook("`metadata_options.http_endpoint`; `unknown` when not set and `launch_template` is", metadataOption("metadata_options[0].http_endpoint", "launch_template", "enabled")),
				Doc: endpointDoc},
			{Key: "associate_public_ip", Type: Bool, CFN: Prop("NetworkInterfaces[0].AssociatePublicIpAddress"), TF: Prop("associate_public_ip_address"),
				Doc: "null when not written: the subnet's `MapPublicIpOnLaunch` decides"},
			userDataField("UserData", "user_data|user_data_base64"),
			{Key: "block_devices", Type: Objects,
				CFN: ItemsHook("the `BlockDeviceMappings` that have `Ebs`", ebsMappings("BlockDeviceMappings", "Ebs")),
				TF:  ItemsHook("`root_block_device` and each `ebs_block_device`", tfBlockDevices),
				Doc: "the EBS volumes declared for the instance; the root volume is listed only when it is declared", Fields: blockDeviceFields("Ebs.Encrypted", "Ebs.SnapshotId", "Ebs.KmsKeyId", "encrypted", "snapshot_id", "kms_key_id")},
		},
	},
	{
		Service: "ec2", Name: "launch_templates", Doc: "EC2 launch templates",
		CFN: []Origin{{Types: []string{"AWS::EC2::LaunchTemplate"}}},
		TF:  []Origin{{Types: []string{"aws_launch_template"}}},
		Fields: []Field{
			{Key: "http_tokens", Type: String, Default: "optional",
				CFN: Prop("LaunchTemplateData.MetadataOptions.HttpTokens"), TF: Prop("metadata_options[0].http_tokens"),
				Doc: imdsDoc},
			{Key: "http_endpoint", Type: String, Default: "enabled",
				CFN: Prop("LaunchTemplateData.MetadataOptions.HttpEndpoint"), TF: Prop("metadata_options[0].http_endpoint"), Doc: endpointDoc},
			{Key: "associate_public_ip", Type: Bool, CFN: Prop("LaunchTemplateData.NetworkInterfaces[0].AssociatePublicIpAddress"),
				TF: Prop("network_interfaces[0].associate_public_ip_address"), Doc: "null when not written: the subnet decides"},
			userDataField("LaunchTemplateData.UserData", "user_data"),
			{Key: "block_devices", Type: Objects,
				CFN:    ItemsHook("the `LaunchTemplateData.BlockDeviceMappings` that have `Ebs`", ebsMappings("LaunchTemplateData.BlockDeviceMappings", "Ebs")),
				TF:     ItemsHook("the `block_device_mappings` that have `ebs`", ebsMappings("block_device_mappings", "ebs")),
				Fields: blockDeviceFields("Ebs.Encrypted", "Ebs.SnapshotId", "Ebs.KmsKeyId", "ebs[0].encrypted", "ebs[0].snapshot_id", "ebs[0].kms_key_id")},
		},
	},
	{
		Service: "autoscaling", Name: "launch_configurations", Doc: "EC2 Auto Scaling launch configurations",
		CFN: []Origin{{Types: []string{"AWS::AutoScaling::LaunchConfiguration"}}},
		TF:  []Origin{{Types: []string{"aws_launch_configuration"}}},
		Fields: []Field{
			{Key: "http_tokens", Type: String, Default: "optional", CFN: Prop("MetadataOptions.HttpTokens"), TF: Prop("metadata_options[0].http_tokens"),
				Doc: imdsDoc},
			{Key: "http_endpoint", Type: String, Default: "enabled", CFN: Prop("MetadataOptions.HttpEndpoint"), TF: Prop("metadata_options[0].http_endpoint"),
				Doc: endpointDoc},
			{Key: "associate_public_ip", Type: Bool, CFN: Prop("AssociatePublicIpAddress"), TF: Prop("associate_public_ip_address"),
				Doc: "null when not written: the subnet decides"},
			userDataField("UserData", "user_data|user_data_base64"),
			{Key: "block_devices", Type: Objects,
				CFN:    ItemsHook("the `BlockDeviceMappings` that have `Ebs`", ebsMappings("BlockDeviceMappings", "Ebs")),
				TF:     ItemsHook("`root_block_device` and each `ebs_block_device`", tfBlockDevices),
				Fields: blockDeviceFields("Ebs.Encrypted", "Ebs.SnapshotId", "", "encrypted", "snapshot_id", "")},
		},
	},
	{
		Service: "ec2", Name: "network_acl_rules", Doc: "network ACL entries, standalone or inline in a Terraform `aws_network_acl`",
		CFN: []Origin{{Types: []string{"AWS::EC2::NetworkAclEntry"}, Set: cfnACLEntry}},
		TF: []Origin{
			{Types: []string{"aws_network_acl_rule"}, Set: tfACLRule},
			{Types: []string{"aws_network_acl", "aws_default_network_acl"}, Read: tfInlineACLRules},
		},
		Fields: []Field{
			{Key: "acl", Type: Plain, Doc: "address of the network ACL (string), or null when it is not an ACL of the document: `NetworkAclId`, `network_acl_id` resolved by `Ref` or reference; an inline rule's own ACL"},
			{Key: "egress", Type: Bool, Default: false, CFN: Prop("Egress"), TF: Prop("egress"), Doc: "false: an inbound rule"},
			{Key: "action", Type: String, CFN: Prop("RuleAction").Conv(lowerString), TF: Prop("rule_action|action").Conv(lowerString), Doc: "`allow` or `deny`, lowercased"},
			{Key: "rule_number", Type: Number, CFN: Prop("RuleNumber"), TF: Prop("rule_number|rule_no")},
			{Key: "protocol", Type: String, CFN: Prop("Protocol").Conv(protocol), TF: Prop("protocol").Conv(protocol),
				Doc: "as in `security_group_rules`: `-1` for all protocols, `tcp`, `udp`, `icmp`"},
			{Key: "cidr_ipv4", Type: String, CFN: Prop("CidrBlock"), TF: Prop("cidr_block")},
			{Key: "cidr_ipv6", Type: String, CFN: Prop("Ipv6CidrBlock"), TF: Prop("ipv6_cidr_block")},
			{Key: "from_port", Type: Number, CFN: Prop("PortRange.From"), TF: Prop("from_port")},
			{Key: "to_port", Type: Number, CFN: Prop("PortRange.To"), TF: Prop("to_port")},
		},
	},
	{
		Service: "elb", Name: "load_balancers", Doc: "Elastic Load Balancing v2 load balancers (application, network, gateway)",
		CFN: []Origin{{Types: []string{"AWS::ElasticLoadBalancingV2::LoadBalancer"}}},
		TF:  []Origin{{Types: []string{"aws_lb", "aws_alb"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "type", Type: String, Default: "application", CFN: Prop("Type"), TF: Prop("load_balancer_type"),
				Doc: "`application` (the default, checked 2026-12), `network` or `gateway`"},
			{Key: "access_logs", Type: Bool, Default: false,
				CFN: Hook("the `LoadBalancerAttributes` entry `access_logs.s3.enabled`", lbAttribute("access_logs.s3.enabled")),
				TF:  Prop("access_logs[0].enabled"),
				Doc: "off unless enabled; Terraform's `access_logs.enabled` is false unless set, even with a bucket (checked 2026-12)"},
			{Key: "drop_invalid_headers", Type: Bool, Default: false,
				CFN: Hook("the `LoadBalancerAttributes` entry `routing.http.drop_invalid_header_fields.enabled`", lbAttribute("routing.http.drop_invalid_header_fields.enabled")),
				TF:  Prop("drop_invalid_header_fields"),
				Doc: "application load balancers pass invalid HTTP header fields on unless set (checked 2026-12)"},
			{Key: "deletion_protection", Type: Bool, Default: false,
				CFN: Hook("the `LoadBalancerAttributes` entry `deletion_protection.enabled`", lbAttribute("deletion_protection.enabled")),
				TF:  Prop("enable_deletion_protection"),
				Doc: "off unless enabled (checked 2026-12)"},
		},
	},
	{
		Service: "elb", Name: "listeners", Doc: "Elastic Load Balancing v2 listeners",
		CFN: []Origin{{Types: []string{"AWS::ElasticLoadBalancingV2::Listener"}}},
		TF:  []Origin{{Types: []string{"aws_lb_listener", "aws_alb_listener"}}},
		Fields: []Field{
			{Key: "load_balancer", Type: Ref, CFN: Prop("LoadBalancerArn"), TF: Prop("load_balancer_arn")},
			{Key: "protocol", Type: String, CFN: Prop("Protocol"), TF: Prop("protocol"),
				Doc: "`HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`, `GENEVE`; null when not written"},
			{Key: "port", Type: Number, CFN: Prop("Port"), TF: Prop("port")},
			{Key: "ssl_policy", Type: String, CFN: Prop("SslPolicy"), TF: Prop("ssl_policy"),
				Doc: "null: an HTTPS or TLS listener gets the load balancer's default policy (`ELBSecurityPolicy-TLS13-1-2-2021-06` since 2023, checked 2026-12)"},
			{Key: "default_actions", Type: Objects, CFN: Prop("DefaultActions"), TF: Prop("default_action"), Fields: []Field{
				{Key: "type", Type: String, CFN: Prop("Type"), TF: Prop("type"), Doc: "`forward`, `redirect`, `fixed-response`, `authenticate-oidc`, `authenticate-cognito`"},
				{Key: "redirect_protocol", Type: String, Default: "#{protocol}", CFN: Prop("RedirectConfig.Protocol"), TF: Prop("redirect[0].protocol"),
					Doc: "`HTTP`, `HTTPS` or `#{protocol}` (the default: the request's own protocol)"},
			}},
		},
	},
	{
		Service: "cloudfront", Name: "distributions", Doc: "CloudFront distributions",
		CFN: []Origin{{Types: []string{"AWS::CloudFront::Distribution"}}},
		TF:  []Origin{{Types: []string{"aws_cloudfront_distribution"}}},
		Fields: []Field{
			{Key: "cache_behaviors", Type: Objects,
				CFN: ItemsHook("`DistributionConfig.DefaultCacheBehavior` and each `DistributionConfig.CacheBehaviors` item", cacheBehaviors("DistributionConfig.DefaultCacheBehavior", "DistributionConfig.CacheBehaviors")),
				TF:  ItemsHook("`default_cache_behavior` and each `ordered_cache_behavior`", cacheBehaviors("default_cache_behavior", "ordered_cache_behavior")),
				Doc: "the default behaviour first", Fields: []Field{
					{Key: "path_pattern", Type: String, CFN: Prop("PathPattern"), TF: Prop("path_pattern"), Doc: "null for the default behaviour"},
					{Key: "target_origin", Type: String, CFN: Prop("TargetOriginId"), TF: Prop("target_origin_id"), Doc: "the `Id` of the origin the behaviour sends requests to"},
					{Key: "viewer_protocol_policy", Type: String, CFN: Prop("ViewerProtocolPolicy"), TF: Prop("viewer_protocol_policy"),
						Doc: "`allow-all`, `redirect-to-https` or `https-only`"},
				}},
			{Key: "origins", Type: Objects, CFN: Prop("DistributionConfig.Origins"), TF: Prop("origin"), Fields: []Field{
				{Key: "id", Type: String, CFN: Prop("Id"), TF: Prop("origin_id")},
				{Key: "domain_name", Type: String, CFN: Prop("DomainName"), TF: Prop("domain_name")},
				{Key: "protocol_policy", Type: String, CFN: Prop("CustomOriginConfig.OriginProtocolPolicy"), TF: Prop("custom_origin_config[0].origin_protocol_policy"),
					Doc: "`http-only`, `match-viewer` or `https-only` for a custom origin; null for an S3 (or VPC) origin, which CloudFront reaches over HTTPS"},
			}},
			{Key: "custom_certificate", Type: Bool, Default: false,
				CFN: Prop("DistributionConfig.ViewerCertificate.AcmCertificateArn|DistributionConfig.ViewerCertificate.IamCertificateId").Present(),
				TF:  Prop("viewer_certificate[0].acm_certificate_arn|viewer_certificate[0].iam_certificate_id").Present(),
				Doc: "an ACM or IAM certificate serves the distribution's own domain names; false: the `*.cloudfront.net` certificate, which only allows `TLSv1`"},
			{Key: "minimum_protocol_version", Type: String, Default: "TLSv1",
				CFN: Prop("DistributionConfig.ViewerCertificate.MinimumProtocolVersion"), TF: Prop("viewer_certificate[0].minimum_protocol_version"),
				Doc: "`SSLv3`, `TLSv1`, `TLSv1_2016`, `TLSv1.1_2016`, `TLSv1.2_2018`, `TLSv1.2_2019`, `TLSv1.2_2021`, `TLSv1.2_2025`, `TLSv1.3_2025`; `TLSv1` when not set (CloudFront API ViewerCertificate, checked 2026-12)"},
			{Key: "web_acl", Type: Ref, CFN: Prop("DistributionConfig.WebACLId"), TF: Prop("web_acl_id"),
				Doc: "null: no AWS WAF web ACL filters the requests"},
			{Key: "logging", Type: Bool, Default: false, CFN: Prop("DistributionConfig.Logging").Present(), TF: Prop("logging_config").Present(),
				Doc: "standard (legacy) access logs to S3; off unless configured. Standard logging v2 (CloudWatch Logs delivery) is configured outside the distribution and not read"},
		},
	},
	{
		Service: "apigateway", Name: "stages", Doc: "API Gateway REST API stages: `AWS::ApiGateway::Stage`, and the stage of each SAM `AWS::Serverless::Api`, whose unset properties come from `Globals.Api`",
		CFN: []Origin{{Types: []string{"AWS::ApiGateway::Stage", "AWS::Serverless::Api"}}},
		TF:  []Origin{{Types: []string{"aws_api_gateway_stage"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("StageName"), TF: Prop("stage_name")},
			{Key: "access_logs", Type: Bool, Default: false, CFN: Prop("AccessLogSetting.DestinationArn").Present(), TF: Prop("access_log_settings[0].destination_arn").Present(),
				Doc: "access logs go to a destination; off unless configured (checked 2026-12)"},
			{Key: "tracing", Type: Bool, Default: false, CFN: Prop("TracingEnabled"), TF: Prop("xray_tracing_enabled"),
				Doc: "X-Ray active tracing; off unless enabled (checked 2026-12)"},
		},
	},
	{
		Service: "apigateway", Name: "v2_stages", Doc: "API Gateway HTTP and WebSocket API stages: `AWS::ApiGatewayV2::Stage`, and the stage of each SAM `AWS::Serverless::HttpApi`, whose unset properties come from `Globals.HttpApi`",
		CFN: []Origin{{Types: []string{"AWS::ApiGatewayV2::Stage", "AWS::Serverless::HttpApi"}}},
		TF:  []Origin{{Types: []string{"aws_apigatewayv2_stage"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("StageName"), TF: Prop("name")},
			{Key: "access_logs", Type: Bool, Default: false, CFN: Prop("AccessLogSettings.DestinationArn").Present(), TF: Prop("access_log_settings[0].destination_arn").Present(),
				Doc: "access logs go to a destination; off unless configured (checked 2026-12)"},
		},
	},
	{
		Service: "apigateway", Name: "method_settings", Doc: "method settings of REST API stages: each `MethodSettings` item of an `AWS::ApiGateway::Stage` or a SAM `AWS::Serverless::Api` (its own, not those of `Globals.Api`), each `aws_api_gateway_method_settings`",
		CFN: []Origin{{Types: []string{"AWS::ApiGateway::Stage", "AWS::Serverless::Api"}, Items: "MethodSettings"}},
		TF:  []Origin{{Types: []string{"aws_api_gateway_method_settings"}}},
		Fields: []Field{
			{Key: "method_path", Type: String, CFN: Prop("ResourcePath"), TF: Prop("method_path"), Doc: "`/*/*` for every method"},
			{Key: "caching_enabled", Type: Bool, Default: false, CFN: Prop("CachingEnabled"), TF: Prop("settings[0].caching_enabled"),
				Doc: "responses are cached; off unless enabled (checked 2026-12)"},
			{Key: "cache_data_encrypted", Type: Bool, Default: false, CFN: Prop("CacheDataEncrypted"), TF: Prop("settings[0].cache_data_encrypted"),
				Doc: "the cached responses are encrypted; off unless enabled (checked 2026-12)"},
		},
	},
	{
		Service: "apigateway", Name: "methods", Doc: "API Gateway REST API methods",
		CFN: []Origin{{Types: []string{"AWS::ApiGateway::Method"}}},
		TF:  []Origin{{Types: []string{"aws_api_gateway_method"}}},
		Fields: []Field{
			{Key: "http_method", Type: String, CFN: Prop("HttpMethod"), TF: Prop("http_method")},
			{Key: "authorization", Type: String, Default: "NONE", CFN: Prop("AuthorizationType"), TF: Prop("authorization"),
				Doc: "`NONE` (the default, checked 2026-12), `AWS_IAM`, `CUSTOM`, `COGNITO_USER_POOLS`"},
			{Key: "api_key_required", Type: Bool, Default: false, CFN: Prop("ApiKeyRequired"), TF: Prop("api_key_required"),
				Doc: "callers must send an API key; false unless set (checked 2026-12)"},
		},
	},
	{
		Service: "apigateway", Name: "domain_names", Doc: "API Gateway custom domain names of REST APIs: `AWS::ApiGateway::DomainName`, and the `Domain` of a SAM `AWS::Serverless::Api` (or of `Globals.Api`)",
		CFN: []Origin{
			{Types: []string{"AWS::ApiGateway::DomainName"}},
			{Types: []string{"AWS::Serverless::Api"}, Read: samBlock("Domain")},
		},
		TF: []Origin{{Types: []string{"aws_api_gateway_domain_name"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("DomainName"), TF: Prop("domain_name")},
			{Key: "security_policy", Type: String, CFN: Prop("SecurityPolicy"), TF: Prop("security_policy"),
				Doc: "`TLS_1_0`, `TLS_1_2` or an enhanced policy (`SecurityPolicy_TLS13_1_2_2021_06`, ...); null when not written: API Gateway chooses"},
		},
	},
	{
		Service: "waf", Name: "web_acls", Doc: "AWS WAF (v2) web ACLs",
		CFN: []Origin{{Types: []string{"AWS::WAFv2::WebACL"}}},
		TF:  []Origin{{Types: []string{"aws_wafv2_web_acl"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "scope", Type: String, CFN: Prop("Scope"), TF: Prop("scope"), Doc: "`REGIONAL` or `CLOUDFRONT`"},
			{Key: "logging", Type: Bool, Default: false,
				CFN: Hook("whether an `AWS::WAFv2::LoggingConfiguration` whose `ResourceArn` is a `Ref` or `Fn::GetAtt` to the web ACL exists; `unknown` when one's `ResourceArn` is an intrinsic that mentions it but cannot be resolved", notReferred("AWS::WAFv2::LoggingConfiguration")),
				TF:  Via("aws_wafv2_web_acl_logging_configuration", "resource_arn", "").Present(),
				Doc: "a web ACL logs no requests unless a logging configuration is created for it (checked 2026-12)"},
		},
		cfnLink: linkReferrers("AWS::WAFv2::LoggingConfiguration", "ResourceArn", "logging"),
	},
}

// imdsDoc documents the http_tokens fields.
const imdsDoc = "`required` (IMDSv2 only) or `optional` (IMDSv1 allowed too); `optional` when not set, unless the AMI is registered with `ImdsSupport: v2.0` " +
	"or the account's IMDS defaults require tokens, which the template does not show (EC2 API InstanceMetadataOptionsRequest `HttpTokens`, checked 2026-12)"

// endpointDoc documents the http_endpoint fields.
const endpointDoc = "`enabled` (the default, checked 2026-12) or `disabled`: with the endpoint disabled, the instance metadata service cannot be reached at all"

// userDataField is the literal text of an instance's user data.
func userDataField(cfnPath, tfPath string) Field {
	return Field{Key: "user_data_text", Type: String,
		CFN: Hook("`"+cfnPath+"` decoded from base64; for an `Fn::Base64` of an `Fn::Sub` or `Fn::Join` that cannot be evaluated, the literal text with every substitution left as written", userData(cfnPath)),
		TF:  Hook("`"+strings.ReplaceAll(tfPath, "|", "` or `")+"`, decoded when it is base64", userData(tfPath)),
		Doc: "the script or cloud-init text the instance runs at boot, as far as it is written literally: " +
			"substitutions that cannot be evaluated stay as written (`${Name}`, or `${...}` for a part of an `Fn::Join`); null when there is no user data"}
}

// userData reads user data at path as text: base64 decoded when it is
// valid base64 of UTF-8 text, and for CloudFormation intrinsics that cannot
// be evaluated, their literal parts.
func userData(path string) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		c := Prop(path)
		at := a.at(r, n, c, 0)
		key := a.key(path)
		if len(c.alts) > 1 {
			key = a.key(c.altKey(at))
		}
		var v Attr
		switch at.kind {
		case nAbsent:
			v = dflt(nil, r.dsrc(at.ptr))
		case nValue:
			if s, ok := at.v.(string); ok {
				v = written(decodeBase64Text(s), at.ptr)
			} else {
				v = unknown(at.ptr)
			}
		default:
			if s, ok := literalText(at.v); ok {
				v = written(s, at.ptr)
			} else {
				v = unknown(at.ptr)
			}
		}
		v.Key = key
		return v
	}
}

// decodeBase64Text decodes s when it is base64 of UTF-8 text, else
// returns it as is.
func decodeBase64Text(s string) string {
	t := strings.Join(strings.Fields(s), "")
	if t == "" || len(t)%4 != 0 {
		return s
	}
	b, err := base64.StdEncoding.DecodeString(t)
	if err != nil || !utf8.Valid(b) {
		return s
	}
	return string(b)
}

// literalText is the literal text of an unevaluated CloudFormation user
// data value: Fn::Base64 of a string, of an Fn::Sub (its template string)
// or of an Fn::Join (its literal parts, "${...}" for the others).
func literalText(v any) (string, bool) {
	m, ok := v.(map[string]any)
	if !ok || len(m) != 1 {
		return "", false
	}
	if inner, ok := m["Fn::Base64"]; ok {
		if s, ok := inner.(string); ok {
			return s, true
		}
		return literalText(inner)
	}
	if sub, ok := m["Fn::Sub"]; ok {
		if l, ok := sub.([]any); ok && len(l) > 0 {
			sub = l[0]
		}
		s, ok := sub.(string)
		return s, ok
	}
	if join, ok := m["Fn::Join"].([]any); ok && len(join) == 2 {
		delim, ok1 := join[0].(string)
		parts, ok2 := join[1].([]any)
		if !ok1 || !ok2 {
			return "", false
		}
		out := make([]string, len(parts))
		for i, p := range parts {
			if s, ok := p.(string); ok {
				out[i] = s
			} else if s, ok := literalText(p); ok {
				out[i] = s
			} else {
				out[i] = "${...}"
			}
		}
		return strings.Join(out, delim), true
	}
	return "", false
}

// lowerString lowercases a scalar (NACL rule actions are case-insensitive).
func lowerString(s string) any { return strings.ToLower(s) }

// blockDeviceFields are the fields of one EBS block device; kms_key only
// where the formats can set a key (cfnKey not empty).
func blockDeviceFields(cfnEnc, cfnSnap, cfnKey, tfEnc, tfSnap, tfKey string) []Field {
	fields := []Field{
		{Key: "device_name", Type: String, CFN: Prop("DeviceName"), TF: Prop("device_name"), Doc: "null for Terraform's `root_block_device`"},
		{Key: "encrypted", Type: Bool, Default: false, CFN: Prop(cfnEnc), TF: Prop(tfEnc),
			Doc: "unencrypted unless true, from an encrypted snapshot, or the account turns on EBS encryption by default (off unless turned on, checked 2026-12)"},
		{Key: "snapshot", Type: String, CFN: Prop(cfnSnap), TF: Prop(tfSnap),
			Doc: "the snapshot the volume is created from, whose encryption it takes; null when none is written"},
	}
	if cfnKey != "" {
		fields = append(fields, Field{Key: "kms_key", Type: Ref, CFN: Prop(cfnKey), TF: Prop(tfKey),
			Doc: "null: an encrypted volume uses the AWS managed key `aws/ebs`"})
	}
	return fields
}

// metadataOption reads an instance metadata option at path, def when not
// written; when it is not written and the launch template property is,
// the template's setting applies and the option is unknown.
func metadataOption(path, template, def string) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, n node) Attr {
		v := r.str(r.steps(n, steps1(path)), def)
		if v.State == Default {
			if lt := r.get(n, template); lt.kind != nAbsent {
				v = unknown(lt.ptr)
				v.Key = template
				return v
			}
		}
		v.Key = a.key(path)
		return v
	}
}

// volumeEncryptedTF reads aws_ebs_volume.encrypted: unknown for a volume
// from a snapshot, and when not set in a configuration that turns on EBS
// encryption by default for the account.
func volumeEncryptedTF(a *adapter, r *reader, n node) Attr {
	v := inheritedBool("encrypted", false, "snapshot_id")(a, r, n)
	if v.State == Default && len(a.tfByType["aws_ebs_encryption_by_default"]) > 0 {
		v = unknown(v.Src)
		v.Key = "encrypted"
	}
	return v
}

// ebsMappings lists the items of the list at path that hold an EBS
// volume (key ebs), leaving out instance store and NoDevice mappings. An
// item that cannot be read is kept: its fields read as unknown.
func ebsMappings(path, ebs string) func(*adapter, *reader, node) []node {
	return func(_ *adapter, r *reader, n node) []node {
		var out []node
		for _, it := range r.items(r.steps(n, steps1(path)), true) {
			if _, ok := it.v.(map[string]any); ok && it.kind == nValue && r.get(it, ebs).kind == nAbsent {
				continue
			}
			out = append(out, it)
		}
		return out
	}
}

// tfBlockDevices lists the root_block_device and ebs_block_device blocks
// of an aws_instance or aws_launch_configuration.
func tfBlockDevices(_ *adapter, r *reader, n node) []node {
	return append(r.items(r.get(n, "root_block_device"), true), r.items(r.get(n, "ebs_block_device"), true)...)
}

// cacheBehaviors lists a distribution's default cache behaviour and its
// ordered ones.
func cacheBehaviors(def, ordered string) func(*adapter, *reader, node) []node {
	return func(_ *adapter, r *reader, n node) []node {
		out := r.items(r.steps(n, steps1(def)), true)
		return append(out, r.items(r.steps(n, steps1(ordered)), true)...)
	}
}

// lbAttribute reads a boolean LoadBalancerAttributes entry of a
// CloudFormation load balancer: its Value, the default false when no
// entry has the key, unknown when an entry's Key cannot be read.
func lbAttribute(name string) func(*adapter, *reader, node) Attr {
	return func(_ *adapter, r *reader, n node) Attr {
		key := "LoadBalancerAttributes." + name
		list := r.get(n, "LoadBalancerAttributes")
		var v Attr
		switch list.kind {
		case nAbsent:
			v = dflt(false, r.dsrc(list.ptr))
		case nUnknown:
			v = unknown(list.ptr)
		default:
			v = dflt(false, list.ptr)
			for _, it := range r.items(list, false) {
				k := r.get(it, "Key")
				switch {
				case k.kind == nValue && k.v == name:
					v = r.boolean(r.get(it, "Value"), false)
					v.Key = key
					return v
				case k.kind != nValue:
					v = unknown(it.ptr)
				}
			}
		}
		v.Key = key
		return v
	}
}

// cfnACLEntry sets the ACL of an AWS::EC2::NetworkAclEntry.
func cfnACLEntry(a *adapter, r *reader, n node, o *object) {
	o.m["acl"] = nil
	if acl := a.address(r.get(n, "NetworkAclId"), "", "AWS::EC2::NetworkAcl"); acl != "" {
		o.m["acl"] = acl
	}
}

// tfACLRule sets the ACL of an aws_network_acl_rule.
func tfACLRule(a *adapter, r *reader, n node, o *object) {
	o.m["acl"] = nil
	if id := r.get(n, "network_acl_id"); id.kind == nValue {
		if s, ok := id.v.(string); ok && a.isAddress(s) {
			o.m["acl"] = s
		}
	}
}

// tfInlineACLRules reads the ingress and egress blocks of an
// aws_network_acl or aws_default_network_acl.
func tfInlineACLRules(a *adapter, r *reader, c *Collection) {
	for _, dir := range []string{"ingress", "egress"} {
		for _, n := range r.items(r.get(r.props, dir), false) {
			o := a.object(c, r, n.ptr)
			a.fill(r, n, c.Fields, o.m, dir+"[].")
			o.m["acl"] = r.id
			eg := written(dir == "egress", n.ptr)
			eg.Key = dir
			o.m["egress"] = eg.render(n.ptr)
		}
	}
}

// notReferred is an attribute a link fills later: false until a resource
// of type typ is found to refer to the object.
func notReferred(typ string) func(*adapter, *reader, node) Attr {
	return func(_ *adapter, r *reader, _ node) Attr {
		v := dflt(false, r.ptr)
		v.Key = typ
		return v
	}
}

// linkReferrers sets field to true on the objects that a resource of type
// typ refers to in its property prop (a Ref or Fn::GetAtt to the object's
// logical id): flow logs to VPCs, logging configurations to web ACLs. A prop
// that is an unresolved intrinsic mentioning the object (an Fn::If between
// two of them) makes the field unknown. One pass over the resources.
func linkReferrers(typ, prop, field string) func(*adapter, []*object) {
	return func(a *adapter, objs []*object) {
		if len(objs) == 0 {
			return
		}
		found := map[string]string{}
		maybe := map[string]string{}
		for _, id := range slices.Sorted(maps.Keys(a.resources)) {
			res, ok := a.resources[id].(map[string]any)
			if !ok || a.falseCond[id] || a.resourceType(id) != typ {
				continue
			}
			ptr := a.resPtrs[id]
			if ptr == "" {
				ptr = "/Resources/" + model.PointerToken(id)
			}
			props, _ := res["Properties"].(map[string]any)
			target := props[prop]
			if to, ok := a.refID(target); ok {
				if _, dup := found[to]; !dup {
					found[to] = ptr
				}
				continue
			}
			for _, to := range refsIn(target) {
				if _, dup := maybe[to]; !dup {
					maybe[to] = ptr
				}
			}
		}
		for _, o := range objs {
			var v Attr
			if src, ok := found[o.resource]; ok {
				v = written(true, src)
			} else if src, ok := maybe[o.resource]; ok {
				v = unknown(src)
			} else {
				continue
			}
			v.Key = typ
			o.m[field] = v.render(o.m["src"].(string))
		}
	}
}

// refsIn lists the logical ids that Ref and Fn::GetAtt name anywhere in v.
func refsIn(v any) []string {
	var out []string
	var walk func(any)
	walk = func(x any) {
		switch t := x.(type) {
		case map[string]any:
			if len(t) == 1 {
				if s, ok := t["Ref"].(string); ok {
					out = append(out, s)
					return
				}
				switch g := t["Fn::GetAtt"].(type) {
				case []any:
					if len(g) > 0 {
						if s, ok := g[0].(string); ok {
							out = append(out, s)
							return
						}
					}
				case string:
					s, _, _ := strings.Cut(g, ".")
					out = append(out, s)
					return
				}
			}
			for _, y := range t {
				walk(y)
			}
		case []any:
			for _, y := range t {
				walk(y)
			}
		}
	}
	walk(v)
	return out
}
