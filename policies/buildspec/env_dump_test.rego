package shipgate.buildspec.env_dump_test

import data.shipgate.buildspec.env_dump as policy
import data.shipgate.buildspec.testing as t

deny_for(commands) := r if {
	r := policy.deny with input as t.input_of({"phases": [t.phase("build", commands, {})]})
}

test_fails_on_dumps if {
	deny_for([t.cmd("build", 0, [["printenv"]])]) == {{
		"msg": `"printenv" prints every environment variable, secrets included, to the build log; print the variables you need by name`,
		"src": "/phases/build/commands/0/cmd/0",
	}}
	count(deny_for([env_piped_to("sort")])) == 1
	count(deny_for([t.cmd("build", 0, [["set"]])])) == 1
	count(deny_for([object.union(t.unparsed("build", 0, "export -p"), {"parsed": true})])) == 1
	count(deny_for([object.union(t.unparsed("build", 0, "ls\nexport # all of them"), {"parsed": true})])) == 1
}

test_passes_on_filtered_or_named_output if {
	count(deny_for([t.cmd("build", 0, [["printenv", "STAGE"]])])) == 0
	count(deny_for([env_piped_to("grep")])) == 0
	count(deny_for([t.cmd_redirect("build", 0, [["env"]], [[">", "env.txt"]])])) == 0
	count(deny_for([t.cmd("build", 0, [["env", "FOO=1", "make"]])])) == 0
	count(deny_for([t.cmd("build", 0, [["set", "-e"]])])) == 0
	count(deny_for([object.union(t.unparsed("build", 0, "export PATH=$PATH:/x"), {"parsed": true})])) == 0
}

test_unparsed_commands_do_not_fire if {
	count(deny_for([t.unparsed("build", 0, "export -p")])) == 0
}

# env_piped_to is "env | name": env without a command leaves no program.
env_piped_to(name) := object.union(c, {"cmds": [object.union(c.cmds[0], {"program": 1, "name": ""}), c.cmds[1]]}) if {
	c := t.cmd("build", 0, [["env"], [name]])
}
