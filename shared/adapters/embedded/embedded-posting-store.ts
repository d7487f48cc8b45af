import { join } from 'node:path';
import type { Clock } from '../../ports/clock.port';
import type { PostingStore } from '../../ports/posting-store.port';
import type { PartnerConfig, PartnerHealth } from '../../schema/partner';
import type { RunRecord } from '../../schema/run';
import type { SourceConfig, SourceHealth } from '../../schema/source';
import { systemClock } from '../system-clock';
import * as config from './embedded-config';
import { EmbeddedSyndicationMethods } from './embedded-syndication-methods';
import { openDatabase } from './sqlite-database';
import { STORE_MIGRATIONS } from './store-schema';

/** The store's file inside the data folder. */
export const STORE_FILE = 'jobrelay.sqlite';

export interface EmbeddedStoreOptions {
  /** the data folder (`JOBRELAY_DATA_DIR`); the store lives in `{dataDir}/jobrelay.sqlite` */
  dataDir?: string;
  /** or an explicit file path (`:memory:` for a private in-memory store) */
  file?: string;
  clock?: Clock;
}

/**
 * The embedded `PostingStore` (DESIGN §5: the local default): SQLite through better-sqlite3, durable under
 * the data folder, safe for several processes sharing the file (WAL, `busy_timeout`, `BEGIN IMMEDIATE` for
 * every read-check-write). Passes the same contract suite as the Firestore store. Its methods are split by
 * role: postings and outbox (`embedded-posting-methods.ts`), syndications and markers
 * (`embedded-syndication-methods.ts`), and here sources, runs and partners.
 */
export class EmbeddedPostingStore extends EmbeddedSyndicationMethods implements PostingStore {
  constructor(options: EmbeddedStoreOptions) {
    const file = options.file ?? join(options.dataDir ?? '.data', STORE_FILE);
    super(openDatabase(file, STORE_MIGRATIONS), options.clock ?? systemClock);
  }

  async putSource(source: SourceConfig, now: string) {
    config.sources.put(this.db, source, now);
  }
  async getSource(id: string) {
    return config.sources.get(this.db, id);
  }
  async listSources() {
    return config.sources.list(this.db);
  }
  async deleteSource(id: string) {
    config.sources.remove(this.db, id);
  }
  async updateSourceHealth(id: string, health: SourceHealth) {
    config.sources.putHealth(this.db, id, health);
  }

  async putRun(run: RunRecord) {
    config.runs.put(this.db, run);
  }
  async getRun(id: string) {
    return config.runs.get(this.db, id);
  }
  async listRuns(query: { sourceId?: string; limit: number }) {
    return config.runs.list(this.db, query);
  }

  async putPartner(partner: PartnerConfig, now: string) {
    config.partners.put(this.db, partner, now);
  }
  async getPartner(id: string) {
    return config.partners.get(this.db, id);
  }
  async listPartners() {
    return config.partners.list(this.db);
  }
  async deletePartner(id: string) {
    config.partners.remove(this.db, id);
  }
  async updatePartnerHealth(id: string, health: PartnerHealth) {
    config.partners.putHealth(this.db, id, health);
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}
