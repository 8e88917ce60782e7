resource "aws_workspaces_workspace" "analyst" { # expect: AWS-WORKSPACES-002
  directory_id = "d-0123456789"
  bundle_id    = "wsb-0123456789"
  user_name    = "analyst"

  user_volume_encryption_enabled = true
}

resource "aws_workspaces_workspace" "designer" {
  directory_id = "d-0123456789"
  bundle_id    = "wsb-0123456789"
  user_name    = "designer"

  root_volume_encryption_enabled = false # expect: AWS-WORKSPACES-002
  user_volume_encryption_enabled = true
}
