import type { PostingStatus, QualityWarning, Workplace } from '../schema/posting';
import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationRecord, SyndicationStatus } from '../schema/syndication';

/**
 * The HR console's search (issue 8): every given filter must hold. Results are newest change first
 * (`lastChangedAt`, then id, descending); with a `board` status other than `none`, newest board change first
 * (the syndication record's `updatedAt`), since that is the list a recruiter reads ("rejected lately").
 */
export interface PostingSearch {
  status?: PostingStatus;
  sourceId?: string;
  /** ISO 3166-1 alpha-2: at least one location in this country */
  country?: string;
  /** at least one location with this workplace */
  workplace?: Workplace;
  /** carries this quality warning */
  warning?: QualityWarning;
  /** each word begins a word of the title or the company name, ignoring case and accents (`posting-search.ts`) */
  text?: string;
  /** the posting's record with this partner has this status; `none`: it has no record with the partner */
  board?: { partnerId: string; status: SyndicationStatus | 'none' };
  limit?: number;
  cursor?: string | null;
}

/** What a row of the console's list shows: the posting without its description and long lists. */
export type PostingListItem = Pick<
  PostingRecord,
  | 'id'
  | 'source'
  | 'title'
  | 'company'
  | 'department'
  | 'employmentTypes'
  | 'locations'
  | 'status'
  | 'quality'
  | 'datePosted'
  | 'version'
  | 'lastChangedAt'
  | 'duplicateOf'
>;

/** A search result: the posting and, when the search filtered on a board status, that board's record. */
export interface PostingSearchHit {
  posting: PostingListItem;
  board: Pick<SyndicationRecord, 'partnerId' | 'status' | 'updatedAt' | 'reasons'> | null;
}

/**
 * One page of search hits. A page holds at most `limit` hits and may hold fewer while `nextCursor` is set
 * (a store that filters part of a search in memory stops after a bounded read); null `nextCursor` is the end.
 */
export interface PostingSearchPage {
  hits: PostingSearchHit[];
  nextCursor: string | null;
  /** how many postings match in all, where the store can count them cheaply; null where it cannot */
  total: number | null;
}
