variable "project_id" {
  description = "Google Cloud project that hosts Jobrelay."
  type        = string
}

variable "region" {
  description = "Region of the functions, the scheduler jobs and the source bucket (e.g. europe-west1)."
  type        = string
  default     = "europe-west1"
}

variable "name_prefix" {
  description = "Prefix of every named resource, so several environments can share a project."
  type        = string
  default     = "jobrelay"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,14}$", var.name_prefix))
    error_message = "name_prefix must be 2-15 lower-case letters, digits or dashes, starting with a letter."
  }
}

variable "firestore_location" {
  description = "Firestore location (a region such as europe-west1, or a multi-region such as eur3)."
  type        = string
  default     = "eur3"
}

variable "functions_source_dir" {
  description = "Folder with the packaged functions (dist/, package.json, package-lock.json), made by scripts/package-functions.mjs."
  type        = string
  default     = "build/functions"
}

variable "function_overrides" {
  description = "Per-function overrides of memory_mb, timeout_s, max_instances, min_instances and concurrency, keyed by entry point (e.g. { refreshSources = { timeout_s = 540 } })."
  type = map(object({
    memory_mb     = optional(number)
    timeout_s     = optional(number)
    max_instances = optional(number)
    min_instances = optional(number)
    concurrency   = optional(number)
  }))
  default = {}
}

variable "syndication_stuck_after_s" {
  description = "Seconds a syndication may stay pending without an update, or behind its posting's last change, before the maintenance sweep re-sends it and alerts (JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS). Must exceed the push retry's maximum backoff plus ack deadline, and the longest function timeout plus the delivery lease (checked at plan time)."
  type        = number
  default     = 1200
}

variable "public_base_url" {
  description = "Public base URL of job pages and feeds (a custom domain in front of serveFeed), e.g. https://jobs.example.com. Empty: the serveFeed function URL."
  type        = string
  default     = ""
}

variable "contact_url" {
  description = "Contact URL sent in the fetcher's User-Agent, so site owners can reach the operator."
  type        = string
}

variable "refresh_schedule" {
  description = "Cron schedule (in refresh_time_zone) of the fan-out that refreshes every due source."
  type        = string
  default     = "*/15 * * * *"
}

variable "maintenance_schedule" {
  description = "Cron schedule of the maintenance run (outbox sweep, closing expired postings)."
  type        = string
  default     = "*/5 * * * *"
}

variable "refresh_time_zone" {
  description = "Time zone of the scheduler jobs (IANA name)."
  type        = string
  default     = "Etc/UTC"
}

variable "max_delivery_attempts" {
  description = "Deliveries of one Pub/Sub message before it goes to its dead-letter topic (5-100)."
  type        = number
  default     = 10

  validation {
    condition     = var.max_delivery_attempts >= 5 && var.max_delivery_attempts <= 100
    error_message = "Pub/Sub allows 5 to 100 delivery attempts."
  }
}

variable "retry_minimum_backoff_s" {
  description = "Minimum backoff between redeliveries of a nacked push message, in seconds (10-600)."
  type        = number
  default     = 10
}

variable "retry_maximum_backoff_s" {
  description = "Maximum backoff between redeliveries of a nacked push message, in seconds (10-600)."
  type        = number
  default     = 600
}

variable "secret_versions" {
  description = "Secret Manager version pinned for each secret the functions read (a number; never \"latest\" in production). Keys: admin-api-keys, hr-api-keys, ats-webhook-secrets, partner-webhook-secrets, partner-feed-keys, console-session-keys."
  type        = map(string)
  default = {
    admin-api-keys          = "1"
    hr-api-keys             = "1"
    ats-webhook-secrets     = "1"
    partner-webhook-secrets = "1"
    partner-feed-keys       = "1"
    console-session-keys    = "1"
  }
}

variable "alert_emails" {
  description = "E-mail addresses notified by the alert policies."
  type        = list(string)
  default     = []
}

variable "alert_oldest_unacked_s" {
  description = "Alert when a push subscription's oldest unacknowledged message is older than this, in seconds."
  type        = number
  default     = 900
}

variable "alert_error_ratio" {
  description = "Alert when the share of 5xx answers of a function exceeds this ratio over 5 minutes (0-1)."
  type        = number
  default     = 0.05
}

variable "alert_source_failures" {
  description = "Alert when a source has failed this many refreshes in a row (from the source_failing log metric)."
  type        = number
  default     = 3
}

variable "console_access_members" {
  description = "IAM members (e.g. group:recruiting@example.com) allowed to open the HR console through IAP. Empty: the console uses API-key login only."
  type        = list(string)
  default     = []
}

variable "labels" {
  description = "Labels put on every resource that takes them."
  type        = map(string)
  default     = {}
}
