import type { PartnerView, SourceView } from '../../../shared/console/console-queries';
import type { RunRecord } from '../../../shared/schema/run';
import type { StoredSource } from '../../../shared/schema/source';
import { statusBadge, when } from './components';
import { html, withQuery, type Html } from './html';
import { page, type PageContext } from './layout';

/** The operations pages: sources with their health and runs, partners with their delivery health. */

const FAILING_AFTER = 3;

function sourceHealth(source: StoredSource): Html {
  const h = source.health;
  if (!source.config.active) return statusBadge('inactive');
  if (h.consecutiveFailures >= FAILING_AFTER)
    return statusBadge('failed', `failing (${h.consecutiveFailures} in a row)`);
  if (h.consecutiveFailures > 0)
    return statusBadge('pending', `${h.consecutiveFailures} failure${h.consecutiveFailures > 1 ? 's' : ''}`);
  if (!h.lastRunAt) return statusBadge('none', 'never run');
  return statusBadge('live', 'healthy');
}

const RUN_STATUS: Record<RunRecord['status'], string> = {
  running: 'pending',
  succeeded: 'live',
  'not-modified': 'live',
  failed: 'failed',
  suspicious: 'rejected',
};

function countsText(run: RunRecord): string {
  const c = run.counts;
  return `${c.fetched} fetched · ${c.created} new · ${c.updated} updated · ${c.unchanged} unchanged · ${c.closed} closed · ${c.rejected} rejected`;
}

function runRow(run: RunRecord): Html {
  return html`<tr>
    <td>${when(run.startedAt)}<span class="sub">${run.trigger}</span></td>
    <td>${statusBadge(RUN_STATUS[run.status], run.status)}</td>
    <td>${run.durationMs === null ? '—' : `${(run.durationMs / 1000).toFixed(1)} s`}</td>
    <td>${countsText(run)}</td>
    <td>
      ${run.suspectedClosures ? html`<p>Would have closed ${run.suspectedClosures.wouldClose} of ${run.suspectedClosures.open} open postings; closed none.</p>` : ''}
      ${run.errors.map((e) => html`<p><code>${e.code}</code> ${e.message}${e.url ? html` <span class="sub">${e.url}</span>` : ''}</p>`)}
    </td>
  </tr>`;
}

