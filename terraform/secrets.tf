# Secret Manager secrets the functions read, each mounted as an environment variable pinned to a version
# (var.secret_versions). Values are added out of band (`gcloud secrets versions add`), never in Terraform
# state. Each secret holds a JSON object of named values (see README.md), so adding a partner or a source
# needs a new secret version, not a new resource.

locals {
  secrets = {
    admin-api-keys = {
      env         = "JOBRELAY_SECRETS_ADMIN_API_KEYS"
      description = "sha-256 hashes of the admin API keys."
    }
    hr-api-keys = {
      env         = "JOBRELAY_SECRETS_HR_API_KEYS"
      description = "sha-256 hashes of the HR API keys."
    }
    ats-webhook-secrets = {
      env         = "JOBRELAY_SECRETS_ATS_WEBHOOK_SECRETS"
      description = "Signing secrets of inbound ATS webhooks, by name."
    }
    partner-webhook-secrets = {
      env         = "JOBRELAY_SECRETS_PARTNER_WEBHOOK_SECRETS"
      description = "Standard Webhooks signing secrets (whsec_...) of partner webhooks, by name."
    }
    partner-feed-keys = {
      env         = "JOBRELAY_SECRETS_PARTNER_FEED_KEYS"
      description = "sha-256 hashes of partner feed API keys, by name."
    }
    console-session-keys = {
      env         = "JOBRELAY_SECRETS_CONSOLE_SESSION_KEYS"
      description = "Keys that sign HR console sessions, by name; the first signs, all verify (rotation)."
    }
  }
}

resource "google_secret_manager_secret" "main" {
  for_each = local.secrets

  project   = var.project_id
  secret_id = "${var.name_prefix}-${each.key}"
  labels    = local.labels
  annotations = {
    description = each.value.description
  }

  replication {
    auto {}
  }

  depends_on = [google_project_service.main]
}

# Each function may read only the secrets it uses.
resource "google_secret_manager_secret_iam_member" "function" {
  for_each = merge([
    for name, f in local.functions : {
      for secret in f.secrets : "${name}/${secret}" => { function = name, secret = secret }
    }
  ]...)

  project   = var.project_id
  secret_id = google_secret_manager_secret.main[each.value.secret].secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.function[each.value.function].email}"
}
