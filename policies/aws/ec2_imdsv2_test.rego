package shipgate.aws.ec2_imdsv2_test

import data.shipgate.aws.ec2_imdsv2 as policy
import data.shipgate.lib.testing as t

launch_template(tokens, endpoint) := object.union(t.res("Lt", "AWS::EC2::LaunchTemplate"), {
	"http_tokens": t.k("LaunchTemplateData.MetadataOptions.HttpTokens", tokens),
	"http_endpoint": t.k("LaunchTemplateData.MetadataOptions.HttpEndpoint", endpoint),
})

input_for(x) := {"aws": {"ec2": {"instances": [], "launch_templates": [x]}, "autoscaling": {"launch_configurations": []}}}

tokens_src := "/Resources/Lt/Properties/LaunchTemplateData/MetadataOptions/HttpTokens"

endpoint_on := t.d("enabled", "/Resources/Lt/Properties/LaunchTemplateData")

test_fails_on_optional if {
	r := policy.deny with input as input_for(launch_template(t.w("optional", tokens_src), endpoint_on))
	r == {{
		"msg": `launch template "Lt" allows IMDSv1 (LaunchTemplateData.MetadataOptions.HttpTokens is "optional"); set it to required`,
		"resource": "Lt",
		"src": tokens_src,
	}}
}

test_warns_when_not_set if {
	x := launch_template(t.d("optional", "/Resources/Lt/Properties/LaunchTemplateData"), endpoint_on)
	count(policy.deny) == 0 with input as input_for(x)
	[w] := [m | some m in policy.warn] with input as input_for(x)
	w.msg == `launch template "Lt" does not set LaunchTemplateData.MetadataOptions.HttpTokens: IMDSv1 stays allowed unless its AMI or the account's IMDS defaults require tokens; set it to required`
}

test_passes if {
	x := launch_template(t.w("required", tokens_src), endpoint_on)
	count(policy.deny) == 0 with input as input_for(x)
	count(policy.warn) == 0 with input as input_for(x)

	# the endpoint is off: no metadata service to protect
	y := launch_template(t.w("optional", tokens_src), t.w("disabled", "/Resources/Lt/Properties/LaunchTemplateData/MetadataOptions/HttpEndpoint"))
	count(policy.deny) == 0 with input as input_for(y)
}

test_unknown_does_not_fire if {
	x := launch_template(t.u(tokens_src), endpoint_on)
	count(policy.deny) == 0 with input as input_for(x)
	count(policy.warn) == 0 with input as input_for(x)
	y := launch_template(t.d("optional", "/Resources/Lt"), t.u("/Resources/Lt/Properties/LaunchTemplateData/MetadataOptions/HttpEndpoint"))
	count(policy.warn) == 0 with input as input_for(y)
	count(policy.deny) == 0 with input as input_for(y)
}