function runsTable(runs: readonly RunRecord[], caption: string): Html {
  if (runs.length === 0) return html`<p class="muted">No runs yet.</p>`;
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Started</th>
        <th scope="col">Outcome</th>
        <th scope="col">Took</th>
        <th scope="col">Postings</th>
        <th scope="col">Problems</th>
      </tr>
    </thead>
    <tbody>
      ${runs.map(runRow)}
    </tbody>
  </table>`;
}

function sourceRow({ source, runs }: SourceView): Html {
  const c = source.config;
  const last = runs[0];
  return html`<tr>
    <th scope="row">
      <a href="/console/sources/${encodeURIComponent(c.id)}">${c.name ?? c.id}</a><span class="sub">${c.id}</span>
    </th>
    <td>${c.kind}<span class="sub">${c.company.name}</span></td>
    <td>
      ${sourceHealth(source)}${source.health.lastError ? html`<span class="sub">${source.health.lastError.message}</span>` : ''}
    </td>
    <td>
      ${last ? html`${statusBadge(RUN_STATUS[last.status], last.status)} ${when(last.startedAt)}<span class="sub">${countsText(last)}</span>` : html`<span class="muted">never</span>`}
    </td>
    <td>${when(source.health.lastSuccessAt)}</td>
    <td><a href="${withQuery('/console/postings', { source: c.id })}">${source.health.postingsCount}</a></td>
  </tr>`;
}

/** `GET /console/sources`. */
export function sourcesPage(ctx: PageContext, views: readonly SourceView[]): Html {
  const body =
    views.length === 0
      ? html`<p>No sources are configured. Apply a sources file with <code>jobrelay sources apply FILE</code>.</p>`
      : html`<table>
          <caption>
            Configured sources and their latest refresh
          </caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Kind and company</th>
              <th scope="col">Health</th>
              <th scope="col">Last run</th>
              <th scope="col">Last success</th>
              <th scope="col">Postings</th>
            </tr>
          </thead>
          <tbody>
            ${views.map(sourceRow)}
          </tbody>
        </table>`;
  return page(ctx, 'Sources', body);
}

/** `GET /console/sources/{id}`. */
export function sourcePage(ctx: PageContext, view: SourceView): Html {
  const c = view.source.config;
  const h = view.source.health;
  return page(
    ctx,
    `Source: ${c.name ?? c.id}`,
    html`<p>
        <a href="/console/sources">All sources</a> ·
        <a href="${withQuery('/console/postings', { source: c.id })}">Its postings</a>
      </p>
      <dl class="fields">
        <dt>Health</dt>
        <dd>${sourceHealth(view.source)}</dd>
        <dt>Kind</dt>
        <dd>${c.kind}</dd>
        <dt>Company</dt>
        <dd>${c.company.name}</dd>
        <dt>Refreshed every</dt>
        <dd>${c.refreshEveryMinutes} minutes</dd>
        <dt>Last success</dt>
        <dd>${when(h.lastSuccessAt)}</dd>
        <dt>Last error</dt>
        <dd>
          ${h.lastError ? html`<code>${h.lastError.code}</code> ${h.lastError.message}` : html`<span class="muted">none</span>`}
        </dd>
        <dt>Open postings</dt>
        <dd>${h.postingsCount}</dd>
      </dl>
      <h2>Recent runs</h2>
      ${runsTable(view.runs, 'Most recent first')}`,
  );
}

function endpointCell({ partner }: PartnerView): Html {
  const h = partner.health;
  if (!partner.config.active) return statusBadge('inactive');
  if (h.endpointDisabledAt)
    return html`${statusBadge('disabled', 'endpoint disabled')}
      <span class="sub">since ${when(h.endpointDisabledAt)}: ${h.endpointDisabledReason ?? 'answered 410 Gone'}</span>`;
  return statusBadge('live', partner.config.delivery === 'feed' ? 'feed served' : 'delivering');
}

function partnerRow(view: PartnerView): Html {
  const { partner } = view;
  const c = partner.config;
  const h = partner.health;
  const list = (status: string, label: string) =>
    html`<a href="${withQuery('/console/postings', { board: `${c.id}:${status}` })}">${label}</a>`;
  return html`<tr>
    <th scope="row">${c.name}<span class="sub">${c.id}</span></th>
    <td>${c.delivery}<span class="sub">${c.format}</span></td>
    <td>${endpointCell(view)}</td>
    <td>${view.live === null ? '—' : view.live} ${list('live', 'live postings')}</td>
    <td>${when(h.lastDeliveryAt)}</td>
    <td>
      ${h.lastFailureAt ? html`${when(h.lastFailureAt)}<span class="sub">${h.lastError ?? ''}</span>` : html`<span class="muted">none</span>`}
    </td>
    <td>${list('rejected', 'Rejected')} · ${list('failed', 'Failed')} · ${list('pending', 'Pending')}</td>
  </tr>`;
}

/** `GET /console/partners`. */
export function partnersPage(ctx: PageContext, views: readonly PartnerView[]): Html {
  const body =
    views.length === 0
      ? html`<p>No partners are configured. Apply a partners file with <code>jobrelay partners apply FILE</code>.</p>`
      : html`<table>
          <caption>
            Partner boards and their delivery health
          </caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Delivery</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Live</th>
              <th scope="col">Last delivery</th>
              <th scope="col">Last failure</th>
              <th scope="col">Postings by status</th>
            </tr>
          </thead>
          <tbody>
            ${views.map(partnerRow)}
          </tbody>
        </table>`;
  return page(ctx, 'Partners', body);
}
