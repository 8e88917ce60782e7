resource "aws_kms_key" "emr" {
  enable_key_rotation = true
}

resource "aws_emr_security_configuration" "encrypted" {
  name = "encrypted"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = false
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration        = { EncryptionMode = "SSE-KMS", AwsKmsKey = aws_kms_key.emr.arn }
        LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = "AwsKms", AwsKmsKey = aws_kms_key.emr.arn }
      }
    }
  })
}

variable "at_rest" {
  type = bool
}

resource "aws_emr_security_configuration" "chosen" {
  name = "chosen"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = var.at_rest
      EnableInTransitEncryption = false
    }
  })
}
