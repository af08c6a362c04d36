# Secrets reach the container only through the task definition's "secrets" block (ECS reads them with the execution
# role at start): the Google Chat webhook URL from an existing Secrets Manager secret, and the Aurora user/password
# from the secret RDS manages (manage_master_user_password). No secret value is ever a Terraform variable or output.

# Fails the plan early when the webhook secret ARN does not exist.
data "aws_secretsmanager_secret" "google_chat_webhook" {
  count = var.google_chat_webhook_secret_arn != "" ? 1 : 0
  arn   = var.google_chat_webhook_secret_arn
}

locals {
  db_secret_arn = var.pending_store_enabled ? aws_rds_cluster.pending[0].master_user_secret[0].secret_arn : ""
  # The secret's full ARN, as Secrets Manager names it: a partial ARN (without the random suffix) is accepted by
  # the variable but matches nothing in an IAM policy, so the execution role would be denied the secret.
  webhook_secret_arn = var.google_chat_webhook_secret_arn != "" ? data.aws_secretsmanager_secret.google_chat_webhook[0].arn : ""

  injected_secret_arns = compact([
    local.webhook_secret_arn,
    local.db_secret_arn,
  ])

  # name -> valueFrom (a JSON key of a secret is "ARN:KEY::"); entries without a secret are left out.
  container_secrets = {
    for name, value_from in {
      SQLASSIST_NOTIFY_GOOGLE_CHAT_WEBHOOK_URL = local.webhook_secret_arn
      SQLASSIST_PENDING_USER                   = local.db_secret_arn != "" ? "${local.db_secret_arn}:username::" : ""
      SQLASSIST_PENDING_PASSWORD               = local.db_secret_arn != "" ? "${local.db_secret_arn}:password::" : ""
    } : name => value_from if value_from != ""
  }
}
