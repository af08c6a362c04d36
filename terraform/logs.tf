resource "aws_cloudwatch_log_group" "sqlassist" {
  name              = "/ecs/${var.name}"
  retention_in_days = var.log_retention_days
}
