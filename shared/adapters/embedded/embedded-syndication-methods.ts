import type {
  StaleSyndicationQuery,
  SyndicationQuery,
  SyndicationUpdate,
  UnalertedSyndicationQuery,
} from '../../ports/posting-store.port';
import type { SyndicationRecord } from '../../schema/syndication';
import { EmbeddedPostingMethods } from './embedded-posting-methods';
import * as syndications from './embedded-syndications';
import { clearAlertPending, listUnalertedSyndications } from './embedded-unalerted';

/**
 * The embedded store's syndication records, processed-event markers and sweep marks (`SyndicationRepository`,
 * `ProcessedEventRepository`, `SweepMarkRepository`): a role of `EmbeddedPostingStore`.
 */
export class EmbeddedSyndicationMethods extends EmbeddedPostingMethods {
  async getSyndication(postingId: string, partnerId: string) {
    return syndications.getSyndication(this.db, postingId, partnerId);
  }
  async getSyndications(partnerId: string, postingIds: readonly string[]) {
    return syndications.getSyndications(this.db, partnerId, postingIds);
  }
  async listSyndications(query: SyndicationQuery) {
    return syndications.listSyndications(this.db, query);
  }
  async listStaleSyndications(query: StaleSyndicationQuery) {
    return syndications.listStaleSyndications(this.db, query);
  }
  async listUnalertedSyndications(query: UnalertedSyndicationQuery) {
    return listUnalertedSyndications(this.db, query);
  }
  async clearAlertPending(recordIds: readonly string[]) {
    clearAlertPending(this.db, recordIds);
  }
  async listSyndicationsOfPostings(postingIds: readonly string[]) {
    return syndications.listSyndicationsOfPostings(this.db, postingIds);
  }
  async updateSyndication(
    postingId: string,
    partnerId: string,
    update: (current: SyndicationRecord | null) => SyndicationRecord | null,
  ) {
    return syndications.updateSyndication(this.db, postingId, partnerId, update);
  }
  async updateSyndications(updates: readonly SyndicationUpdate[]) {
    return syndications.updateSyndications(this.db, updates);
  }

  async syndicationStats(partnerId: string) {
    return syndications.syndicationStats(this.db, partnerId);
  }

  async claimEvent(consumer: string, eventId: string, ttlSeconds: number) {
    return syndications.claimEvent(this.db, consumer, eventId, ttlSeconds, this.clock.now());
  }
  async renewEvent(consumer: string, eventId: string, ttlSeconds: number) {
    syndications.renewEvent(this.db, consumer, eventId, ttlSeconds, this.clock.now());
  }
  async hasEvent(consumer: string, eventId: string) {
    return syndications.hasEvent(this.db, consumer, eventId, this.clock.now());
  }
  async heldEvents(consumer: string, eventIds: readonly string[]) {
    return syndications.heldEvents(this.db, consumer, eventIds, this.clock.now());
  }
  async releaseEvent(consumer: string, eventId: string) {
    syndications.releaseEvent(this.db, consumer, eventId);
  }

  async getSweepMark(name: string) {
    return syndications.getSweepMark(this.db, name);
  }
  async advanceSweepMark(name: string, value: string) {
    return syndications.advanceSweepMark(this.db, name, value);
  }
}
