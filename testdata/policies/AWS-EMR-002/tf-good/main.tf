resource "aws_emr_security_configuration" "encrypted" {
  name = "encrypted"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = true
      AtRestEncryptionConfiguration = {
        LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = "AwsKms", AwsKmsKey = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
      }
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = { CertificateProviderType = "PEM", S3Object = "s3://emr-certificates/certs.zip" }
      }
    }
  })
}

data "aws_ssm_parameter" "emr_config" {
  name = "/emr/security-configuration"
}

# The whole configuration comes from elsewhere: nothing can be known.
resource "aws_emr_security_configuration" "shared" {
  name          = "shared"
  configuration = data.aws_ssm_parameter.emr_config.value
}
