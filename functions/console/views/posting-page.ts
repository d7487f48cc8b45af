import type { PostingBoard, PostingDetailView } from '../../../shared/console/console-queries';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import type { SyndicationRecord } from '../../../shared/schema/syndication';
import { locationsList, reasonsList, salaryText, statusBadge, textList, warningsList, when } from './components';
import { descriptionHtml, html, safeUrl, type Html } from './html';
import { page, type PageContext } from './layout';

/**
 * A posting's page: where it is on every board (status, reasons, history) with the publish/withdraw form,
 * then its normalised fields side by side with what its source published.
 */

function historyOf(record: SyndicationRecord): Html {
  if (record.history.length === 0) return html``;
  const entries = [...record.history].reverse();
  return html`<details>
    <summary>History (${entries.length})</summary>
    <table>
      <caption class="muted">
        Newest first
      </caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Status</th>
          <th scope="col">Version</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        ${entries.map(
          (entry) =>
            html`<tr>
              <td>${when(entry.at)}</td>
              <td>${statusBadge(entry.status)}</td>
              <td>${entry.version ?? '—'}</td>
              <td>
                ${entry.reasons.length > 0 ? reasonsList(entry.reasons) : html`<span class="muted">${entry.cause}</span>`}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}

function boardRow(board: PostingBoard): Html {
  const { partner, record } = board;
  const status = record?.status ?? 'none';
  return html`<tr data-partner="${partner.config.id}">
    <th scope="row">
      ${partner.config.name}<span class="sub">${partner.config.format} · ${partner.config.delivery}</span>
    </th>
    <td data-board-status="${status}">${statusBadge(status, status === 'none' ? 'not sent' : status)}</td>
    <td>${record ? when(record.updatedAt) : html`<span class="muted">—</span>`}</td>
    <td>
      ${record ? html`<div class="current-reasons">${reasonsList(record.reasons)}</div>` : ''}
      ${record?.lastError ? html`<p class="sub">Last error: ${record.lastError}</p>` : ''}
      ${record ? historyOf(record) : ''}
    </td>
  </tr>`;
}

function publishForm(view: PostingDetailView, csrf: string): Html {
  const id = view.posting.id;
  const choices = view.boards.map((board, i) => {
    const blocked = board.blockers.length > 0 && board.record?.status !== 'live';
    const hint = blocked ? `board-${i}-hint` : null;
    return html`<div class="choice">
      <input
        type="checkbox"
        id="board-${i}"
        name="partnerIds"
        value="${board.partner.config.id}"
        ${hint ? html` aria-describedby="${hint}"` : ''}
      />
      <label for="board-${i}">${board.partner.config.name}</label>
      ${hint ? html`<span class="blocked" id="${hint}">Would be rejected: ${board.blockers.map((b) => b.message).join(' ')}</span>` : ''}
    </div>`;
  });
  return html`<form class="publish" method="post" action="/console/postings/${encodeURIComponent(id)}/boards">
    <input type="hidden" name="_csrf" value="${csrf}" />
    <fieldset>
      <legend>Choose boards</legend>
      ${choices}
      <div class="actions">
        <button type="submit" name="action" value="publish">Publish to chosen boards</button>
        <button type="submit" name="action" value="withdraw" class="secondary">Withdraw from chosen boards</button>
      </div>
    </fieldset>
  </form>`;
}

function boardsSection(view: PostingDetailView, csrf: string): Html {
  const table =
    view.boards.length === 0
      ? html`<p>No partner boards are configured.</p>`
      : html`<table>
          <caption>
            Status on each partner board
          </caption>
          <thead>
            <tr>
              <th scope="col">Board</th>
              <th scope="col">Status</th>
              <th scope="col">Since</th>
              <th scope="col">Reasons and history</th>
            </tr>
          </thead>
          <tbody>
            ${view.boards.map(boardRow)}
          </tbody>
        </table>`;
  return html`<section aria-labelledby="boards-heading">
    <h2 id="boards-heading">Boards</h2>
    <div id="boards">${table}</div>
    ${view.boards.length > 0 ? publishForm(view, csrf) : ''}
  </section>`;
}

