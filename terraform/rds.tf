# Optional Aurora Serverless v2 PostgreSQL for pending threads and the audit trail (the cluster profile): with it,
# pending threads survive task replacement and desired_count may exceed 1. The master password is generated and
# rotated by RDS in Secrets Manager (manage_master_user_password); the task gets it through the "secrets" block.

resource "aws_db_subnet_group" "pending" {
  count = var.pending_store_enabled ? 1 : 0

  name       = "${var.name}-pending"
  subnet_ids = var.subnet_ids
}

resource "aws_security_group" "pending_db" {
  count = var.pending_store_enabled ? 1 : 0

  name        = "${var.name}-pending-db"
  description = "sqlassist pending-thread database: PostgreSQL from the service's security groups only"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "pending_db" {
  for_each = var.pending_store_enabled ? toset(var.security_group_ids) : toset([])

  security_group_id            = aws_security_group.pending_db[0].id
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "PostgreSQL from sqlassist tasks"
}

resource "aws_rds_cluster" "pending" {
  count = var.pending_store_enabled ? 1 : 0

  cluster_identifier          = "${var.name}-pending"
  engine                      = "aurora-postgresql"
  engine_mode                 = "provisioned"
  engine_version              = var.db_engine_version
  database_name               = "sqlassist"
  master_username             = "sqlassist"
  manage_master_user_password = true
  storage_encrypted           = true
  db_subnet_group_name        = aws_db_subnet_group.pending[0].name
  vpc_security_group_ids      = [aws_security_group.pending_db[0].id]
  backup_retention_period     = var.db_backup_retention_days
  deletion_protection         = var.db_deletion_protection
  copy_tags_to_snapshot       = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = "${var.name}-pending-final"

  serverlessv2_scaling_configuration {
    min_capacity = var.db_min_capacity
    max_capacity = var.db_max_capacity
  }

  lifecycle {
    precondition {
      condition     = var.db_max_capacity >= var.db_min_capacity
      error_message = "db_max_capacity must be >= db_min_capacity."
    }
  }
}

resource "aws_rds_cluster_instance" "pending" {
  count = var.pending_store_enabled ? 1 : 0

  identifier          = "${var.name}-pending-1"
  cluster_identifier  = aws_rds_cluster.pending[0].id
  instance_class      = "db.serverless"
  engine              = aws_rds_cluster.pending[0].engine
  engine_version      = aws_rds_cluster.pending[0].engine_version
  publicly_accessible = false
}

locals {
  pending_jdbc_url = var.pending_store_enabled ? "jdbc:postgresql://${aws_rds_cluster.pending[0].endpoint}:${aws_rds_cluster.pending[0].port}/${aws_rds_cluster.pending[0].database_name}?sslmode=require" : ""
}
