resource "aws_emr_security_configuration" "transit_only" {
  name = "transit-only"
  configuration = jsonencode({
    EncryptionConfiguration = { # expect: AWS-EMR-001
      EnableInTransitEncryption = true
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = { CertificateProviderType = "PEM", S3Object = "s3://emr-certificates/certs.zip" }
      }
    }
  })
}

resource "aws_emr_security_configuration" "disabled" {
  name = "disabled"
  # expect-next-line: AWS-EMR-001
  configuration = <<EOF
{
  "EncryptionConfiguration": {
    "EnableAtRestEncryption": false,
    "EnableInTransitEncryption": false
  }
}
EOF
}
