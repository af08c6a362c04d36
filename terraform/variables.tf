# ---- Where and what --------------------------------------------------------------------------------------------

variable "region" {
  type        = string
  description = "AWS region for every resource, e.g. eu-west-1."

  validation {
    condition     = can(regex("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+$", var.region))
    error_message = "region must look like eu-west-1 or us-gov-west-1."
  }
}

variable "name" {
  type        = string
  description = "Name prefix for every resource (queues become NAME-inbox, NAME-inbox-dlq, ...)."
  default     = "sqlassist"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}[a-z0-9]$", var.name))
    error_message = "name must be 3-32 lower-case letters, digits or '-', starting with a letter."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource."
  default     = {}
}

# ---- Network (existing VPC; nothing here creates one) -----------------------------------------------------------

variable "vpc_id" {
  type        = string
  description = "Existing VPC the task (and the optional Aurora cluster) run in."

  validation {
    condition     = can(regex("^vpc-[0-9a-f]{8,17}$", var.vpc_id))
    error_message = "vpc_id must be a VPC id (vpc-...)."
  }
}

variable "subnet_ids" {
  type        = list(string)
  description = "Subnets for the Fargate task (private subnets with a NAT gateway or VPC endpoints for SQS, S3, Glue, Athena, Bedrock, ECR, CloudWatch Logs and Secrets Manager). Aurora uses them too, so give at least two AZs when pending_store_enabled."

  validation {
    condition     = length(var.subnet_ids) > 0 && alltrue([for s in var.subnet_ids : can(regex("^subnet-[0-9a-f]{8,17}$", s))])
    error_message = "subnet_ids must be a non-empty list of subnet ids (subnet-...)."
  }
}

variable "security_group_ids" {
  type        = list(string)
  description = "Security groups for the Fargate task. They need outbound HTTPS (443) to the AWS APIs and, with pending_store_enabled, outbound TCP 5432 to the database (whose security group this module opens to them); nothing connects inbound."

  validation {
    condition     = length(var.security_group_ids) > 0 && alltrue([for s in var.security_group_ids : can(regex("^sg-[0-9a-f]{8,17}$", s))])
    error_message = "security_group_ids must be a non-empty list of security group ids (sg-...)."
  }
}

variable "assign_public_ip" {
  type        = bool
  description = "Give the task a public IP (only for public subnets without NAT; private subnets are preferred)."
  default     = false
}

# ---- Image and task ---------------------------------------------------------------------------------------------

variable "ecr_repository_name" {
  type        = string
  description = "Name of the ECR repository deploy.sh pushes to."
  default     = "sqlassist"

  validation {
    condition     = can(regex("^[a-z0-9]+([._/-][a-z0-9]+)*$", var.ecr_repository_name)) && length(var.ecr_repository_name) <= 256
    error_message = "ecr_repository_name must be a valid ECR repository name (lower case, digits, . _ - /)."
  }
}

variable "ecr_image_tag_mutability" {
  type        = string
  description = "MUTABLE or IMMUTABLE image tags. deploy.sh tags by git commit and reuses an image already pushed under that tag, so IMMUTABLE works, also when deploy.sh runs twice for one commit."
  default     = "IMMUTABLE"

  validation {
    condition     = contains(["MUTABLE", "IMMUTABLE"], var.ecr_image_tag_mutability)
    error_message = "ecr_image_tag_mutability must be MUTABLE or IMMUTABLE."
  }
}

variable "ecr_keep_images" {
  type        = number
  description = "How many tagged images the ECR lifecycle policy keeps (untagged ones expire after 7 days)."
  default     = 30

  validation {
    condition     = var.ecr_keep_images >= 1 && floor(var.ecr_keep_images) == var.ecr_keep_images
    error_message = "ecr_keep_images must be a whole number >= 1."
  }
}

variable "ecr_force_delete" {
  type        = bool
  description = "Let terraform destroy delete the ECR repository even when it still holds images."
  default     = false
}

variable "image_tag" {
  type        = string
  description = "Image tag the task definition runs: the tag deploy.sh printed (the short git commit)."

  validation {
    condition     = can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", var.image_tag))
    error_message = "image_tag must be a valid Docker tag (letters, digits, _ . -; at most 128 characters)."
  }
}

