variable "broker_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"

  user {
    username = "app"
    password = var.broker_password
  }
  publicly_accessible = true # expect: AWS-MQ-001

  logs {
    audit   = true
    general = true
  }
}

