variable "broker_password" {
  type      = string
  sensitive = true
}

variable "audit" {
  type = bool
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
  logs {
    audit   = true
    general = true
  }
}

resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"

  user {
    username = "app"
    password = var.broker_password
  }
  logs {
    general = true
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
    audit   = var.audit
  }
}