variable "cpu_architecture" {
  type        = string
  description = "X86_64 or ARM64; must match the image deploy.sh built (its --platform, linux/amd64 by default)."
  default     = "X86_64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

variable "task_cpu" {
  type        = number
  description = "Fargate task CPU units (512 = 0.5 vCPU; the image's JVM flags are tuned for 0.5 vCPU / 1 GB)."
  default     = 512

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096], var.task_cpu)
    error_message = "task_cpu must be one of 256, 512, 1024, 2048, 4096."
  }
}

variable "task_memory" {
  type        = number
  description = "Fargate task memory in MiB (must be a valid combination with task_cpu)."
  default     = 1024

  validation {
    condition     = var.task_memory >= 512 && var.task_memory <= 30720
    error_message = "task_memory must be between 512 and 30720 MiB."
  }
}

variable "desired_count" {
  type        = number
  description = "Running copies of the service. 0 stops it; more than 1 needs pending_store_enabled (shared PostgreSQL)."
  default     = 1

  validation {
    condition     = var.desired_count >= 0 && floor(var.desired_count) == var.desired_count
    error_message = "desired_count must be a whole number >= 0."
  }
}

variable "container_insights" {
  type        = bool
  description = "Turn on CloudWatch Container Insights for the ECS cluster (extra cost)."
  default     = false
}

variable "log_retention_days" {
  type        = number
  description = "Days CloudWatch Logs keeps the service logs."
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653."
  }
}

variable "extra_environment" {
  type        = map(string)
  description = "More environment variables for the container (e.g. SQLASSIST_APPROVAL_APPROVERS). Never put secrets here."
  default     = {}

  validation {
    condition     = alltrue([for k in keys(var.extra_environment) : can(regex("^[A-Z][A-Z0-9_]*$", k)) && !can(regex("WEBHOOK|PASSWORD|SECRET|TOKEN", k))])
    error_message = "extra_environment keys must be upper-case env names and must not be secrets (WEBHOOK, PASSWORD, SECRET, TOKEN)."
  }
}

# ---- Queues -----------------------------------------------------------------------------------------------------

variable "max_receive_count" {
  type        = number
  description = "Receives before SQS moves a message to its dead-letter queue."
  default     = 5

  validation {
    condition     = var.max_receive_count >= 1 && var.max_receive_count <= 1000
    error_message = "max_receive_count must be between 1 and 1000."
  }
}

variable "inbox_visibility_timeout_seconds" {
  type        = number
  description = "Visibility timeout of the inbox: longer than one generation (Bedrock calls with retries, validation, dry run)."
  default     = 600

  validation {
    condition     = var.inbox_visibility_timeout_seconds >= 30 && var.inbox_visibility_timeout_seconds <= 43200
    error_message = "inbox_visibility_timeout_seconds must be between 30 and 43200."
  }
}

variable "approval_response_visibility_timeout_seconds" {
  type        = number
  description = "Visibility timeout of the approval-response queue: longer than a query may run (sqlassist.query.timeout-seconds, 300) plus writing the result."
  default     = 900

  validation {
    condition     = var.approval_response_visibility_timeout_seconds >= 30 && var.approval_response_visibility_timeout_seconds <= 43200
    error_message = "approval_response_visibility_timeout_seconds must be between 30 and 43200."
  }
}

variable "message_retention_seconds" {
  type        = number
  description = "How long the main queues keep a message (dead-letter queues keep them 14 days)."
  default     = 345600

  validation {
    condition     = var.message_retention_seconds >= 60 && var.message_retention_seconds <= 1209600
    error_message = "message_retention_seconds must be between 60 and 1209600 (14 days)."
  }
}

# ---- Results bucket and Athena ----------------------------------------------------------------------------------

variable "results_bucket_name" {
  type        = string
  description = "Name of the results bucket; empty means NAME-results-ACCOUNT-REGION."
  default     = ""

  validation {
    condition     = var.results_bucket_name == "" || can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.results_bucket_name))
    error_message = "results_bucket_name must be empty or a valid S3 bucket name."
  }
}

variable "results_prefix" {
  type        = string
  description = "Prefix in the bucket under which each thread's result.csv and metadata.json land (PREFIX/THREAD_ID/)."
  default     = "results"

  validation {
    condition     = can(regex("^[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9_.-]+)*$", var.results_prefix)) && var.results_prefix != "athena-output"
    error_message = "results_prefix must be a relative S3 prefix without leading or trailing '/', and not athena-output."
  }
}

