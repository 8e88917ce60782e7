# METADATA
# title: Buildspec runs tests without a reports section
# description: >-
#   Without a reports section CodeBuild keeps no test report: failures are only in the
#   log, and there is no history of results, durations or flaky tests in the console.
#   The advisory reports the first test command (pytest, go test, npm test, mvn test,
#   gradle test, dotnet test, jest, …) of a buildspec that has no reports.
# custom:
#   id: BUILDSPEC-013
#   severity: info
#   input: buildspec
#   remediation: |
#     Write results in a format CodeBuild reads (JUnit XML, Cucumber JSON, TestNG, NUnit,
#     Visual Studio TRX) and declare a report group.
#
#     ```yaml
#     phases:
#       build:
#         commands:
#           - pytest --junitxml=reports/junit.xml
#     reports:
#       unit-tests:
#         files:
#           - 'reports/junit.xml'
#         file-format: JUNITXML
#     ```
#   frameworks: ["devops ci-cd"]
package shipgate.buildspec.tests_without_reports

import data.shipgate.lib.buildspec as bs

warn contains bs.result(msg, first.s) if {
	count(input.buildspec.reports) == 0
	tests := [{"key": key, "s": s, "what": what} |
		some [c, s] in bs.simple_commands
		what := runs_tests(s)
		key := sprintf("%s/%08d/%s", [phase_key(c), c.index, s.src])
	]
	count(tests) > 0
	first := [x | some x in tests; x.key == min({y.key | some y in tests})][0]
	msg := sprintf("%q runs tests, but the buildspec has no reports section, so CodeBuild keeps no test report%s; write JUnit XML (or another supported format) and declare it under reports", [first.what, bs.where])
}

phase_key(c) := sprintf("%d%d", [{"install": 0, "pre_build": 1, "build": 2, "post_build": 3}[c.phase], {"commands": 0, "finally": 1}[c.section]])

runs_tests(s) := s.name if s.name in {"pytest", "jest", "mocha", "vitest", "phpunit", "rspec", "tox", "nosetests", "karma"}

runs_tests(s) := concat(" ", [s.name, s.args[0].value]) if {
	some [tool, verbs] in [
		["go", {"test"}],
		["npm", {"test", "t"}],
		["yarn", {"test"}],
		["pnpm", {"test"}],
		["mvn", {"test", "verify"}],
		["gradle", {"test", "check"}],
		["gradlew", {"test", "check"}],
		["dotnet", {"test"}],
		["cargo", {"test"}],
		["make", {"test", "check"}],
		["bundle", {"exec"}],
	]
	s.name == tool
	s.args[0].value in verbs
	not bundle_other(s)
}

runs_tests(s) := concat(" ", [s.name, "-m", "pytest"]) if {
	s.name in {"python", "python3"}
	some i, a in s.args
	a.value == "-m"
	s.args[i + 1].value in {"pytest", "unittest"}
}

runs_tests(s) := concat(" ", [s.name, "run", s.args[1].value]) if {
	s.name in {"npm", "yarn", "pnpm"}
	s.args[0].value == "run"
	regex.match(`^test(:|$)`, s.args[1].value)
}

bundle_other(s) if {
	s.name == "bundle"
	not s.args[1].value in {"rspec", "rake"}
}
