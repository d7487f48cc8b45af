# Alerts when something sticks: dead-lettered messages, pushes not acknowledged, functions answering 5xx,
# sources failing refresh after refresh, syndications left pending after their delivery request was lost.

resource "google_monitoring_notification_channel" "email" {
  for_each = toset(var.alert_emails)

  project      = var.project_id
  display_name = "Jobrelay alerts: ${each.value}"
  type         = "email"
  labels       = { email_address = each.value }
}

locals {
  notification_channels = [for c in google_monitoring_notification_channel.email : c.id]
  dead_letter_subscriptions = join(" OR ", [
    for s in google_pubsub_subscription.dead_letter : "resource.labels.subscription_id = \"${s.name}\""
  ])
  push_subscription_ids = join(" OR ", [
    for s in google_pubsub_subscription.push : "resource.labels.subscription_id = \"${s.name}\""
  ])
}

resource "google_monitoring_alert_policy" "dead_letter_depth" {
  project      = var.project_id
  display_name = "Jobrelay: messages in a dead-letter topic"
  combiner     = "OR"
  documentation {
    content   = "A message exhausted its deliveries and was dead-lettered. Inspect it with `gcloud pubsub subscriptions pull <name>-dead-letter`, fix the cause, and republish it to its topic."
    mime_type = "text/markdown"
  }

  conditions {
    display_name = "undelivered messages on a dead-letter subscription"
    condition_threshold {
      filter          = "resource.type = \"pubsub_subscription\" AND metric.type = \"pubsub.googleapis.com/subscription/num_undelivered_messages\" AND (${local.dead_letter_subscriptions})"
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "300s"
      aggregations {
        alignment_period   = "60s"
        per_series_aligner = "ALIGN_MAX"
      }
    }
  }

  notification_channels = local.notification_channels
}

resource "google_monitoring_alert_policy" "oldest_unacked" {
  project      = var.project_id
  display_name = "Jobrelay: push subscription falling behind"
  combiner     = "OR"
  documentation {
    content   = "The oldest unacknowledged message of a push subscription is older than ${var.alert_oldest_unacked_s} s: the function it pushes to keeps failing or is saturated."
    mime_type = "text/markdown"
  }

  conditions {
    display_name = "oldest unacked message age"
    condition_threshold {
      filter          = "resource.type = \"pubsub_subscription\" AND metric.type = \"pubsub.googleapis.com/subscription/oldest_unacked_message_age\" AND (${local.push_subscription_ids})"
      comparison      = "COMPARISON_GT"
      threshold_value = var.alert_oldest_unacked_s
      duration        = "300s"
      aggregations {
        alignment_period   = "60s"
        per_series_aligner = "ALIGN_MAX"
      }
    }
  }

  notification_channels = local.notification_channels
}

resource "google_monitoring_alert_policy" "function_errors" {
  project      = var.project_id
  display_name = "Jobrelay: function error rate"
  combiner     = "OR"
  documentation {
    content   = "More than ${var.alert_error_ratio * 100}% of a function's requests answered 5xx over 5 minutes. Read its logs: one JSON line per event, one summary line per invocation."
    mime_type = "text/markdown"
  }

  conditions {
    display_name = "5xx share of requests"
    condition_threshold {
      filter             = "resource.type = \"cloud_run_revision\" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\" AND resource.labels.service_name = monitoring.regex.full_match(\"${var.name_prefix}-.*\")"
      denominator_filter = "resource.type = \"cloud_run_revision\" AND metric.type = \"run.googleapis.com/request_count\" AND resource.labels.service_name = monitoring.regex.full_match(\"${var.name_prefix}-.*\")"
      comparison         = "COMPARISON_GT"
      threshold_value    = var.alert_error_ratio
      duration           = "300s"
      aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["resource.labels.service_name"]
      }
      denominator_aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["resource.labels.service_name"]
      }
    }
  }

  notification_channels = local.notification_channels
}

