import type { SourceConfig } from '../../schema/source';

/**
 * The public job-board endpoints of each ATS (REFERENCE "Public ATS job-board APIs"). A source's `baseUrl`
 * replaces the ATS host: EU data centres, proxies, and local fixture servers in tests.
 */

type Of<K extends SourceConfig['kind']> = Extract<SourceConfig, { kind: K }>;

const base = (source: SourceConfig, fallback: string): string => (source.baseUrl ?? fallback).replace(/\/+$/, '');
const seg = encodeURIComponent;

/** Greenhouse: the whole board with descriptions in one response. */
export const greenhouseBoardUrl = (s: Of<'greenhouse'>): string =>
  `${base(s, 'https://boards-api.greenhouse.io')}/v1/boards/${seg(s.boardToken)}/jobs?content=true`;

/** Lever: one page of postings (`skip`/`limit`); the EU region has its own host. */
export const leverPageUrl = (s: Of<'lever'>, skip: number, limit: number): string =>
  `${base(s, s.region === 'eu' ? 'https://api.eu.lever.co' : 'https://api.lever.co')}/v0/postings/${seg(s.site)}?mode=json&skip=${skip}&limit=${limit}`;

/** Ashby: the whole board, compensation included. */
export const ashbyBoardUrl = (s: Of<'ashby'>): string =>
  `${base(s, 'https://api.ashbyhq.com')}/posting-api/job-board/${seg(s.board)}?includeCompensation=true`;

/** SmartRecruiters: one page of the list (`limit` ≤ 100). */
export const smartRecruitersListUrl = (s: Of<'smartrecruiters'>, offset: number, limit: number): string =>
  `${base(s, 'https://api.smartrecruiters.com')}/v1/companies/${seg(s.companyId)}/postings?offset=${offset}&limit=${limit}`;

/** SmartRecruiters: one posting with its description sections. */
export const smartRecruitersDetailUrl = (s: Of<'smartrecruiters'>, postingId: string): string =>
  `${base(s, 'https://api.smartrecruiters.com')}/v1/companies/${seg(s.companyId)}/postings/${seg(postingId)}`;

/** Recruitee: every offer of the company's careers site. */
export const recruiteeOffersUrl = (s: Of<'recruitee'>): string =>
  `${base(s, `https://${s.subdomain}.recruitee.com`)}/api/offers/`;

/** Personio: the XML feed of positions in one language. */
export const personioFeedUrl = (s: Of<'personio'>): string =>
  `${base(s, `https://${s.subdomain}.jobs.personio.de`)}/xml?language=${seg(s.language)}`;
