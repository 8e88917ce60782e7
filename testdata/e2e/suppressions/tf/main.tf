# shipgate:ignore AWS-S3-003 exp:2099-01-01 the module's bucket holds reproducible caches
module "cache" {
  source = "./modules/store"
  name   = "cache"
}

module "assets" {
  source = "./modules/store"
  name   = "assets"
}

// shipgate:ignore * retention is set by an organisation-wide policy
resource "aws_cloudwatch_log_group" "app" {
  name = "app" # shipgate:ignore AWS-S3-001 reason on a line without findings
}