# Refresh runs log `event: "source_failing"` with the source id and its consecutive failures.
resource "google_logging_metric" "source_failing" {
  project     = var.project_id
  name        = "${var.name_prefix}-source-failing"
  description = "Refreshes of a source that failed ${var.alert_source_failures} or more times in a row."
  filter      = "resource.type = \"cloud_run_revision\" AND jsonPayload.event = \"source_failing\" AND jsonPayload.consecutiveFailures >= ${var.alert_source_failures}"

  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
    labels {
      key         = "source_id"
      value_type  = "STRING"
      description = "The failing source."
    }
  }

  label_extractors = {
    source_id = "EXTRACT(jsonPayload.sourceId)"
  }
}

resource "google_monitoring_alert_policy" "source_failing" {
  project      = var.project_id
  display_name = "Jobrelay: a source keeps failing"
  combiner     = "OR"
  documentation {
    content   = "A source failed ${var.alert_source_failures} refreshes in a row; its postings are not closed meanwhile. `jobrelay sources list` shows its last error."
    mime_type = "text/markdown"
  }

  conditions {
    display_name = "source_failing log entries"
    condition_threshold {
      filter          = "resource.type = \"cloud_run_revision\" AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.source_failing.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"
      aggregations {
        alignment_period     = "600s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["metric.labels.source_id"]
      }
    }
  }

  notification_channels = local.notification_channels
}

# The maintenance sweep logs `event: "syndication_stuck"` per partner when (posting, partner) pairs stayed
# pending with no update past JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS, or stayed behind their posting's last
# change that long (live on an older version, live on a closed posting: `lagging` in the line): their delivery
# request or the posting event's fan-out was lost. It turns lagging pairs pending and re-sends them (WARNING), and once a pair has been re-sent JOBRELAY_SYNDICATION_MAX_RESENDS times it only
# reports it (ERROR, again every threshold until someone acts) — shared/pipeline/sweep-syndications.ts. The
# window is longer than the threshold (20 min), so the incident stays open while abandoned pairs are reported.
resource "google_logging_metric" "syndication_stuck" {
  project     = var.project_id
  name        = "${var.name_prefix}-syndication-stuck"
  description = "Maintenance sweeps that found syndications stuck pending, or behind their posting, after a delivery request was lost."
  filter      = "resource.type = \"cloud_run_revision\" AND jsonPayload.event = \"syndication_stuck\""

  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
    unit        = "1"
    labels {
      key         = "partner_id"
      value_type  = "STRING"
      description = "The partner whose pairs are stuck."
    }
    labels {
      key         = "severity"
      value_type  = "STRING"
      description = "WARNING while the sweep re-sends them; ERROR once it gave up re-sending some."
    }
  }

  label_extractors = {
    partner_id = "EXTRACT(jsonPayload.partnerId)"
    severity   = "EXTRACT(severity)"
  }
}

resource "google_monitoring_alert_policy" "syndication_stuck" {
  project      = var.project_id
  display_name = "Jobrelay: syndications stuck pending"
  combiner     = "OR"
  documentation {
    content   = "Postings stayed `pending` on a partner with no delivery in progress, or the partner kept an older version (or a closed posting) long after the posting changed (`lagging` in the log line): a delivery request or the posting event's fan-out was lost. The maintenance sweep turns lagging pairs pending and re-sends them; at severity ERROR it gave up after its re-sends and the pairs stay pending. `GET /syndications?partnerId=<id>&status=pending` lists them (the HR console too: board status pending); the log line names some posting ids. Repeating the syndication request (same postings and partner) sends them again."
    mime_type = "text/markdown"
  }

  conditions {
    display_name = "syndication_stuck log entries"
    condition_threshold {
      filter          = "resource.type = \"cloud_run_revision\" AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.syndication_stuck.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"
      aggregations {
        alignment_period     = "3600s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["metric.labels.partner_id"]
      }
    }
  }

  notification_channels = local.notification_channels
}
