# Production settings; project_id and region come from the deploy workflow's repository variables.
name_prefix          = "jobrelay"
firestore_location   = "eur3"
contact_url          = "https://jobs.example.com/bots"
public_base_url      = "https://jobs.example.com"
alert_emails         = ["oncall@example.com"]
refresh_schedule     = "*/15 * * * *"
maintenance_schedule = "*/5 * * * *"

secret_versions = {
  admin-api-keys          = "1"
  hr-api-keys             = "1"
  ats-webhook-secrets     = "1"
  partner-webhook-secrets = "1"
  partner-feed-keys       = "1"
  console-session-keys    = "1"
}

function_overrides = {
  refreshSources = { max_instances = 30 }
}
