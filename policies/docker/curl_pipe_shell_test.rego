package shipgate.docker.curl_pipe_shell_test

import data.shipgate.docker.curl_pipe_shell as policy
import data.shipgate.lib.docker.testing as t

test_curl_pipe_sh_fails if {
	policy.deny == {{
		"msg": `curl pipes a downloaded script into "sh", which runs whatever the server returns; download it to a file, verify its checksum, then run it`,
		"src": "/c/curl/2", "resource": "stage 0",
	}} with input as t.runs([t.piped(t.cmd("curl", ["-fsSL", "https://x.sh"]), 1), t.cmd("sh", [])])
	count(policy.deny) == 1 with input as t.runs([t.piped(t.cmd("wget", ["-qO-", "https://x.sh"]), 1), t.cmd("bash", ["-s"])])
}

test_substitution_fails if {
	count(policy.deny) == 1 with input as t.runs([t.cmd("bash", ["-c", "$(curl -fsSL https://x.sh)"])])
}

test_pipe_to_other_passes if {
	count(policy.deny) == 0 with input as t.runs([t.piped(t.cmd("curl", ["-fsSL", "https://x.tgz"]), 1), t.cmd("tar", ["-xz"])])
	count(policy.deny) == 0 with input as t.runs([t.cmd("curl", ["-fsSLo", "/tmp/i.sh", "https://x.sh"]), t.cmd("sh", ["/tmp/i.sh"])])
}

test_unknown_commands_pass if {
	count(policy.deny) == 0 with input as t.df([t.instr(0, 0, "run", {"commands_known": false})], [t.stage(0, {})])
}

test_interpreter_reading_stdin_fails if {
	count(policy.deny) == 1 with input as t.runs([t.piped(t.cmd("curl", ["-fsSL", "https://x.py"]), 1), t.cmd("python3", ["-"])])
	count(policy.deny) == 1 with input as t.runs([t.piped(t.cmd("curl", ["-fsSL", "https://x.py"]), 1), t.cmd("python3", ["-u"])])
}

# Data piped into a program given on the command line is data, not code.
test_inline_program_passes if {
	count(policy.deny) == 0 with input as t.runs([t.piped(t.cmd("curl", ["-fsSL", "https://api/latest"]), 1), t.cmd("python3", ["-c", "import sys, json; print(json.load(sys.stdin))"])])
	count(policy.deny) == 0 with input as t.runs([t.piped(t.cmd("curl", ["-fsSL", "https://x.json"]), 1), t.cmd("node", ["-e", "process.stdin.pipe(process.stdout)"])])
	count(policy.deny) == 0 with input as t.runs([t.piped(t.cmd("curl", ["-fsSL", "https://x.tgz"]), 1), t.cmd("sh", ["-c", "tar xz -C /opt"])])
}
