output "function_urls" {
  description = "HTTPS URL of each function, by entry point."
  value       = { for name, f in google_cloudfunctions2_function.main : name => f.service_config[0].uri }
}

output "topic_names" {
  description = "Pub/Sub topic of each concept (posting-events, syndication-requests, refresh-requests, maintenance)."
  value       = { for name, t in google_pubsub_topic.main : name => t.name }
}

output "dead_letter_subscriptions" {
  description = "Pull subscriptions holding dead-lettered messages, by topic."
  value       = { for name, s in google_pubsub_subscription.dead_letter : name => s.name }
}

output "service_accounts" {
  description = "Service account of each function, by entry point."
  value       = { for name, sa in google_service_account.function : name => sa.email }
}
