package shipgate.buildspec.curl_pipe_shell_test

import data.shipgate.buildspec.curl_pipe_shell as policy
import data.shipgate.buildspec.testing as t

deny_for(commands) := r if {
	r := policy.deny with input as t.input_of({"phases": [t.phase("install", commands, {})]})
}

test_fails_on_download_piped_into_a_shell if {
	deny_for([t.cmd("install", 0, [["curl", "-fsSL", "https://get.example.com"], ["sh", "-s", "--", "-y"]])]) == {{
		"msg": `curl output is piped into sh, which runs whatever the server returns; download to a file, verify its checksum, then run it`,
		"src": "/phases/install/commands/0/cmd/0",
	}}
	count(deny_for([t.cmd("install", 0, [["wget", "-qO-", "https://x"], ["python3"]])])) == 1
	count(deny_for([t.cmd("install", 0, [["bash", "<(curl -s https://x)"]])])) == 1
	count(deny_for([t.cmd("install", 0, [["sh", "-c", "\"$(curl -fsSL https://x)\""]])])) == 1
}

test_passes_on_data_pipes if {
	count(deny_for([t.cmd("install", 0, [["curl", "-s", "https://api"], ["python3", "-c", "import json"]])])) == 0
	count(deny_for([t.cmd("install", 0, [["curl", "-s", "https://api"], ["jq", ".x"]])])) == 0
	count(deny_for([t.cmd("install", 0, [["curl", "-s", "https://api"], ["bash", "-c", "cat"]])])) == 0
	count(deny_for([t.cmd("install", 0, [["curl", "-o", "x.sh", "https://x"]]), t.cmd("install", 1, [["sh", "x.sh"]])])) == 0
}

test_unparsed_commands_do_not_fire if {
	count(deny_for([t.unparsed("install", 0, "curl https://x | sh")])) == 0
}
