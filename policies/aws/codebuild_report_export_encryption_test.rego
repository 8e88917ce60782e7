package shipgate.aws.codebuild_report_export_encryption_test

import data.shipgate.aws.codebuild_report_export_encryption as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Reports/Properties/ExportConfig/S3Destination/EncryptionDisabled"

deny_for(typ, disabled) := r if {
	g := object.union(t.res("Reports", "AWS::CodeBuild::ReportGroup"), {
		"export_type": t.k("ExportConfig.ExportConfigType", typ),
		"encryption_disabled": t.k("ExportConfig.S3Destination.EncryptionDisabled", disabled),
	})
	r := policy.deny with input as t.aws("codebuild", "report_groups", [g])
}

test_fails_when_unencrypted if {
	deny_for(t.w("S3", "/x"), t.w(true, attr)) == {{
		"msg": `report group "Reports" exports its reports to S3 unencrypted (ExportConfig.S3Destination.EncryptionDisabled is true); turn export encryption back on`,
		"resource": "Reports",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.w("S3", "/x"), t.w(false, attr))) == 0
	count(deny_for(t.w("S3", "/x"), t.d(false, "/y"))) == 0
	count(deny_for(t.w("NO_EXPORT", "/x"), t.w(true, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.w("S3", "/x"), t.u(attr))) == 0
	count(deny_for(t.u("/x"), t.w(true, attr))) == 0
}