variable "results_expiration_days" {
  type        = number
  description = "Days after which result files expire."
  default     = 30

  validation {
    condition     = var.results_expiration_days >= 1
    error_message = "results_expiration_days must be >= 1."
  }
}

variable "athena_output_expiration_days" {
  type        = number
  description = "Days after which Athena's own query output (athena-output/) expires."
  default     = 7

  validation {
    condition     = var.athena_output_expiration_days >= 1
    error_message = "athena_output_expiration_days must be >= 1."
  }
}

variable "bucket_force_destroy" {
  type        = bool
  description = "Let terraform destroy empty the results bucket (and the Athena workgroup's history)."
  default     = false
}

variable "athena_workgroup_name" {
  type        = string
  description = "Athena workgroup to create; empty means NAME."
  default     = ""

  validation {
    condition     = var.athena_workgroup_name == "" || can(regex("^[A-Za-z0-9._-]{1,128}$", var.athena_workgroup_name))
    error_message = "athena_workgroup_name must be empty or 1-128 letters, digits, '.', '_' or '-'."
  }
}

variable "athena_bytes_scanned_cutoff_per_query" {
  type        = number
  description = "Athena cancels a query that scans more than this many bytes (minimum 10 MB = 10485760). Default 10 GiB."
  default     = 10737418240

  validation {
    condition     = var.athena_bytes_scanned_cutoff_per_query >= 10485760
    error_message = "athena_bytes_scanned_cutoff_per_query must be at least 10485760 (10 MB), Athena's minimum."
  }
}

variable "glue_databases" {
  type        = list(string)
  description = "Glue Data Catalog databases the assistant may read schemas of and query (also the allowed databases of the SQL validation)."

  validation {
    condition     = length(var.glue_databases) > 0 && alltrue([for d in var.glue_databases : can(regex("^[a-z0-9_-]{1,255}$", d))])
    error_message = "glue_databases must be a non-empty list of lower-case Glue database names."
  }
}

variable "data_s3_read_arns" {
  type        = list(string)
  description = "S3 ARNs where the tables of glue_databases keep their data, for Athena to read with the task role: bucket ARNs (arn:aws:s3:::my-lake) and object ARNs (arn:aws:s3:::my-lake/sales/*). Read-only."
  default     = []

  validation {
    condition     = alltrue([for a in var.data_s3_read_arns : can(regex("^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]+[a-z0-9](/.*)?$", a))])
    error_message = "data_s3_read_arns must hold S3 bucket or object ARNs (arn:aws:s3:::BUCKET[/PREFIX*]); a bare \"*\" is not allowed."
  }
}

