import { priorityKinds, priorityLabels } from '../../../core/queue/queue-types.ts';
import type { PublicTicket } from '../../../services/queue/get-ticket.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { renderLayout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';
import type { QueueMessages } from './queue-messages.ts';
import { kioskStyles } from './queue-styles.ts';

export interface KioskUnit {
  code: string;
  name: string;
  address: string | null;
  openingHours: string | null;
}

const styles = html`<style>${raw(kioskStyles)}</style>`;

export function errorBox(q: QueueMessages, message: string | undefined): SafeHtml | '' {
  return message
    ? html`<div class="error" role="alert"><strong>${q.errorHeading}:</strong> ${message}</div>`
    : '';
}

/** `/quay/lay-so` (or the board) without a unit: the one-stop units that have a ticket machine. */
export function renderKioskIndex(
  page: PageContext,
  q: QueueMessages,
  units: KioskUnit[],
  path = '/quay/lay-so',
): string {
  const title = path === '/quay/lay-so' ? q.kioskTitle : q.boardTitle;
  return renderLayout({
    title,
    page,
    body: html`${styles}<h1>${title}</h1>
<p>${q.kioskChooseUnit}</p>
${units.length === 0 ? html`<p>${q.kioskNoUnits}</p>` : ''}
<ul class="plain">${units.map(
      (u) =>
        html`<li class="card"><a href="${path}?unit=${encodeURIComponent(u.code)}"><strong>${u.name}</strong></a>${u.address ? html`<p class="meta">${u.address}</p>` : ''}</li>`,
    )}</ul>`,
  });
}

/**
 * The kiosk (Decree 118/2025 Art. 13): one big button per service inside one form, with the
 * priority choice; a booking check-in by code. Plain forms: it works without JavaScript.
 */
export function renderKioskPage(
  page: PageContext,
  q: QueueMessages,
  data: {
    unit: KioskUnit;
    services: Array<{ id: string; prefix: string; name: string; fields: string[] }>;
    error?: string;
    code?: string;
  },
): string {
  const unit = encodeURIComponent(data.unit.code);
  return renderLayout({
    title: `${q.kioskTitle} · ${data.unit.name}`,
    page,
    body: html`${styles}<h1>${q.kioskTitle}</h1>
<p class="meta"><strong>${data.unit.name}</strong>${data.unit.openingHours ? html` · ${data.unit.openingHours}` : ''}</p>
${errorBox(q, data.error)}
<form method="post" action="/quay/lay-so">
<input type="hidden" name="unit" value="${data.unit.code}">
<fieldset class="priority"><legend>${q.kioskPriorityLegend}</legend>
<p class="muted">${q.kioskPriorityHint}</p>
${priorityKinds.map(
  (kind) =>
    html`<label><input type="radio" name="priority" value="${kind}"${kind === 'none' ? html` checked` : ''}> ${priorityLabels[kind]}</label>`,
)}
</fieldset>
<h2>${q.kioskServicesHeading}</h2>
<p>${q.kioskIntro}</p>
<ul class="kiosk-services">${data.services.map(
      (s) =>
        html`<li><button type="submit" name="service" value="${s.id}"><span class="prefix" aria-hidden="true">${s.prefix}</span><span>${s.name}${s.fields.length > 0 ? html`<small>${q.kioskFields} ${s.fields.slice(0, 6).join(', ')}${s.fields.length > 6 ? '…' : ''}</small>` : ''}</span></button></li>`,
    )}</ul>
</form>
<form method="post" action="/quay/lay-so/hen" class="card">
<h2>${q.kioskCheckInHeading}</h2>
<input type="hidden" name="unit" value="${data.unit.code}">
<label for="code">${q.kioskCheckInLabel}</label>
<div class="search-row"><input type="text" id="code" name="code" value="${data.code ?? ''}" maxlength="12" autocomplete="off" autocapitalize="characters" required><button type="submit">${q.kioskCheckInButton}</button></div>
</form>
<p class="no-print"><a href="/dat-lich?unit=${unit}">${q.kioskBookingLink}</a> · <a href="/quay/man-hinh?unit=${unit}">${q.kioskBoardLink}</a></p>`,
  });
}

const hhmm = (iso: string | null) => (iso ? iso.slice(11, 16) : '');
const dmy = (day: string) => day.split('-').reverse().join('/');

/** The printable ticket: number, service, time, people ahead and the expected wait. */
export function renderTicketPage(
  page: PageContext,
  q: QueueMessages,
  ticket: PublicTicket,
  onTime: boolean | null,
): string {
  const unit = encodeURIComponent(ticket.unit.code);
  return renderLayout({
    title: `${q.ticketTitle} ${ticket.displayCode}`,
    page,
    body: html`${styles}<h1 class="no-print">${q.ticketTitle}</h1>
<section class="ticket" aria-labelledby="number-label">
<p><strong>${ticket.unit.name}</strong></p>
<p id="number-label">${q.ticketNumber}</p>
<p class="number" data-testid="ticket-number">${ticket.displayCode}</p>
${ticket.counter ? html`<p class="called" role="status">${q.ticketCalled(ticket.counter.number ?? 0)}</p>` : ''}
<dl>
<dt>${q.ticketService}</dt><dd>${ticket.service.prefix} · ${ticket.service.name}</dd>
<dt>${q.ticketIssuedAt}</dt><dd>${hhmm(ticket.issuedAt)} ${dmy(ticket.day)}</dd>
${ticket.priority !== 'none' ? html`<dt>${q.ticketPriority}</dt><dd>${ticket.priorityLabel}</dd>` : ''}
${ticket.ahead !== null ? html`<dt>${q.ticketAhead}</dt><dd data-testid="ticket-ahead">${ticket.ahead}</dd><dt>${q.ticketWait}</dt><dd>${ticket.expectedWaitLabel}</dd>` : html`<dt>${q.ticketStatus}</dt><dd>${ticket.statusLabel}</dd>`}
</dl>
${onTime === true ? html`<p>${q.ticketOnTime}</p>` : onTime === false ? html`<p>${q.ticketLate}</p>` : ''}
<p class="meta">${q.ticketNote}</p>
</section>
<p class="no-print muted">${q.ticketPrint}</p>
<p class="no-print"><a href="/quay/lay-so?unit=${unit}">${q.ticketAnother}</a> · <a href="/quay/so/${ticket.id}">${q.ticketRefresh}</a> · <a href="/quay/man-hinh?unit=${unit}">${q.kioskBoardLink}</a></p>`,
  });
}
