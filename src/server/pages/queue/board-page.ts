import { createHash } from 'node:crypto';
import type { Board } from '../../../services/queue/get-board.ts';
import { html, raw } from '../html.ts';
import type { PageContext } from '../page-context.ts';
import { boardScript } from './board-script.ts';
import type { QueueMessages } from './queue-messages.ts';
import { boardStyles } from './queue-styles.ts';

/** The CSP of the board: its own inline script by hash, and the event stream of this origin. */
export const boardCsp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${createHash('sha256').update(boardScript).digest('base64')}'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

/**
 * `/quay/man-hinh?unit=`: the wall screen. Rendered complete on the server (without JavaScript it
 * reloads every 15 s), then kept live by server-sent events, with each call spoken in Vietnamese.
 */
export function renderBoardPage(page: PageContext, q: QueueMessages, board: Board): string {
  const words = JSON.stringify({
    counter: q.boardCounter,
    closed: q.boardClosed,
    paused: q.boardPaused,
    priority: q.boardPriority,
    noCall: q.boardNoCall,
    minutes: q.boardMinutes(0).replace('0', '{n}'),
  });
  const last = board.latestCalls[0];
  return html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${q.boardTitle} · ${board.unit.name}</title>
<noscript><meta http-equiv="refresh" content="15"></noscript>
<style>${raw(boardStyles)}</style>
</head>
<body data-unit="${board.unit.code}" data-now="${board.at ?? ''}" data-words="${words}">
<header><h1>${board.unit.name}</h1>
<p class="status" id="offline" role="status" hidden>${q.boardOffline}</p>
<button type="button" class="sound" id="sound" aria-pressed="false" hidden>${q.boardSound}</button>
<span class="clock" id="clock">${board.at?.slice(11, 16) ?? ''}</span></header>
<main>
<section class="now" aria-live="assertive" aria-atomic="true"><p class="label">${q.boardNow}</p><p class="call" id="now-call">${last ? `${last.displayCode} → ${q.boardCounter} ${last.counterNumber}` : ''}</p></section>
<section aria-labelledby="h-counters"><h2 id="h-counters">${q.boardServing}</h2>
<table><thead><tr><th>${q.boardCounter}</th><th></th><th>${q.boardServing}</th></tr></thead>
<tbody id="counters">${board.counters.map(
    (c) =>
      html`<tr><td>${c.number}${c.isPriority ? ` (${q.boardPriority})` : ''}</td><td class="muted">${c.name}</td><td class="${c.current && c.status !== 'closed' ? 'code' : 'muted'}">${c.status === 'closed' ? q.boardClosed : c.status === 'paused' ? q.boardPaused : (c.current?.displayCode ?? '–')}</td></tr>`,
  )}</tbody></table></section>
<section aria-labelledby="h-latest"><h2 id="h-latest">${q.boardLatest}</h2>
<ol id="latest">${board.latestCalls.length === 0 ? html`<li class="muted">${q.boardNoCall}</li>` : board.latestCalls.map((c) => html`<li>${c.displayCode} → ${q.boardCounter} ${c.counterNumber}</li>`)}</ol>
<h2>${q.boardWaiting}</h2>
<table><thead><tr><th></th><th>${q.boardWaiting}</th><th>${q.boardWait}</th></tr></thead>
<tbody id="waiting">${board.services.map(
    (s) =>
      html`<tr><td>${s.prefix} · ${s.name}</td><td>${s.waiting}</td><td>${s.waiting > 0 ? q.boardMinutes(s.expectedWaitMinutes) : '–'}</td></tr>`,
  )}</tbody></table></section>
</main>
<script>${raw(boardScript)}</script>
</body>
</html>`.value;
}
