import type { PostingSearchHit } from '../../../shared/ports/posting-store.port';
import type { PostingListView } from '../../../shared/console/console-queries';
import type { StoredPartner } from '../../../shared/schema/partner';
import { QualityWarning, Workplace } from '../../../shared/schema/posting';
import type { SyndicationRecord } from '../../../shared/schema/syndication';
import { API_SOURCE_ID } from '../../lib/submissions';
import { PAGE_SIZES, queryOf, type ConsoleFilters } from '../console-filters';
import { locationsList, reasonsList, statusBadge, warningLabel, warningsList, when } from './components';
import { html, withQuery, type Html } from './html';
import { page, type PageContext } from './layout';

/** The postings list: filters (a GET form), the result table, and keyset pagination. */

const BOARD_STATUSES = ['live', 'pending', 'rejected', 'failed', 'withdrawn', 'none'] as const;
const boardStatusLabel = (status: string) => (status === 'none' ? 'not sent' : status);

const option = (value: string, label: string, selected: boolean): Html =>
  html`<option value="${value}" ${selected ? html` selected` : ''}>${label}</option>`;

function select(name: string, label: string, options: Html[], hint?: string): Html {
  return html`<div class="field">
    <label for="f-${name}">${label}</label>
    <select id="f-${name}" name="${name}" ${hint ? html` aria-describedby="f-${name}-hint"` : ''}>
      ${options}
    </select>
    ${hint ? html`<span id="f-${name}-hint" class="muted">${hint}</span>` : ''}
  </div>`;
}

function filtersForm(view: PostingListView, filters: ConsoleFilters): Html {
  const board = filters.board ? `${filters.board.partnerId}:${filters.board.status}` : '';
  const boardOptions = view.partners.map(
    (p) =>
      html`<optgroup label="${p.config.name}">
        ${BOARD_STATUSES.map((s) => option(`${p.config.id}:${s}`, `${p.config.name}: ${boardStatusLabel(s)}`, board === `${p.config.id}:${s}`))}
      </optgroup>`,
  );
  return html`<form class="filters" method="get" action="/console/postings" role="search" aria-label="Filter postings">
    <div class="field">
      <label for="f-q">Search title or company</label>
      <input id="f-q" name="q" type="search" value="${filters.q ?? ''}" size="28" />
    </div>
    ${select('status', 'Status', [option('', 'Any', !filters.status), option('open', 'Open', filters.status === 'open'), option('closed', 'Closed', filters.status === 'closed')])}
    ${select('source', 'Source', [
      option('', 'Any', !filters.source),
      ...view.sources.map((s) => option(s.config.id, s.config.name ?? s.config.id, filters.source === s.config.id)),
      option(API_SOURCE_ID, 'Submitted over the API', filters.source === API_SOURCE_ID),
    ])}
    <div class="field">
      <label for="f-country">Country</label>
      <input
        id="f-country"
        name="country"
        value="${filters.country ?? ''}"
        size="4"
        maxlength="2"
        pattern="[A-Za-z]{2}"
        aria-describedby="f-country-hint"
        autocomplete="off"
      />
      <span id="f-country-hint" class="muted">ISO code, e.g. DE</span>
    </div>
    ${select('workplace', 'Workplace', [option('', 'Any', !filters.workplace), ...Workplace.options.map((w) => option(w, w, filters.workplace === w))])}
    ${select('warning', 'Quality warning', [
      option('', 'Any', !filters.warning),
      ...QualityWarning.options.map((w) => option(w, warningLabel(w), filters.warning === w)),
    ])}
    ${select('board', 'Board status', [option('', 'Any', !board), ...boardOptions])}
    ${select(
      'size',
      'Per page',
      PAGE_SIZES.map((n) => option(String(n), String(n), filters.size === n)),
    )}
    <div class="actions">
      <button type="submit">Apply filters</button>
      <a href="/console/postings">Clear</a>
    </div>
  </form>`;
}

function boardsCell(records: readonly SyndicationRecord[], partners: readonly StoredPartner[]): Html {
  if (records.length === 0) return html`<span class="muted">not sent</span>`;
  const name = (id: string) => partners.find((p) => p.config.id === id)?.config.name ?? id;
  return html`<ul class="boards">
    ${records.map((r) => html`<li>${name(r.partnerId)}: ${statusBadge(r.status)}</li>`)}
  </ul>`;
}

