resource "aws_s3_bucket" "reports" {
  bucket = "api-test-reports"
}

resource "aws_codebuild_report_group" "tests" {
  name = "api-tests"
  type = "TEST"

  export_config {
    type = "S3"

    s3_destination {
      bucket              = aws_s3_bucket.reports.id
      packaging           = "ZIP"
      encryption_disabled = true # expect: AWS-CODEBUILD-011
    }
  }
}
