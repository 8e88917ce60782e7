package shipgate.aws.ec2_user_data_secrets_test

import data.shipgate.aws.ec2_user_data_secrets as policy
import data.shipgate.lib.testing as t

instance(text) := object.union(t.res("App", "AWS::EC2::Instance"), {"user_data_text": t.k("UserData", text)})

deny_for(x) := r if {
	r := policy.deny with input as {"aws": {"ec2": {"instances": [x], "launch_templates": []}, "autoscaling": {"launch_configurations": []}}}
}

src := "/Resources/App/Properties/UserData"

test_fails_on_access_key if {
	script := "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPL1\naws s3 sync s3://bucket /srv\n"
	deny_for(instance(t.w(script, src))) == {{
		"msg": `instance "App" has an AWS access key id in its user data (UserData); give the instance a role or read the secret at boot from Secrets Manager, and rotate it`,
		"resource": "App",
		"src": src,
	}}
	count(deny_for(instance(t.w("#!/bin/bash\ncat > /root/.ssh/id_rsa <<EOF\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\nEOF\n", src)))) == 1
}

test_passes if {
	count(deny_for(instance(t.w("#!/bin/bash\nyum install -y httpd\n", src)))) == 0
	count(deny_for(instance(t.w("#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${AccessKey}\n", src)))) == 0
	count(deny_for(instance(t.d(null, "/Resources/App")))) == 0

	# the documentation's example key
	count(deny_for(instance(t.w("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n", src)))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(instance(t.u(src)))) == 0
}
