resource "aws_emr_security_configuration" "at_rest_only" {
  name = "at-rest-only"
  configuration = jsonencode({
    EncryptionConfiguration = { # expect: AWS-EMR-002
      EnableAtRestEncryption = true
      AtRestEncryptionConfiguration = {
        LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = "AwsKms", AwsKmsKey = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
      }
    }
  })
}

resource "aws_emr_security_configuration" "disabled" {
  name = "disabled"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = false # expect: AWS-EMR-002
      AtRestEncryptionConfiguration = {
        LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = "AwsKms", AwsKmsKey = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
      }
    }
  })
}
