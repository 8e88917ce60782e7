variable "disable_encryption" {
  type = bool
}

resource "aws_s3_bucket" "reports" {
  bucket = "api-test-reports"
}

resource "aws_kms_key" "reports" {
  enable_key_rotation = true
}

resource "aws_codebuild_report_group" "tests" {
  name = "api-tests"
  type = "TEST"

  export_config {
    type = "S3"

    s3_destination {
      bucket         = aws_s3_bucket.reports.id
      encryption_key = aws_kms_key.reports.arn
    }
  }
}

resource "aws_codebuild_report_group" "coverage" {
  name = "api-coverage"
  type = "CODE_COVERAGE"

  export_config {
    type = "NO_EXPORT"
  }
}

# Unknown: a variable without a default.
resource "aws_codebuild_report_group" "integration" {
  name = "api-integration"
  type = "TEST"

  export_config {
    type = "S3"

    s3_destination {
      bucket              = aws_s3_bucket.reports.id
      encryption_key      = aws_kms_key.reports.arn
      encryption_disabled = var.disable_encryption
    }
  }
}