variable "data_kms_key_arns" {
  type        = list(string)
  description = "KMS keys that encrypt the data in data_s3_read_arns (SSE-KMS): the task role may decrypt with them, through S3 only. Empty: the data uses SSE-S3 or no encryption."
  default     = []

  validation {
    condition     = alltrue([for k in var.data_kms_key_arns : can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[0-9a-f-]+$", k))])
    error_message = "data_kms_key_arns must hold KMS key ARNs (arn:aws:kms:REGION:ACCOUNT:key/ID)."
  }
}

variable "results_kms_key_arn" {
  type        = string
  description = "A customer-managed KMS key for the results bucket: the bucket, Athena's output and sqlassist's results use SSE-KMS with it, and the task role may use it through S3. Empty: SSE-S3."
  default     = ""

  validation {
    condition     = var.results_kms_key_arn == "" || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[0-9a-f-]+$", var.results_kms_key_arn))
    error_message = "results_kms_key_arn must be empty or a KMS key ARN."
  }
}

variable "results_link_minutes" {
  type        = number
  description = "What Google Chat result cards link: 0, the S3 console's page (opens with the reader's own AWS access); N, a presigned HTTPS link to result.csv and chart.png valid N minutes (at most 10080) or until the task role's credentials expire, whichever is first. Above 0 the task role may read the results prefix, which signing needs: anyone holding a link reads the result."
  default     = 0

  validation {
    condition     = var.results_link_minutes >= 0 && var.results_link_minutes <= 10080 && floor(var.results_link_minutes) == var.results_link_minutes
    error_message = "results_link_minutes must be a whole number from 0 to 10080 (7 days, SigV4's limit)."
  }
}

variable "lake_formation_enabled" {
  type        = bool
  description = "The Glue databases are governed by Lake Formation: grant lakeformation:GetDataAccess (AWS requires Resource \"*\" for it)."
  default     = false
}

# ---- Bedrock ----------------------------------------------------------------------------------------------------

variable "bedrock_model_id" {
  type        = string
  description = "Bedrock model id or cross-region inference profile id the generator calls (e.g. us.anthropic.claude-sonnet-4-20250514-v1:0). A us./eu./apac. profile serves its own geography only: it must match var.region, or the service refuses to start."
  default     = "us.anthropic.claude-sonnet-4-20250514-v1:0"

  validation {
    condition     = can(regex("^([a-z-]+\\.)?anthropic\\.claude-[A-Za-z0-9.:-]+$", var.bedrock_model_id))
    error_message = "bedrock_model_id must be an Anthropic Claude model id or inference profile id (e.g. us.anthropic.claude-...)."
  }
}

variable "bedrock_model_regions" {
  type        = list(string)
  description = "Regions the model may be served from. For an inference profile (us./eu./apac. prefix) list every region it routes to (e.g. us-east-1, us-east-2, us-west-2); empty means only var.region."
  default     = []

  validation {
    condition     = alltrue([for r in var.bedrock_model_regions : can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]+$", r))])
    error_message = "bedrock_model_regions must hold region names like us-east-1."
  }
}

# ---- Secrets ----------------------------------------------------------------------------------------------------

variable "google_chat_webhook_secret_arn" {
  type        = string
  description = "ARN of an existing Secrets Manager secret whose value is the Google Chat webhook URL (it holds a token). Empty: Google Chat notifications off. The URL itself is never a Terraform variable."
  default     = ""

  validation {
    condition     = var.google_chat_webhook_secret_arn == "" || can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$", var.google_chat_webhook_secret_arn))
    error_message = "google_chat_webhook_secret_arn must be empty or a Secrets Manager secret ARN (never the webhook URL itself)."
  }
}

variable "secrets_kms_key_arn" {
  type        = string
  description = "Customer-managed KMS key that encrypts the webhook secret, if any (empty: the AWS managed key)."
  default     = ""

  validation {
    condition     = var.secrets_kms_key_arn == "" || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[0-9a-f-]+$", var.secrets_kms_key_arn))
    error_message = "secrets_kms_key_arn must be empty or a KMS key ARN."
  }
}

# ---- Optional PostgreSQL for pending threads (cluster profile) ------------------------------------------------

variable "pending_store_enabled" {
  type        = bool
  description = "Create Aurora Serverless v2 PostgreSQL for pending threads and the audit trail, so they survive task replacement and several tasks can share them. Without it, pending threads live in the task's local H2 file and are lost when the task is replaced."
  default     = false
}

variable "db_engine_version" {
  type        = string
  description = "Aurora PostgreSQL engine version."
  default     = "16.6"

  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+$", var.db_engine_version))
    error_message = "db_engine_version must look like 16.6."
  }
}

variable "db_min_capacity" {
  type        = number
  description = "Aurora Serverless v2 minimum capacity in ACUs."
  default     = 0.5

  validation {
    condition     = var.db_min_capacity >= 0.5 && var.db_min_capacity <= 256
    error_message = "db_min_capacity must be between 0.5 and 256 ACUs."
  }
}

variable "db_max_capacity" {
  type        = number
  description = "Aurora Serverless v2 maximum capacity in ACUs (>= db_min_capacity)."
  default     = 2

  validation {
    condition     = var.db_max_capacity >= 1 && var.db_max_capacity <= 256
    error_message = "db_max_capacity must be between 1 and 256 ACUs."
  }
}

variable "db_deletion_protection" {
  type        = bool
  description = "Protect the Aurora cluster from deletion."
  default     = true
}

variable "db_backup_retention_days" {
  type        = number
  description = "Days of automated Aurora backups."
  default     = 7

  validation {
    condition     = var.db_backup_retention_days >= 1 && var.db_backup_retention_days <= 35
    error_message = "db_backup_retention_days must be between 1 and 35."
  }
}
