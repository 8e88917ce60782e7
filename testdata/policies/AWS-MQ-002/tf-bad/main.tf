variable "broker_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" { # expect: AWS-MQ-002
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"

  user {
    username = "app"
    password = var.broker_password
  }

}

resource "aws_mq_broker" "invoices" {
  broker_name        = "invoices"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"

  user {
    username = "app"
    password = var.broker_password
  }
  logs {
    general = true
    audit   = false # expect: AWS-MQ-002
  }
}

