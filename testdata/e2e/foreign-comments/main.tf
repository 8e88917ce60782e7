resource "aws_s3_bucket" "site" {
  #checkov:skip=CKV_AWS_21:static site content is regenerated on every deploy
  bucket = "site"
}

#trivy:ignore:AVD-AWS-0090
resource "aws_s3_bucket" "assets" {
  bucket = "assets"
}

# kics-scan ignore-block
resource "aws_cloudwatch_log_group" "app" {
  name = "app"
}

#trivy:ignore:AVD-AWS-0090:exp:2021-01-01
resource "aws_s3_bucket" "old" {
  bucket = "old"
}
