# Two roles:
#   execution role - used by ECS itself: pull the image, write logs, read the secrets the task definition injects.
#   task role      - used by sqlassist: Glue (schemas), Athena (queries), S3 (results), SQS, Bedrock, the webhook secret.
# Every statement names its resources. AWS accepts only Resource "*" for these actions, and they are the only
# statements here without a resource ARN (docs/deploy.md lists them too; TerraformTest enforces the list):
#   - ecr:GetAuthorizationToken   (execution role; the registry login token is account-wide)
#   - lakeformation:GetDataAccess (task role; only when lake_formation_enabled)

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

# ---- Execution role ---------------------------------------------------------------------------------------------

resource "aws_iam_role" "execution" {
  name               = "${var.name}-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid       = "EcrAuthToken"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"] # AWS requires "*" for this action.
  }

  statement {
    sid = "EcrPull"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:GetDownloadUrlForLayer",
    ]
    resources = [aws_ecr_repository.sqlassist.arn]
  }

  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.sqlassist.arn}:*"]
  }

  dynamic "statement" {
    for_each = length(local.injected_secret_arns) > 0 ? [1] : []

    content {
      sid       = "InjectedSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = local.injected_secret_arns
    }
  }

  dynamic "statement" {
    for_each = var.secrets_kms_key_arn != "" ? [1] : []

    content {
      sid       = "SecretsKmsDecrypt"
      actions   = ["kms:Decrypt"]
      resources = [var.secrets_kms_key_arn]

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["secretsmanager.${var.region}.amazonaws.com"]
      }
    }
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "${var.name}-execution"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

# ---- Task role --------------------------------------------------------------------------------------------------

locals {
  glue_arn_prefix = "arn:${local.partition}:glue:${var.region}:${local.account_id}"
  glue_resource_arns = concat(
    ["${local.glue_arn_prefix}:catalog"],
    [for db in var.glue_databases : "${local.glue_arn_prefix}:database/${db}"],
    [for db in var.glue_databases : "${local.glue_arn_prefix}:table/${db}/*"],
  )

  # A cross-region inference profile id (us.anthropic...) routes to the foundation model in several regions: the
  # caller needs InvokeModel on the profile and on the model in each of those regions.
  bedrock_is_profile = can(regex("^[a-z-]+\\.anthropic\\.", var.bedrock_model_id))
  bedrock_base_model = local.bedrock_is_profile ? replace(var.bedrock_model_id, "/^[a-z-]+\\./", "") : var.bedrock_model_id
  bedrock_regions    = length(var.bedrock_model_regions) > 0 ? var.bedrock_model_regions : [var.region]
  bedrock_resource_arns = concat(
    local.bedrock_is_profile ? ["arn:${local.partition}:bedrock:${var.region}:${local.account_id}:inference-profile/${var.bedrock_model_id}"] : [],
    [for r in local.bedrock_regions : "arn:${local.partition}:bedrock:${r}::foundation-model/${local.bedrock_base_model}"],
  )

  results_objects_arn       = "${aws_s3_bucket.results.arn}/${local.results_prefix}/*"
  athena_output_objects_arn = "${aws_s3_bucket.results.arn}/${local.athena_output_prefix}/*"

  data_bucket_arns = [for a in var.data_s3_read_arns : a if !strcontains(a, "/")]
  data_object_arns = [for a in var.data_s3_read_arns : a if strcontains(a, "/")]
}

