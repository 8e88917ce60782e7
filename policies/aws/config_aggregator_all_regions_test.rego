package shipgate.aws.config_aggregator_all_regions_test

import data.shipgate.aws.config_aggregator_all_regions as policy
import data.shipgate.lib.testing as t

org_attr := "/Resources/Aggregator/Properties/OrganizationAggregationSource/AllAwsRegions"

deny_for(declared, org_all, accounts) := r if {
	a := object.union(t.res("Aggregator", "AWS::Config::ConfigurationAggregator"), {
		"organization_source": {
			"declared": t.k("OrganizationAggregationSource", declared),
			"all_regions": t.k("OrganizationAggregationSource.AllAwsRegions", org_all),
		},
		"account_sources": [{"src": "/Resources/Aggregator/Properties/AccountAggregationSources/0", "all_regions": t.k("AccountAggregationSources[].AllAwsRegions", x)} | some x in accounts],
	})
	r := policy.deny with input as t.aws("config", "aggregators", [a])
}

test_fails_for_organization_source if {
	deny_for(t.w(true, "/o"), t.d(false, "/Resources/Aggregator/Properties/OrganizationAggregationSource"), []) == {{
		"msg": `configuration aggregator "Aggregator" aggregates only some regions of the organization (OrganizationAggregationSource.AllAwsRegions is not true); set it to true`,
		"resource": "Aggregator",
		"src": "/Resources/Aggregator/Properties/OrganizationAggregationSource",
	}}
}

test_fails_for_account_source if {
	src := "/Resources/Aggregator/Properties/AccountAggregationSources/0/AllAwsRegions"
	r := deny_for(t.d(false, "/x"), t.d(false, "/x"), [t.w(false, src)])
	count(r) == 1
	some f in r
	f.src == src
}

test_passes if {
	count(deny_for(t.w(true, "/o"), t.w(true, org_attr), [])) == 0
	count(deny_for(t.d(false, "/x"), t.d(false, "/x"), [t.w(true, "/a")])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.w(true, "/o"), t.u(org_attr), [t.u("/a")])) == 0
}
