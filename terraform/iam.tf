# One service account per function, and IAM granted on the specific topic, subscription, secret or service
# (never project-wide editor/owner). Firestore IAM exists only at project level: granted only to the
# functions that use Firestore, with the narrowest role each needs.

resource "google_service_account" "function" {
  for_each = local.functions

  project      = var.project_id
  account_id   = substr("${var.name_prefix}-${each.value.service}", 0, 30)
  display_name = "Jobrelay ${each.key}"
  description  = "Runs the ${each.key} function; nothing else uses it."
}

# The identity Pub/Sub pushes with (OIDC) and the only one allowed to invoke the push-triggered functions.
resource "google_service_account" "push" {
  project      = var.project_id
  account_id   = substr("${var.name_prefix}-push", 0, 30)
  display_name = "Jobrelay Pub/Sub push"
  description  = "Identity of the Pub/Sub push subscriptions that invoke the event functions."
}

# Publishing: each function on the topics it publishes to.
resource "google_pubsub_topic_iam_member" "function_publisher" {
  for_each = merge([
    for name, f in local.functions : {
      for topic in f.publishes : "${name}/${topic}" => { function = name, topic = topic }
    }
  ]...)

  project = var.project_id
  topic   = google_pubsub_topic.main[each.value.topic].name
  role    = "roles/pubsub.publisher"
  member  = "serviceAccount:${google_service_account.function[each.value.function].email}"
}

# Firestore: project level is the finest grain Firestore IAM offers; only for functions that use it.
resource "google_project_iam_member" "function_firestore" {
  for_each = { for name, f in local.functions : name => f if f.firestore != "" }

  project = var.project_id
  role    = each.value.firestore
  member  = "serviceAccount:${google_service_account.function[each.key].email}"
}

# Invoking: the push identity on the push-triggered functions only.
resource "google_cloud_run_v2_service_iam_member" "push_invoker" {
  for_each = { for name, f in local.functions : name => f if f.trigger == "push" }

  project  = var.project_id
  location = var.region
  name     = google_cloudfunctions2_function.main[each.key].service_config[0].service
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.push.email}"
}

# Public HTTP functions authenticate callers themselves (API keys, webhook signatures, feed keys) and serve
# public job pages, so Cloud Run lets everyone reach them.
resource "google_cloud_run_v2_service_iam_member" "public_invoker" {
  for_each = { for name, f in local.functions : name => f if f.trigger == "http" }

  project  = var.project_id
  location = var.region
  name     = google_cloudfunctions2_function.main[each.key].service_config[0].service
  role     = "roles/run.invoker"
  member   = "allUsers"
}

# Pub/Sub's service agent mints the OIDC tokens of the push identity.
resource "google_service_account_iam_member" "push_token_creator" {
  service_account_id = google_service_account.push.name
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = local.pubsub_service_agent
}

# Dead-lettering: the service agent publishes to each dead-letter topic and acknowledges on each source subscription.
resource "google_pubsub_topic_iam_member" "dead_letter_publisher" {
  for_each = toset(local.topics)

  project = var.project_id
  topic   = google_pubsub_topic.dead_letter[each.value].name
  role    = "roles/pubsub.publisher"
  member  = local.pubsub_service_agent
}

resource "google_pubsub_subscription_iam_member" "dead_letter_subscriber" {
  for_each = local.push_subscriptions

  project      = var.project_id
  subscription = google_pubsub_subscription.push[each.key].name
  role         = "roles/pubsub.subscriber"
  member       = local.pubsub_service_agent
}
