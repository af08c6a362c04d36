locals {
  athena_workgroup_name = var.athena_workgroup_name != "" ? var.athena_workgroup_name : var.name
}

resource "aws_athena_workgroup" "sqlassist" {
  name          = local.athena_workgroup_name
  description   = "sqlassist: approved, read-only queries"
  state         = "ENABLED"
  force_destroy = var.bucket_force_destroy

  configuration {
    # Clients cannot override the output location, encryption or the scan cutoff.
    enforce_workgroup_configuration    = true
    publish_cloudwatch_metrics_enabled = true
    bytes_scanned_cutoff_per_query     = var.athena_bytes_scanned_cutoff_per_query

    engine_version {
      selected_engine_version = "Athena engine version 3"
    }

    result_configuration {
      output_location = "s3://${aws_s3_bucket.results.bucket}/athena-output/"

      encryption_configuration {
        encryption_option = var.results_kms_key_arn != "" ? "SSE_KMS" : "SSE_S3"
        kms_key_arn       = var.results_kms_key_arn != "" ? var.results_kms_key_arn : null
      }
    }
  }
}
