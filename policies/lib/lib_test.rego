package shipgate.lib_test

import data.shipgate.lib
import data.shipgate.lib.testing as t

test_result_carries_src_and_file if {
	r := lib.result("m", {"resource": "B", "src": "/Resources/B"}, t.w(1, "/Resources/B/Properties/X"))
	r == {"msg": "m", "resource": "B", "src": "/Resources/B/Properties/X"}

	rf := lib.result("m", {"resource": "b", "src": "/r", "file": "mod/main.tf"}, {"src": "/x"})
	rf.file == "mod/main.tf"

	ra := lib.result("m", {"resource": "b", "src": "/r", "file": "a.tf"}, {"src": "/x", "file": "b.tf"})
	ra.file == "b.tf"
}

test_resource_result if {
	lib.resource_result("m", {"resource": "B", "src": "/Resources/B"}) == {"msg": "m", "resource": "B", "src": "/Resources/B"}
}

test_state_helpers if {
	lib.is_true(t.w(true, "/a"))
	lib.is_true(t.d(true, "/a"))
	not lib.is_true(t.u("/a"))
	not lib.is_true(t.w(false, "/a"))
	lib.is_false(t.d(false, "/a"))
	not lib.is_false(t.u("/a"))
	not lib.is_false({"value": false, "state": "unknown", "src": "/a"})
	lib.known(t.d(null, "/a"))
	not lib.known(t.u("/a"))
	not lib.known({})
	lib.missing(t.d(null, "/a"))
	not lib.missing(t.w(null, "/a"))
	lib.has_value(t.w("x", "/a"), "x")
	not lib.has_value({"value": "x", "state": "unknown", "src": "/a"}, "x")
	lib.is_null(t.d(null, "/a"))
	not lib.is_null(t.u("/a"))
	lib.lower_value(t.w("Ab", "/a")) == "ab"
	not lib.lower_value(t.w(1, "/a"))
}

test_list_helpers if {
	lib.items(t.w(["a", null, "b"], "/a")) == {"a", "b"}
	not lib.items(t.u("/a"))
	lib.contains_value(t.w(["a", null], "/a"), "a")
	not lib.contains_value(t.w([null], "/a"), "a")
	lib.lacks_value(t.w(["b"], "/a"), "a")
	lib.lacks_value(t.d(null, "/a"), "a")
	not lib.lacks_value(t.w(["b", null], "/a"), "a")
	not lib.lacks_value(t.w(["a"], "/a"), "a")
	not lib.lacks_value(t.u("/a"), "a")
	lib.has_unknown_item(t.u("/a"))
	lib.has_unknown_item(t.w([null], "/a"))
	not lib.has_unknown_item(t.w(["x"], "/a"))
}

test_raw_at if {
	raw := {"Resources": {"a/b": {"L": [{"x": 1}, {"y~": 2}]}}}
	lib.raw_at("/Resources/a~1b/L/0/x") == 1 with input.raw as raw
	lib.raw_at("/Resources/a~1b/L/1/y~0") == 2 with input.raw as raw
	lib.raw_at("") == raw with input.raw as raw
	not lib.raw_at("/Resources/nope") with input.raw as raw
}

test_is_intrinsic if {
	lib.is_intrinsic({"Ref": "X"})
	lib.is_intrinsic({"Fn::If": ["C", 1, 2]})
	not lib.is_intrinsic({"Bool": {"aws:SecureTransport": "false"}})
	not lib.is_intrinsic("Ref")
}

test_words if {
	lib.words("DeployToProd-eu") == ["deploy", "to", "prod", "eu"]
	lib.words("PROD_DB") == ["prod", "db"]
	lib.words("MyProductStack") == ["my", "product", "stack"]
	lib.words("app-production2") == ["app", "production", "2"]
}

test_display_name if {
	lib.display_name(t.w("web", "/a")) == "web"
	lib.display_name(t.u("/a")) == "(unknown)"
}

test_network_helpers if {
	lib.world_open_cidrs(t.ingress("tcp", 22, 22, "0.0.0.0/0")) == {t.k("SecurityGroupIngress[].CidrIp", t.w("0.0.0.0/0", "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIp"))}
	lib.world_open_cidrs(t.ingress("tcp", 22, 22, "10.0.0.0/8")) == set()
	lib.covers_port(t.ingress("tcp", 20, 30, "x"), 22, {"tcp"})
	not lib.covers_port(t.ingress("tcp", 23, 30, "x"), 22, {"tcp"})
	not lib.covers_port(t.ingress("tcp", "20", "30", "x"), 22, {"tcp"})
	lib.all_ports(t.ingress("tcp", 0, 65535, "x"))
	not lib.all_ports(t.ingress("tcp", 0, 65534, "x"))
}

test_value_origin if {
	lib.value_origin({"value": "0.0.0.0/0", "state": "written", "param": {"kind": "parameter", "name": "SSHLocation", "default": true}}) == ", the default of parameter SSHLocation"
	lib.value_origin({"value": "0.0.0.0/0", "state": "written", "param": {"kind": "parameter", "name": "SSHLocation", "default": false}}) == ", the value given for parameter SSHLocation"
	lib.value_origin({"value": "0.0.0.0/0", "state": "written"}) == ""
}
