module "uploads" {
  source  = "acme/bucket/aws"
  version = "1.2.0"

  name          = "acme-uploads"
  force_destroy = true
}

module "not_downloaded" {
  source = "git::https://example.com/modules/queue.git"
}
