package shipgate.aws.ec2_nacl_admin_ports_test

import data.shipgate.aws.ec2_nacl_admin_ports as policy
import data.shipgate.lib.testing as t

entry(id, number, action, protocol, from, to, cidr) := {
	"resource": id,
	"type": "AWS::EC2::NetworkAclEntry",
	"src": concat("/", ["/Resources", id]),
	"acl": "Acl",
	"egress": t.k("Egress", t.d(false, concat("/", ["/Resources", id]))),
	"action": t.k("RuleAction", t.w(action, concat("/", ["/Resources", id, "Properties/RuleAction"]))),
	"rule_number": t.k("RuleNumber", number),
	"protocol": t.k("Protocol", protocol),
	"from_port": t.k("PortRange.From", from),
	"to_port": t.k("PortRange.To", to),
	"cidr_ipv4": t.k("CidrBlock", cidr),
	"cidr_ipv6": t.k("Ipv6CidrBlock", t.d(null, concat("/", ["/Resources", id]))),
}

w(v) := t.w(v, "/x")

deny_for(entries) := r if {
	r := policy.deny with input as t.aws("ec2", "network_acl_rules", entries)
}

ssh_in := entry("SshIn", w(100), "allow", w("tcp"), w(22), w(22), t.w("0.0.0.0/0", "/Resources/SshIn/Properties/CidrBlock"))

test_fails_on_ssh_from_anywhere if {
	deny_for([ssh_in]) == {{
		"msg": `network ACL entry "SshIn" allows SSH 22 from "0.0.0.0/0" (CidrBlock); allow it only from trusted ranges, or deny it from the internet with a lower rule number`,
		"resource": "SshIn",
		"src": "/Resources/SshIn/Properties/CidrBlock",
	}}
	[f] := [x | some x in deny_for([entry("All", w(100), "allow", w("-1"), t.d(null, "/x"), t.d(null, "/x"), w("0.0.0.0/0"))])]
	contains(f.msg, "allows FTP data 20, FTP 21, SSH 22, RDP 3389 from")
}

test_a_lower_deny_takes_precedence if {
	count(deny_for([ssh_in, entry("NoSsh", w(50), "deny", w("tcp"), w(0), w(1024), w("0.0.0.0/0"))])) == 0

	# a deny that comes later does not
	count(deny_for([ssh_in, entry("NoSsh", w(200), "deny", w("tcp"), w(0), w(1024), w("0.0.0.0/0"))])) == 1
}

test_passes if {
	count(deny_for([entry("SshIn", w(100), "allow", w("tcp"), w(22), w(22), w("10.0.0.0/8"))])) == 0
	count(deny_for([entry("HttpsIn", w(100), "allow", w("tcp"), w(443), w(443), w("0.0.0.0/0"))])) == 0
	count(deny_for([entry("SshIn", w(100), "deny", w("tcp"), w(22), w(22), w("0.0.0.0/0"))])) == 0
	count(deny_for([object.union(ssh_in, {"egress": t.k("Egress", w(true))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([entry("SshIn", w(100), "allow", w("tcp"), w(22), w(22), t.u("/x"))])) == 0
	count(deny_for([entry("SshIn", w(100), "allow", t.u("/x"), w(22), w(22), w("0.0.0.0/0"))])) == 0
	count(deny_for([object.union(ssh_in, {"egress": t.k("Egress", t.u("/x"))})])) == 0

	# an allow whose number is unknown might come after the deny
	count(deny_for([
		entry("SshIn", t.u("/x"), "allow", w("tcp"), w(22), w(22), w("0.0.0.0/0")),
		entry("NoSsh", w(50), "deny", w("tcp"), w(22), w(22), w("0.0.0.0/0")),
	])) == 0
}
