package shipgate.aws.ec2_description_test

import data.shipgate.aws.ec2_description as policy
import data.shipgate.lib.testing as t

group(desc) := object.union(t.res("Web", "AWS::EC2::SecurityGroup"), {
	"name": t.k("GroupName", t.d(null, "/Resources/Web")),
	"description": t.k("GroupDescription", desc),
	"vpc_id": t.k("VpcId", t.d(null, "/Resources/Web")),
})

rule(desc) := object.union(t.ingress("tcp", 443, 443, "0.0.0.0/0"), {"description": t.k("SecurityGroupIngress[].Description", desc)})

deny_for(groups, rules) := r if {
	r := policy.deny with input as {"aws": {"ec2": {"security_groups": groups, "security_group_rules": rules}}}
}

test_fails_without_descriptions if {
	deny_for([group(t.d(null, "/Resources/Web"))], [rule(t.d(null, "/Resources/Web/Properties/SecurityGroupIngress/0"))]) == {
		{
			"msg": `security group "Web" has no description; set GroupDescription to what the group is for`,
			"resource": "Web",
			"src": "/Resources/Web",
		},
		{
			"msg": `ingress rule of "Web" has no description; set SecurityGroupIngress[].Description to why the rule exists`,
			"resource": "Web",
			"src": "/Resources/Web/Properties/SecurityGroupIngress/0",
		},
	}
}

test_fails_on_empty_and_provider_default if {
	count(deny_for([group(t.w("  ", "/Resources/Web/Properties/GroupDescription"))], [])) == 1
	count(deny_for([group(t.w("Managed by Terraform", "/Resources/Web/Properties/GroupDescription"))], [])) == 1
	count(deny_for([], [rule(t.w("", "/Resources/Web/Properties/SecurityGroupIngress/0/Description"))])) == 1
}

test_passes if {
	count(deny_for(
		[group(t.w("web servers", "/Resources/Web/Properties/GroupDescription"))],
		[rule(t.w("HTTPS from the internet", "/Resources/Web/Properties/SecurityGroupIngress/0/Description"))],
	)) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([group(t.u("/Resources/Web/Properties/GroupDescription"))], [rule(t.u("/Resources/Web/Properties/SecurityGroupIngress/0/Description"))])) == 0
}
