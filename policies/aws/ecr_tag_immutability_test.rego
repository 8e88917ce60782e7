package shipgate.aws.ecr_tag_immutability_test

import data.shipgate.aws.ecr_tag_immutability as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Images/Properties/ImageTagMutability"

deny_for(m) := r if {
	repo := object.union(t.res("Images", "AWS::ECR::Repository"), {"tag_mutability": t.k("ImageTagMutability", m)})
	r := policy.deny with input as t.aws("ecr", "repositories", [repo])
}

test_fails_by_default if {
	deny_for(t.d("MUTABLE", "/Resources/Images")) == {{
		"msg": `repository "Images" has mutable image tags (ImageTagMutability is "MUTABLE"); set it to IMMUTABLE`,
		"resource": "Images",
		"src": "/Resources/Images",
	}}
}

test_fails_when_written_mutable if {
	count(deny_for(t.w("MUTABLE_WITH_EXCLUSION", attr))) == 1
	count(deny_for(t.w("mutable", attr))) == 1
}

test_passes_when_immutable if {
	count(deny_for(t.w("IMMUTABLE", attr))) == 0
	count(deny_for(t.w("IMMUTABLE_WITH_EXCLUSION", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