function row(hit: PostingSearchHit, view: PostingListView, i: number): Html {
  const p = hit.posting;
  const boards = view.boards.get(p.id) ?? [];
  return html`<tr>
    <td class="select">
      <input type="checkbox" id="select-${i}" name="postingIds" value="${p.id}" form="bulk" />
      <label for="select-${i}" class="visually-hidden">Select ${p.title || 'this posting'}</label>
    </td>
    <td class="posting">
      <a href="/console/postings/${encodeURIComponent(p.id)}">${p.title || '(untitled)'}</a>
      <span class="sub">${p.company.name ?? 'no company'}${p.department ? ` · ${p.department}` : ''}</span>
    </td>
    <td>${locationsList(p.locations)}</td>
    <td>${p.source.id}<span class="sub">${p.source.kind}</span></td>
    <td>${statusBadge(p.status)}${p.duplicateOf ? html`<span class="sub">duplicate</span>` : ''}</td>
    <td>${p.quality.score}/100 ${warningsList(p.quality.warnings)}</td>
    <td>${boardsCell(boards, view.partners)}${hit.board ? reasonsList(hit.board.reasons) : ''}</td>
    <td>${when(hit.board?.updatedAt ?? p.lastChangedAt)}</td>
  </tr>`;
}

function resultsTable(view: PostingListView, filters: ConsoleFilters): Html {
  if (view.page.hits.length === 0) return html`<p>No postings match these filters.</p>`;
  const changed = filters.board && filters.board.status !== 'none' ? 'Board status since' : 'Last changed';
  return html`<table>
    <caption>
      Postings${filters.board ? html`, newest board change first` : html`, newest change first`}
    </caption>
    <thead>
      <tr>
        <th scope="col"><span class="visually-hidden">Select</span></th>
        <th scope="col">Posting</th>
        <th scope="col">Location</th>
        <th scope="col">Source</th>
        <th scope="col">Status</th>
        <th scope="col">Quality</th>
        <th scope="col">Boards</th>
        <th scope="col">${changed}</th>
      </tr>
    </thead>
    <tbody>
      ${view.page.hits.map((hit, i) => row(hit, view, i))}
    </tbody>
  </table>`;
}

function pager(view: PostingListView, filters: ConsoleFilters): Html {
  const query = queryOf(filters);
  const first = filters.cursor ? html`<a href="${withQuery('/console/postings', query)}">First page</a>` : '';
  const next = view.page.nextCursor
    ? html`<a href="${withQuery('/console/postings', { ...query, cursor: view.page.nextCursor })}" rel="next"
        >Next page</a
      >`
    : '';
  return html`<nav class="pager" aria-label="Pages">${first} ${next}</nav>`;
}

function summary(view: PostingListView): Html {
  const shown = view.page.hits.length;
  const total = view.page.total === null ? '' : ` of ${view.page.total.toLocaleString('en-US')} matching`;
  return html`<p class="summary" id="result-summary">Showing ${shown} posting${shown === 1 ? '' : 's'}${total}.</p>`;
}

/**
 * The form the row checkboxes belong to (`form="bulk"`): publish the selected postings to, or withdraw them
 * from, the chosen boards in one request; back to this very list afterwards.
 */
function bulkForm(view: PostingListView, filters: ConsoleFilters, csrf: string): Html {
  if (view.page.hits.length === 0 || view.partners.length === 0) return html``;
  const back = withQuery('/console/postings', { ...queryOf(filters), cursor: filters.cursor ?? null });
  return html`<form id="bulk" class="publish bulk" method="post" action="/console/postings/boards">
    <input type="hidden" name="_csrf" value="${csrf}" />
    <input type="hidden" name="back" value="${back}" />
    <fieldset>
      <legend>Selected postings</legend>
      ${view.partners.map(
        (p, i) =>
          html`<span class="choice inline">
            <input type="checkbox" id="bulk-board-${i}" name="partnerIds" value="${p.config.id}" />
            <label for="bulk-board-${i}">${p.config.name}</label>
          </span>`,
      )}
      <div class="actions">
        <button type="submit" name="action" value="publish">Publish selected to chosen boards</button>
        <button type="submit" name="action" value="withdraw" class="secondary">
          Withdraw selected from chosen boards
        </button>
      </div>
    </fieldset>
  </form>`;
}

/** `GET /console/postings`. */
export function postingsPage(ctx: PageContext, view: PostingListView, filters: ConsoleFilters): Html {
  return page(
    ctx,
    'Postings',
    html`${filtersForm(view, filters)} ${summary(view)} ${bulkForm(view, filters, ctx.csrf)}
    ${resultsTable(view, filters)} ${pager(view, filters)}`,
  );
}