const field = (label: string, value: Html | string | number | null): Html =>
  html`<dt>${label}</dt>
    <dd>${value === null || value === '' ? html`<span class="muted">—</span>` : value}</dd>`;

function link(url: string | null): Html | null {
  const safe = safeUrl(url);
  return safe ? html`<a href="${safe}" rel="noopener noreferrer nofollow">${safe}</a>` : url ? html`${url}` : null;
}

function normalisedSection(p: PostingRecord): Html {
  return html`<section aria-labelledby="normalised-heading">
    <h2 id="normalised-heading">Normalised</h2>
    <dl class="fields">
      ${field('Title', p.title)} ${field('Company', p.company.name)} ${field('Seniority', p.seniority)}
      ${field('Department', p.department)} ${field('Employment', p.employmentTypes.join(', '))}
      ${field('Locations', locationsList(p.locations))} ${field('Salary', salaryText(p.salary))}
      ${field('Apply URL', link(p.applyUrl))} ${field('Posted', p.datePosted)} ${field('Valid through', p.validThrough)}
      ${field('Skills', p.skills.join(', '))}
      ${field('Languages', p.languages.map((l) => `${l.code}${l.required ? '' : ' (nice to have)'}${l.level ? ` ${l.level}` : ''}`).join(', '))}
      ${field('Probation', p.terms.probationMonths === null ? null : `${p.terms.probationMonths} months`)}
      ${field('Paid leave', p.terms.paidLeaveDays === null ? null : `${p.terms.paidLeaveDays} days`)}
    </dl>
    <h3>Responsibilities</h3>
    ${textList(p.responsibilities)}
    <h3>Requirements</h3>
    ${textList(p.requirements.must)}
    <h3>Nice to have</h3>
    ${textList(p.requirements.nice)}
    <h3>Benefits</h3>
    ${textList(p.benefits)}
  </section>`;
}

function sourceSection(view: PostingDetailView): Html {
  const p = view.posting;
  const sourceName = view.source?.config.name ?? p.source.id;
  return html`<section aria-labelledby="source-heading">
    <h2 id="source-heading">Source</h2>
    <dl class="fields">
      ${field(
        'Source',
        view.source
          ? html`<a href="/console/sources/${encodeURIComponent(p.source.id)}">${sourceName}</a> (${p.source.kind})`
          : html`${p.source.id === 'api' ? 'submitted over the API' : p.source.id} (${p.source.kind})`,
      )}
      ${field('External id', p.source.externalId)} ${field('Original', link(p.source.url))}
      ${field('First seen', when(p.firstSeenAt))} ${field('Last changed', when(p.lastChangedAt))}
      ${field('Version', p.version)}
    </dl>
    <h3>Description as published (sanitised)</h3>
    <div class="original">${descriptionHtml(p.description.html)}</div>
  </section>`;
}

function header(p: PostingRecord): Html {
  return html`<p>
      ${p.company.name ?? 'No company'} · ${statusBadge(p.status)} ${p.closedAt ? html` since ${when(p.closedAt)}` : ''}
      ${p.duplicateOf ? html` · duplicate of <a href="/console/postings/${encodeURIComponent(p.duplicateOf)}">another posting</a>` : ''}
    </p>
    <p>Quality ${p.quality.score}/100. Warnings: ${warningsList(p.quality.warnings)}</p>
    <p><a href="/console/postings">Back to all postings</a></p>`;
}

/** `GET /console/postings/{id}`. */
export function postingPage(ctx: PageContext, view: PostingDetailView): Html {
  const p = view.posting;
  return page(
    ctx,
    p.title || '(untitled posting)',
    html`${header(p)} ${boardsSection(view, ctx.csrf)}
      <div class="side-by-side">${normalisedSection(p)} ${sourceSection(view)}</div>`,
  );
}
