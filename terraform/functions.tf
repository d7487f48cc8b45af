# The functions' source: the packaged build (scripts/package-functions.mjs) zipped and uploaded by content hash,
# so a new build makes a new object and a new revision.

resource "google_storage_bucket" "source" {
  project                     = var.project_id
  name                        = "${var.project_id}-${var.name_prefix}-functions-source"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  force_destroy               = false
  labels                      = local.labels

  lifecycle_rule {
    condition {
      age = 30
    }
    action {
      type = "Delete"
    }
  }

  depends_on = [google_project_service.main]
}

data "archive_file" "functions" {
  type        = "zip"
  source_dir  = "${path.root}/${var.functions_source_dir}"
  output_path = "${path.root}/build/functions.zip"
}

resource "google_storage_bucket_object" "functions" {
  name   = "functions-${data.archive_file.functions.output_md5}.zip"
  bucket = google_storage_bucket.source.name
  source = data.archive_file.functions.output_path
}

resource "google_cloudfunctions2_function" "main" {
  for_each = local.functions

  project     = var.project_id
  location    = var.region
  name        = "${var.name_prefix}-${each.value.service}"
  description = "Jobrelay ${each.key}"
  labels      = local.labels

  build_config {
    runtime     = "nodejs22"
    entry_point = each.key
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.functions.name
      }
    }
  }

  service_config {
    available_memory                 = "${each.value.memory_mb}Mi"
    available_cpu                    = "1" # concurrency above 1 needs a whole CPU
    timeout_seconds                  = each.value.timeout_s
    max_instance_count               = each.value.max_instances
    min_instance_count               = each.value.min_instances
    max_instance_request_concurrency = each.value.concurrency
    ingress_settings                 = each.value.trigger == "push" ? "ALLOW_INTERNAL_ONLY" : "ALLOW_ALL"
    all_traffic_on_latest_revision   = true
    service_account_email            = google_service_account.function[each.key].email

    environment_variables = {
      JOBRELAY_BACKEND         = "google"
      GOOGLE_CLOUD_PROJECT     = var.project_id
      JOBRELAY_CONTACT_URL     = var.contact_url
      JOBRELAY_PUBLIC_BASE_URL = var.public_base_url
      JOBRELAY_LOG_LEVEL       = "INFO"
      # HTTP requests still running at half the function's timeout are answered 503 with Retry-After
      # (functions/ingest-posting.ts) instead of being cut off by the platform with a bare 504
      JOBRELAY_REQUEST_DEADLINE_SECONDS = tostring(floor(each.value.timeout_s / 2))
      # the sweep's timing rule, checked again by every function at start-up (main.tf, local.delivery_lease_s)
      JOBRELAY_FUNCTION_TIMEOUT_SECONDS        = tostring(local.longest_function_timeout_s)
      JOBRELAY_DELIVERY_LEASE_SECONDS          = tostring(local.delivery_lease_s)
      JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS = tostring(var.syndication_stuck_after_s)
      # the maintenance sweep's time budget is derived from this (main.tf, local.sweep_timeout_s)
      JOBRELAY_SWEEP_TIMEOUT_SECONDS = tostring(local.sweep_timeout_s)
    }

    # Secrets are mounted as environment variables pinned to a version (never "latest").
    dynamic "secret_environment_variables" {
      for_each = toset(each.value.secrets)
      content {
        key        = local.secrets[secret_environment_variables.value].env
        project_id = var.project_id
        secret     = google_secret_manager_secret.main[secret_environment_variables.value].secret_id
        version    = var.secret_versions[secret_environment_variables.value]
      }
    }
  }

  lifecycle {
    precondition {
      condition     = var.syndication_stuck_after_s > local.longest_function_timeout_s + local.delivery_lease_s
      error_message = "syndication_stuck_after_s must be longer than the longest function timeout (${local.longest_function_timeout_s} s) plus the delivery lease (${local.delivery_lease_s} s): a posting change may commit a function timeout after it is stamped and its delivery may hold the pair for a lease after that, so a shorter threshold re-sends pairs still in flight."
    }
    precondition {
      condition     = local.delivery_lease_s > local.slowest_delivery_s
      error_message = "delivery_lease_s (${local.delivery_lease_s} s) must be longer than the slowest in-process delivery (${local.slowest_delivery_s} s: 3 attempts at the longest partner timeout and the waits between them), or a redelivery could send while the first delivery still calls the partner."
    }
    precondition {
      condition     = local.sweep_timeout_s >= 60
      error_message = "the sweepOutbox timeout and its subscription's ack deadline must both be at least 60 s (JOBRELAY_SWEEP_TIMEOUT_SECONDS, ${local.sweep_timeout_s} s): the maintenance sweep keeps a quarter of it, at least 30 s, to finish and report."
    }
  }

  depends_on = [
    google_project_service.main,
    google_secret_manager_secret_iam_member.function,
  ]
}
