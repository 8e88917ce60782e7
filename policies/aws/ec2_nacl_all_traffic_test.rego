package shipgate.aws.ec2_nacl_all_traffic_test

import data.shipgate.aws.ec2_nacl_all_traffic as policy
import data.shipgate.lib.testing as t

entry(action, protocol, egress) := {
	"resource": "AllIn",
	"type": "AWS::EC2::NetworkAclEntry",
	"src": "/Resources/AllIn",
	"acl": "Acl",
	"egress": t.k("Egress", egress),
	"action": t.k("RuleAction", t.w(action, "/Resources/AllIn/Properties/RuleAction")),
	"protocol": t.k("Protocol", protocol),
}

deny_for(e) := r if {
	r := policy.deny with input as t.aws("ec2", "network_acl_rules", [e])
}

all_protocols := t.w("-1", "/Resources/AllIn/Properties/Protocol")

test_fails_on_allow_all if {
	deny_for(entry("allow", all_protocols, t.d(false, "/Resources/AllIn"))) == {{
		"msg": `network ACL entry "AllIn" allows every protocol and port in (Protocol); allow only the protocols and ports the subnet serves`,
		"resource": "AllIn",
		"src": "/Resources/AllIn/Properties/Protocol",
	}}
	count(deny_for(entry("allow", all_protocols, t.w(true, "/Resources/AllIn/Properties/Egress")))) == 1
}

test_passes if {
	count(deny_for(entry("deny", all_protocols, t.d(false, "/Resources/AllIn")))) == 0
	count(deny_for(entry("allow", t.w("tcp", "/Resources/AllIn/Properties/Protocol"), t.d(false, "/Resources/AllIn")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(entry("allow", t.u("/Resources/AllIn/Properties/Protocol"), t.d(false, "/Resources/AllIn")))) == 0
	count(deny_for(entry("allow", all_protocols, t.u("/Resources/AllIn/Properties/Egress")))) == 0
}
