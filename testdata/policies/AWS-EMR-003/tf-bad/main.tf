resource "aws_emr_security_configuration" "s3_only" {
  name = "s3-only"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = false
      AtRestEncryptionConfiguration = { # expect: AWS-EMR-003
        S3EncryptionConfiguration = { EncryptionMode = "SSE-S3" }
      }
    }
  })
}
