resource "aws_emr_security_configuration" "both" {
  name = "both"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = false
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration        = { EncryptionMode = "SSE-S3" }
        LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = "AwsKms", AwsKmsKey = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
      }
    }
  })
}

variable "at_rest_config" {
  type = any
}

# The at-rest part is the caller's: unknown.
resource "aws_emr_security_configuration" "given" {
  name = "given"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption        = true
      EnableInTransitEncryption     = false
      AtRestEncryptionConfiguration = var.at_rest_config
    }
  })
}
