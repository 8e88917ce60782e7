package shipgate.buildspec.tests_without_reports_test

import data.shipgate.buildspec.testing as t
import data.shipgate.buildspec.tests_without_reports as policy

warn_for(commands, reports) := r if {
	r := policy.warn with input as t.input_of({"reports": reports, "phases": [t.phase("build", commands, {})]})
}

test_warns_on_first_test_command if {
	warn_for([t.cmd("build", 0, [["npm", "ci"]]), t.cmd("build", 1, [["npm", "test"]]), t.cmd("build", 2, [["go", "test", "./..."]])], []) == {{
		"msg": `"npm test" runs tests, but the buildspec has no reports section, so CodeBuild keeps no test report; write JUnit XML (or another supported format) and declare it under reports`,
		"src": "/phases/build/commands/1/cmd/0",
	}}
	count(warn_for([t.cmd("build", 0, [["python", "-m", "pytest", "-q"]])], [])) == 1
	count(warn_for([t.cmd("build", 0, [["./gradlew", "test"]])], [])) == 1
}

test_passes_with_reports_or_without_tests if {
	count(warn_for([t.cmd("build", 0, [["pytest"]])], [{"name": "unit", "src": "/reports/unit", "files": [], "base_directory": null, "file_format": null}])) == 0
	count(warn_for([t.cmd("build", 0, [["npm", "run", "build"]])], [])) == 0
	count(warn_for([t.cmd("build", 0, [["go", "build", "./..."]])], [])) == 0
}

test_unparsed_commands_do_not_fire if {
	count(warn_for([t.unparsed("build", 0, "pytest")], [])) == 0
}
