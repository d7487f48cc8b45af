# Jobrelay on Google Cloud: Cloud Functions gen2 behind Terraform-managed Pub/Sub push subscriptions,
# Firestore, Cloud Scheduler, Secret Manager and Cloud Monitoring. See README.md.

data "google_project" "main" {
  project_id = var.project_id
}

locals {
  labels = merge({ app = "jobrelay", managed-by = "terraform" }, var.labels)

  apis = [
    "artifactregistry.googleapis.com",
    "cloudbuild.googleapis.com",
    "cloudfunctions.googleapis.com",
    "cloudscheduler.googleapis.com",
    "firestore.googleapis.com",
    "iam.googleapis.com",
    "indexing.googleapis.com",
    "logging.googleapis.com",
    "monitoring.googleapis.com",
    "pubsub.googleapis.com",
    "run.googleapis.com",
    "secretmanager.googleapis.com",
    "storage.googleapis.com",
  ]

  # The Pub/Sub service agent delivers pushes, dead-letters messages and mints push OIDC tokens.
  pubsub_service_agent = "serviceAccount:service-${data.google_project.main.number}@gcp-sa-pubsub.iam.gserviceaccount.com"

  # One entry per deployed function (DESIGN §1). The keys are the entry points registered in functions/index.ts.
  # `trigger`: "http" (public, authenticated by the app: API keys, webhook signatures, feed keys) or
  # "push" (only the push identity may invoke it). `publishes`: topics it may publish to. `firestore`: the
  # Firestore role it needs. `secrets`: keys of local.secrets it reads.
  function_defaults = {
    ingestPosting = {
      service       = "ingest-posting", trigger = "http", memory_mb = 512, timeout_s = 60
      max_instances = 20, min_instances = 0, concurrency = 16
      publishes     = ["posting-events"], firestore = "roles/datastore.user"
      secrets       = ["admin-api-keys", "hr-api-keys", "ats-webhook-secrets"]
    }
    refreshSources = {
      service       = "refresh-sources", trigger = "push", memory_mb = 1024, timeout_s = 540
      max_instances = 20, min_instances = 0, concurrency = 1
      publishes     = ["refresh-requests", "posting-events"], firestore = "roles/datastore.user"
      secrets       = []
    }
    requestSyndication = {
      service       = "request-syndication", trigger = "http", memory_mb = 512, timeout_s = 60
      max_instances = 10, min_instances = 0, concurrency = 16
      publishes     = ["syndication-requests"], firestore = "roles/datastore.user"
      secrets       = ["admin-api-keys", "hr-api-keys"]
    }
    deliverSyndication = {
      service       = "deliver-syndication", trigger = "push", memory_mb = 512, timeout_s = 300
      max_instances = 20, min_instances = 0, concurrency = 8
      publishes     = ["syndication-requests"], firestore = "roles/datastore.user"
      secrets       = ["partner-webhook-secrets"]
    }
    serveFeed = {
      service       = "serve-feed", trigger = "http", memory_mb = 512, timeout_s = 300
      max_instances = 20, min_instances = 0, concurrency = 16
      publishes     = [], firestore = "roles/datastore.viewer"
      secrets       = ["partner-feed-keys"]
    }
    sweepOutbox = {
      service       = "sweep-outbox", trigger = "push", memory_mb = 512, timeout_s = 300
      max_instances = 1, min_instances = 0, concurrency = 1
      publishes     = ["posting-events"], firestore = "roles/datastore.user"
      secrets       = []
    }
    # The HR console: pages read postings, runs and partners; its publish/withdraw forms record syndication
    # requests (datastore.user) and queue their deliveries. Login with an HR/admin key, sessions signed with
    # console-session-keys (README: "The HR console").
    serveConsole = {
      service       = "serve-console", trigger = "http", memory_mb = 512, timeout_s = 60
      max_instances = 5, min_instances = 0, concurrency = 16
      publishes     = ["syndication-requests"], firestore = "roles/datastore.user"
      secrets       = ["admin-api-keys", "hr-api-keys", "console-session-keys"]
    }
  }

  functions = {
    for name, f in local.function_defaults : name => merge(f, {
      for k, v in lookup(var.function_overrides, name, {}) : k => v if v != null
    })
  }

  # The stuck-syndication sweep's timing rule (README "Reliability"): a posting change may commit up to the
  # longest function timeout after it is stamped, and a delivery holds its pair's lease for up to
  # delivery_lease_s after that, so the sweep's threshold must be longer than both together. The functions
  # refuse to start otherwise (functions/lib/settings.ts); the precondition in functions.tf refuses the plan.
  longest_function_timeout_s = max([for f in values(local.functions) : f.timeout_s]...)
  delivery_lease_s           = 120

  # The slowest in-process delivery (shared/pipeline/delivery-lease.ts, slowestDeliverySeconds): 3 attempts at
  # the longest partner timeout (30 s) and 2 waits of up to 10 s between them, 110 s. The lease must be longer, so a
  # delivery whose lease renewals all fail still holds its pair for its whole partner call (precondition in
  # functions.tf; the Terraform test checks this figure against the code).
  slowest_delivery_s = 110

  # The maintenance sweep's time (JOBRELAY_SWEEP_TIMEOUT_SECONDS): its function's timeout, or its push
  # subscription's ack deadline when shorter (Pub/Sub delivers a sweep again that answers after it). The sweep
  # starts new work for three quarters of it (shared/pipeline/sweep-budget.ts) and needs at least 60 s.
  sweep_timeout_s = min(local.functions.sweepOutbox.timeout_s, local.push_subscriptions["sweep-outbox"].ack_deadline_s)
}

resource "google_project_service" "main" {
  for_each = toset(local.apis)

  project            = var.project_id
  service            = each.value
  disable_on_destroy = false
}
