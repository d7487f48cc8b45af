# Topics, their dead-letter topics, and the push subscriptions that invoke the event functions.
# Pushes are OIDC-authenticated, retried with backoff and dead-lettered (DESIGN §1): Eventarc-created
# subscriptions have no dead-letter topic and no retries by default, so Terraform manages them instead.

locals {
  topics = ["posting-events", "syndication-requests", "refresh-requests", "maintenance"]

  # Subscription name => which topic it reads and which function it pushes to.
  push_subscriptions = {
    refresh-sources = {
      topic = "refresh-requests", function = "refreshSources", ack_deadline_s = 600, ordered = false, filter = ""
    }
    deliver-posting-events = {
      # Updates, closures and reopenings reach every partner the posting is live on; the function dedupes on the event id.
      topic = "posting-events", function = "deliverSyndication", ack_deadline_s = 300, ordered = true
      # A posting just created is live on no board yet: nothing to deliver.
      filter = "attributes.type != \"posting.created\""
    }
    deliver-syndication-requests = {
      topic = "syndication-requests", function = "deliverSyndication", ack_deadline_s = 300, ordered = false, filter = ""
    }
    sweep-outbox = {
      topic = "maintenance", function = "sweepOutbox", ack_deadline_s = 300, ordered = false, filter = ""
    }
  }
}

resource "google_pubsub_topic" "main" {
  for_each = toset(local.topics)

  project                    = var.project_id
  name                       = "${var.name_prefix}-${each.value}"
  labels                     = local.labels
  message_retention_duration = "86400s"

  depends_on = [google_project_service.main]
}

resource "google_pubsub_topic" "dead_letter" {
  for_each = toset(local.topics)

  project                    = var.project_id
  name                       = "${var.name_prefix}-${each.value}-dead-letter"
  labels                     = local.labels
  message_retention_duration = "604800s"

  depends_on = [google_project_service.main]
}

resource "google_pubsub_subscription" "push" {
  for_each = local.push_subscriptions

  project                    = var.project_id
  name                       = "${var.name_prefix}-${each.key}"
  topic                      = google_pubsub_topic.main[each.value.topic].id
  labels                     = local.labels
  ack_deadline_seconds       = each.value.ack_deadline_s
  enable_message_ordering    = each.value.ordered
  filter                     = each.value.filter
  message_retention_duration = "604800s"

  push_config {
    push_endpoint = google_cloudfunctions2_function.main[each.value.function].service_config[0].uri
    oidc_token {
      service_account_email = google_service_account.push.email
      audience              = google_cloudfunctions2_function.main[each.value.function].service_config[0].uri
    }
  }

  retry_policy {
    minimum_backoff = "${var.retry_minimum_backoff_s}s"
    maximum_backoff = "${var.retry_maximum_backoff_s}s"
  }

  dead_letter_policy {
    dead_letter_topic     = google_pubsub_topic.dead_letter[each.value.topic].id
    max_delivery_attempts = var.max_delivery_attempts
  }

  expiration_policy {
    ttl = "" # never expires
  }
}

# A pull subscription on every dead-letter topic, so dead-lettered messages are kept (7 days) for
# inspection and replay instead of being dropped, and so their depth can be alerted on.
resource "google_pubsub_subscription" "dead_letter" {
  for_each = toset(local.topics)

  project                    = var.project_id
  name                       = "${var.name_prefix}-${each.value}-dead-letter"
  topic                      = google_pubsub_topic.dead_letter[each.value].id
  labels                     = local.labels
  ack_deadline_seconds       = 60
  message_retention_duration = "604800s"
  retain_acked_messages      = true

  expiration_policy {
    ttl = ""
  }
}
