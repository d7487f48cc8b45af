# The Firestore database, the composite indexes the store's queries need, single-field exemptions for large
# text, and TTL policies. These mirror shared/adapters/firestore/firestore-indexes.ts; test/unit/terraform
# cross-checks the two, so a query added in code without its index here fails the tests.

resource "google_firestore_database" "main" {
  project                           = var.project_id
  name                              = "(default)"
  location_id                       = var.firestore_location
  type                              = "FIRESTORE_NATIVE"
  concurrency_mode                  = "OPTIMISTIC"
  point_in_time_recovery_enablement = "POINT_IN_TIME_RECOVERY_ENABLED"
  delete_protection_state           = "DELETE_PROTECTION_ENABLED"

  depends_on = [google_project_service.main]
}

locals {
  firestore_composite_indexes = {
    postings-source-status         = { collection = "postings", fields = [["source.id", "ASCENDING"], ["status", "ASCENDING"]] }
    postings-status-expires        = { collection = "postings", fields = [["status", "ASCENDING"], ["expiresAt", "ASCENDING"]] }
    postings-status-changed        = { collection = "postings", fields = [["status", "ASCENDING"], ["lastChangedAt", "ASCENDING"]] }
    postings-source-changed        = { collection = "postings", fields = [["source.id", "ASCENDING"], ["lastChangedAt", "ASCENDING"]] }
    postings-source-status-changed = { collection = "postings", fields = [["source.id", "ASCENDING"], ["status", "ASCENDING"], ["lastChangedAt", "ASCENDING"]] }
    outbox-unsent                  = { collection = "outbox", fields = [["sentAt", "ASCENDING"], ["createdAt", "ASCENDING"]] }
    runs-source-started            = { collection = "runs", fields = [["sourceId", "ASCENDING"], ["startedAt", "DESCENDING"]] }
    syndications-partner-status    = { collection = "syndications", fields = [["partnerId", "ASCENDING"], ["status", "ASCENDING"]] }
    syndications-partner-updated   = { collection = "syndications", fields = [["partnerId", "ASCENDING"], ["updatedAt", "DESCENDING"]] }
    syndications-status-updated    = { collection = "syndications", fields = [["status", "ASCENDING"], ["updatedAt", "ASCENDING"]] }
    postings-status-dedupterms     = { collection = "postings", fields = [["status", "ASCENDING"], ["dedupTerms", "CONTAINS"]] }

    # The HR console's posting search (shared/adapters/firestore/firestore-search-indexes.ts): equality on status
    # and/or source, at most one array-contains on searchTerms, newest change first; board statuses by partner.
    search-status             = { collection = "postings", fields = [["status", "ASCENDING"], ["lastChangedAt", "DESCENDING"]] }
    search-source             = { collection = "postings", fields = [["source.id", "ASCENDING"], ["lastChangedAt", "DESCENDING"]] }
    search-source-status      = { collection = "postings", fields = [["source.id", "ASCENDING"], ["status", "ASCENDING"], ["lastChangedAt", "DESCENDING"]] }
    search-term               = { collection = "postings", fields = [["searchTerms", "CONTAINS"], ["lastChangedAt", "DESCENDING"]] }
    search-status-term        = { collection = "postings", fields = [["status", "ASCENDING"], ["searchTerms", "CONTAINS"], ["lastChangedAt", "DESCENDING"]] }
    search-source-term        = { collection = "postings", fields = [["source.id", "ASCENDING"], ["searchTerms", "CONTAINS"], ["lastChangedAt", "DESCENDING"]] }
    search-source-status-term = { collection = "postings", fields = [["source.id", "ASCENDING"], ["status", "ASCENDING"], ["searchTerms", "CONTAINS"], ["lastChangedAt", "DESCENDING"]] }
    search-board              = { collection = "syndications", fields = [["partnerId", "ASCENDING"], ["status", "ASCENDING"], ["updatedAt", "DESCENDING"]] }
  }

  # Large text no query filters on: indexing it only slows every write (index fan-out).
  firestore_field_exemptions = {
    postings-description      = { collection = "postings", field = "description" }
    postings-responsibilities = { collection = "postings", field = "responsibilities" }
    postings-requirements     = { collection = "postings", field = "requirements" }
    postings-benefits         = { collection = "postings", field = "benefits" }
    outbox-event              = { collection = "outbox", field = "event" }
    syndications-history      = { collection = "syndications", field = "history" }
    postings-search-terms     = { collection = "postings", field = "searchTerms" } # queried only through composite indexes
  }

  # Documents deleted once this timestamp passes (within about 24 h); the field itself is not indexed.
  firestore_ttl_policies = {
    outbox-expire           = { collection = "outbox", field = "expireAt" }
    processed-events-expire = { collection = "processedEvents", field = "expireAt" }
  }
}

resource "google_firestore_index" "main" {
  for_each = local.firestore_composite_indexes

  project    = var.project_id
  database   = google_firestore_database.main.name
  collection = each.value.collection

  dynamic "fields" {
    for_each = each.value.fields
    # ["field", "ASCENDING" | "DESCENDING"] orders; ["field", "CONTAINS"] serves array-contains.
    content {
      field_path   = fields.value[0]
      order        = fields.value[1] == "CONTAINS" ? null : fields.value[1]
      array_config = fields.value[1] == "CONTAINS" ? "CONTAINS" : null
    }
  }
}

resource "google_firestore_field" "exemption" {
  for_each = local.firestore_field_exemptions

  project    = var.project_id
  database   = google_firestore_database.main.name
  collection = each.value.collection
  field      = each.value.field

  # An empty index configuration removes the field's automatic single-field indexes.
  index_config {}
}

resource "google_firestore_field" "ttl" {
  for_each = local.firestore_ttl_policies

  project    = var.project_id
  database   = google_firestore_database.main.name
  collection = each.value.collection
  field      = each.value.field

  ttl_config {}
  index_config {}
}
