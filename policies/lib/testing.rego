# Package testing builds normalised-view inputs for the policy tests. It lives
# in a _test.rego file so that it is loaded with the tests only.
package shipgate.lib.testing

# w is a written attribute.
w(v, src) := {"value": v, "state": "written", "src": src}

# d is a defaulted attribute: not set, value is the AWS default, src the
# nearest enclosing block.
d(v, src) := {"value": v, "state": "default", "src": src}

# u is an unknown attribute.
u(src) := {"value": null, "state": "unknown", "src": src}

# k is attribute a with its format key, the name the adapter read it from
# (policies name it in messages): k("VersioningConfiguration.Status", d(false, src)).
k(key, a) := object.union(a, {"key": key})

# aws is an input whose normalised view holds items under service.key.
aws(service, key, items) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"raw": {},
	"aws": {service: {key: items}},
}

# res is the common part of a CloudFormation resource in the view.
res(id, type) := {"resource": id, "type": type, "src": concat("/", ["/Resources", id])}

# props is the Properties pointer of resource id.
props(id) := concat("/", ["/Resources", id, "Properties"])

# ingress is an inline ingress rule of security group "Web" (index 0) with
# the given protocol, ports and IPv4 source; pass null to leave a value at
# its default.
ingress(protocol, from, to, cidr) := {
	"resource": "Web",
	"type": "AWS::EC2::SecurityGroup",
	"src": "/Resources/Web/Properties/SecurityGroupIngress/0",
	"group": "Web",
	"direction": "ingress",
	"protocol": _attr(protocol, "IpProtocol"),
	"from_port": _attr(from, "FromPort"),
	"to_port": _attr(to, "ToPort"),
	"cidr_ipv4": _attr(cidr, "CidrIp"),
	"cidr_ipv6": k("SecurityGroupIngress[].CidrIpv6", d(null, "/Resources/Web/Properties/SecurityGroupIngress/0")),
}

# unknown_value marks an argument of ingress whose attribute is unknown.
unknown_value := {"unknown": true}

_attr(v, key) := k(_ingress_key(key), u(concat("/", ["/Resources/Web/Properties/SecurityGroupIngress/0", key]))) if v == unknown_value

_attr(v, key) := k(_ingress_key(key), d(null, "/Resources/Web/Properties/SecurityGroupIngress/0")) if v == null

_attr(v, key) := k(_ingress_key(key), w(v, concat("/", ["/Resources/Web/Properties/SecurityGroupIngress/0", key]))) if {
	v != null
	v != unknown_value
}

_ingress_key(key) := concat("", ["SecurityGroupIngress[].", key])

# task is an ECS task definition "Task" with the given containers.
task(containers) := object.union(res("Task", "AWS::ECS::TaskDefinition"), {
	"family": w("app", "/Resources/Task/Properties/Family"),
	"containers": containers,
})

# container_src is the pointer of container i of "Task".
container_src(i) := sprintf("/Resources/Task/Properties/ContainerDefinitions/%d", [i])

# container is container 0 of "Task" with the given attributes.
container(attrs) := object.union(
	{
		"src": container_src(0),
		"name": w("web", concat("/", [container_src(0), "Name"])),
	},
	attrs,
)
