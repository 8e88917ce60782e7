resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}

data "aws_ssm_parameter" "reuse" {
  name = "/security/password-reuse"
}

# A count the scan cannot know.
resource "aws_iam_account_password_policy" "given" {
  password_reuse_prevention = data.aws_ssm_parameter.reuse.value
}
