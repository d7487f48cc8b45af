# Cloud Scheduler publishes to Pub/Sub; the push subscriptions invoke the functions. Pub/Sub targets ignore
# attempt deadlines and deliver at least once, so the handlers are idempotent.

resource "google_cloud_scheduler_job" "refresh" {
  project     = var.project_id
  region      = var.region
  name        = "${var.name_prefix}-refresh-sources"
  description = "Fans out one refresh request per due, active source."
  schedule    = var.refresh_schedule
  time_zone   = var.refresh_time_zone

  pubsub_target {
    topic_name = google_pubsub_topic.main["refresh-requests"].id
    data       = base64encode(jsonencode({}))
    attributes = { trigger = "schedule" }
  }

  depends_on = [google_project_service.main]
}

resource "google_cloud_scheduler_job" "maintenance" {
  project     = var.project_id
  region      = var.region
  name        = "${var.name_prefix}-maintenance"
  description = "Republishes unsent outbox events and closes postings past validThrough."
  schedule    = var.maintenance_schedule
  time_zone   = var.refresh_time_zone

  pubsub_target {
    topic_name = google_pubsub_topic.main["maintenance"].id
    data       = base64encode(jsonencode({ task = "all" }))
    attributes = { trigger = "schedule" }
  }

  depends_on = [google_project_service.main]
}