resource "aws_iam_role" "task" {
  name               = "${var.name}-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

data "aws_iam_policy_document" "task" {
  statement {
    sid = "GlueReadSchemas"
    actions = [
      "glue:GetDatabase",
      "glue:GetTable",
      "glue:GetTables",
      "glue:GetPartitions",
      "glue:BatchGetPartition", # Athena reads partitions of partitioned tables with it
    ]
    resources = local.glue_resource_arns
  }

  # Athena itself reads, and creates when it is missing, the catalog's "default" database on behalf of the caller
  # (Athena's fine-grained access rules for the Glue Data Catalog): without these a query fails with AccessDenied
  # even when every table it names is granted. Limited to that one database.
  statement {
    sid       = "AthenaDefaultDatabase"
    actions   = ["glue:GetDatabase", "glue:CreateDatabase"]
    resources = ["${local.glue_arn_prefix}:catalog", "${local.glue_arn_prefix}:database/default"]
  }

  statement {
    sid = "AthenaQueries"
    actions = [
      "athena:StartQueryExecution",
      "athena:GetQueryExecution",
      "athena:GetQueryResults",
      "athena:StopQueryExecution",
      "athena:GetWorkGroup", # at start: the workgroup must enforce its bytes-scanned cutoff
    ]
    resources = [aws_athena_workgroup.sqlassist.arn]
  }

  statement {
    sid       = "ResultsBucketLocation"
    actions   = ["s3:GetBucketLocation"]
    resources = [aws_s3_bucket.results.arn]
  }

  statement {
    sid       = "ResultsBucketList"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.results.arn]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values = [
        "${local.results_prefix}/*",
        "${local.athena_output_prefix}/*",
      ]
    }
  }

  # Results are only written (in parts when large; a failed upload is aborted): people open them with their own access.
  statement {
    sid       = "ResultsObjectsWrite"
    actions   = ["s3:PutObject", "s3:AbortMultipartUpload"]
    resources = [local.results_objects_arn]
  }

  # Presigned result links (results_link_minutes > 0) open only while their signer may read the object.
  dynamic "statement" {
    for_each = var.results_link_minutes > 0 ? [1] : []

    content {
      sid       = "ResultsObjectsReadForLinks"
      actions   = ["s3:GetObject"]
      resources = [local.results_objects_arn]
    }
  }

  # Athena writes its output with the caller's permissions, and the service reads every SELECT's rows from it.
  statement {
    sid = "AthenaOutputObjects"
    actions = [
      "s3:GetObject",
      "s3:PutObject",
      "s3:AbortMultipartUpload",
      "s3:ListMultipartUploadParts",
    ]
    resources = [local.athena_output_objects_arn]
  }

  dynamic "statement" {
    for_each = length(local.data_bucket_arns) > 0 ? [1] : []

    content {
      sid       = "DataBucketsRead"
      actions   = ["s3:GetBucketLocation", "s3:ListBucket"]
      resources = local.data_bucket_arns
    }
  }

  dynamic "statement" {
    for_each = length(local.data_object_arns) > 0 ? [1] : []

    content {
      sid       = "DataObjectsRead"
      actions   = ["s3:GetObject"]
      resources = local.data_object_arns
    }
  }

  # SSE-KMS data: Athena reads it with the task role, which may decrypt with its keys only through S3.
  dynamic "statement" {
    for_each = length(var.data_kms_key_arns) > 0 ? [1] : []

    content {
      sid       = "DataKmsDecrypt"
      actions   = ["kms:Decrypt"]
      resources = var.data_kms_key_arns

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["s3.${var.region}.amazonaws.com"]
      }
    }
  }

  # Results under a customer-managed key: writing needs a data key, reading (Athena's CSV of every SELECT) Decrypt.
  dynamic "statement" {
    for_each = var.results_kms_key_arn != "" ? [1] : []

    content {
      sid       = "ResultsKms"
      actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
      resources = [var.results_kms_key_arn]

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["s3.${var.region}.amazonaws.com"]
      }
    }
  }

  # The queues the service works (inbox, approval-response): it receives, extends visibility while it works, deletes.
  statement {
    sid = "QueuesWorked"
    actions = [
      "sqs:ReceiveMessage",
      "sqs:ChangeMessageVisibility",
      "sqs:DeleteMessage",
      "sqs:GetQueueUrl",
    ]
    resources = [for q in aws_sqs_queue.main : q.arn]
  }

  # The queues it only sends to: approval requests and results (read by people's clients) and the dead-letter queues.
  statement {
    sid       = "QueuesSentTo"
    actions   = ["sqs:SendMessage", "sqs:GetQueueUrl"]
    resources = concat([for q in aws_sqs_queue.notify : q.arn], [for q in aws_sqs_queue.dlq : q.arn])
  }

  # The Converse API is authorised by bedrock:InvokeModel; the service never streams (ConverseStream).
  statement {
    sid       = "BedrockInvoke"
    actions   = ["bedrock:InvokeModel"]
    resources = local.bedrock_resource_arns
  }

  # No Secrets Manager grant here: ECS injects the webhook URL with the execution role; the service never reads it.

  dynamic "statement" {
    for_each = var.lake_formation_enabled ? [1] : []

    content {
      sid       = "LakeFormationDataAccess"
      actions   = ["lakeformation:GetDataAccess"]
      resources = ["*"] # AWS requires "*" for this action.
    }
  }
}

resource "aws_iam_role_policy" "task" {
  name   = "${var.name}-task"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.task.json
}
