import type { SourceConfig, SourceHealth, StoredSource } from '../schema/source';
import type { RunRecord } from '../schema/run';
import type { PartnerConfig, PartnerHealth, StoredPartner } from '../schema/partner';

/** What operators configure and what runs record: sources, runs and partners (part of `PostingStore`). */

export interface SourceRepository {
  /** creates or replaces configurations; health is kept */
  putSource(config: SourceConfig, now: string): Promise<void>;
  getSource(id: string): Promise<StoredSource | null>;
  listSources(): Promise<StoredSource[]>;
  deleteSource(id: string): Promise<void>;
  updateSourceHealth(id: string, health: SourceHealth): Promise<void>;
}

export interface RunRepository {
  putRun(run: RunRecord): Promise<void>;
  getRun(id: string): Promise<RunRecord | null>;
  /** most recent first */
  listRuns(query: { sourceId?: string; limit: number }): Promise<RunRecord[]>;
}

export interface PartnerRepository {
  putPartner(config: PartnerConfig, now: string): Promise<void>;
  getPartner(id: string): Promise<StoredPartner | null>;
  listPartners(): Promise<StoredPartner[]>;
  deletePartner(id: string): Promise<void>;
  updatePartnerHealth(id: string, health: PartnerHealth): Promise<void>;
}
