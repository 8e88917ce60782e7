package shipgate.aws.ecr_lifecycle_policy_test

import data.shipgate.aws.ecr_lifecycle_policy as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Images/Properties/LifecyclePolicy/LifecyclePolicyText"

deny_for(p) := r if {
	repo := object.union(t.res("Images", "AWS::ECR::Repository"), {"lifecycle_policy": t.k("LifecyclePolicy.LifecyclePolicyText", p)})
	r := policy.deny with input as t.aws("ecr", "repositories", [repo])
}

test_fails_by_default if {
	deny_for(t.d(null, "/Resources/Images")) == {{
		"msg": `repository "Images" has no lifecycle policy (LifecyclePolicy.LifecyclePolicyText); add one with rules that expire old images`,
		"resource": "Images",
		"src": "/Resources/Images",
	}}
}

test_fails_when_empty if {
	count(deny_for(t.w(" ", attr))) == 1
}

test_passes_with_policy if {
	count(deny_for(t.w(`{"rules": []}`, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
