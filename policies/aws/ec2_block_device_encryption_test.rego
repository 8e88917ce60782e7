package shipgate.aws.ec2_block_device_encryption_test

import data.shipgate.aws.ec2_block_device_encryption as policy
import data.shipgate.lib.testing as t

dev_src := "/Resources/App/Properties/BlockDeviceMappings/0"

device(encrypted, snapshot) := {
	"src": dev_src,
	"device_name": t.k("BlockDeviceMappings[].DeviceName", t.w("/dev/xvda", concat("/", [dev_src, "DeviceName"]))),
	"encrypted": t.k("BlockDeviceMappings[].Ebs.Encrypted", encrypted),
	"snapshot": t.k("BlockDeviceMappings[].Ebs.SnapshotId", snapshot),
}

instance(devices) := object.union(t.res("App", "AWS::EC2::Instance"), {"block_devices": devices})

deny_for(x) := r if {
	r := policy.deny with input as {"aws": {"ec2": {"instances": [x], "launch_templates": []}, "autoscaling": {"launch_configurations": []}}}
}

no_snapshot := t.d(null, concat("/", [dev_src, "Ebs"]))

test_fails_on_unencrypted_device if {
	deny_for(instance([device(t.d(false, concat("/", [dev_src, "Ebs"])), no_snapshot)])) == {{
		"msg": `instance "App" creates an unencrypted EBS volume (/dev/xvda); set BlockDeviceMappings[].Ebs.Encrypted to true`,
		"resource": "App",
		"src": "/Resources/App/Properties/BlockDeviceMappings/0/Ebs",
	}}
}

test_fails_for_templates_and_configurations if {
	dev := device(t.w(false, concat("/", [dev_src, "Ebs/Encrypted"])), no_snapshot)
	lt := object.union(t.res("Lt", "AWS::EC2::LaunchTemplate"), {"block_devices": [dev]})
	lc := object.union(t.res("Lc", "AWS::AutoScaling::LaunchConfiguration"), {"block_devices": [dev]})
	r := policy.deny with input as {"aws": {"ec2": {"instances": [], "launch_templates": [lt]}, "autoscaling": {"launch_configurations": [lc]}}}
	{f.resource | some f in r} == {"Lt", "Lc"}
}

test_passes if {
	count(deny_for(instance([device(t.w(true, concat("/", [dev_src, "Ebs/Encrypted"])), no_snapshot)]))) == 0
	count(deny_for(instance([]))) == 0

	# from a snapshot: the snapshot decides
	count(deny_for(instance([device(t.d(false, dev_src), t.w("snap-1", concat("/", [dev_src, "Ebs/SnapshotId"])))]))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(instance([device(t.u(concat("/", [dev_src, "Ebs/Encrypted"])), no_snapshot)]))) == 0
	count(deny_for(instance([device(t.d(false, dev_src), t.u(concat("/", [dev_src, "Ebs/SnapshotId"])))]))) == 0
}
