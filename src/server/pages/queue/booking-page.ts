import type { listSlots, presentBooking } from '../../../services/queue/book-slot.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { renderLayout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';
import { errorBox, type KioskUnit } from './kiosk-page.ts';
import type { QueueMessages } from './queue-messages.ts';
import { kioskStyles } from './queue-styles.ts';

type Slots = Awaited<ReturnType<typeof listSlots>>;
type Booking = ReturnType<typeof presentBooking>;
export interface BookingValues {
  slotStart?: string;
  fullName?: string;
  idNumber?: string;
  phone?: string;
}

const styles = html`<style>${raw(kioskStyles)}</style>`;
const dmy = (day: string) => day.split('-').reverse().join('/');

function rules(q: QueueMessages): SafeHtml {
  return html`<section class="note" aria-labelledby="rules"><h2 id="rules">${q.bookingRulesHeading}</h2>
<ul>${q.bookingRules.map((r) => html`<li>${r}</li>`)}</ul></section>`;
}

/**
 * `/dat-lich`: choose the office, the field and the day (GET, so each step is a plain link or
 * form), then a slot with the places left and who comes (POST). The rules are shown first.
 */
export function renderBookingPage(
  page: PageContext,
  q: QueueMessages,
  data: {
    units: KioskUnit[];
    unit?: KioskUnit;
    services?: Array<{ id: string; prefix: string; name: string; bookingEnabled: boolean }>;
    serviceId?: string;
    slots?: Slots;
    values?: BookingValues;
    error?: string;
  },
): string {
  const v = data.values ?? {};
  const slots = data.slots;
  const day = slots?.dates.find((d) => d.date === slots.date);
  const choose = html`<form method="get" action="/dat-lich" class="card">
<label for="unit">${q.bookingUnit}</label>
<select id="unit" name="unit">${data.units.map((u) => html`<option value="${u.code}"${u.code === data.unit?.code ? html` selected` : ''}>${u.name}</option>`)}</select>
${
  data.services
    ? html`<label for="service">${q.bookingService}</label>
<select id="service" name="service">${data.services
        .filter((s) => s.bookingEnabled)
        .map(
          (s) =>
            html`<option value="${s.id}"${s.id === data.serviceId ? html` selected` : ''}>${s.prefix} · ${s.name}</option>`,
        )}</select>`
    : ''
}
${
  slots
    ? html`<label for="date">${q.bookingDate}</label>
<select id="date" name="date">${slots.dates.map((d) => html`<option value="${d.date}"${d.date === slots.date ? html` selected` : ''}>${d.weekday} ${dmy(d.date)}${d.isWorkingDay ? '' : ` – ${q.boardClosed}`}</option>`)}</select>`
    : ''
}
<p><button type="submit">${data.services ? q.bookingShowSlots : q.bookingChoose}</button></p>
</form>`;
  const open = slots?.slots.filter((s) => !s.isPast) ?? [];
  const book = slots
    ? !slots.service.bookingEnabled
      ? html`<p>${q.bookingNotOffered}</p>`
      : !day?.isWorkingDay
        ? html`<p>${q.bookingDayOff}</p>`
        : open.every((s) => s.remaining === 0)
          ? html`<p>${q.bookingNoSlots}</p>`
          : html`<form method="post" action="/dat-lich" class="card">
<input type="hidden" name="unit" value="${slots.unit.code}"><input type="hidden" name="service" value="${slots.service.id}"><input type="hidden" name="date" value="${slots.date}">
<fieldset><legend>${q.bookingSlot} · ${day.weekday} ${dmy(slots.date)}</legend>
<ul class="slots">${open.map(
              (s) =>
                html`<li><label class="${s.remaining === 0 ? 'full' : ''}"><input type="radio" name="slotStart" value="${s.start}"${s.remaining === 0 ? html` disabled` : ''}${s.start === v.slotStart ? html` checked` : ''} required> ${s.label} <small>(${s.remaining === 0 ? q.bookingFull : q.bookingLeft(s.remaining)})</small></label></li>`,
            )}</ul></fieldset>
<h2>${q.bookingPerson}</h2>
<label for="fullName">${q.bookingFullName}</label><input type="text" id="fullName" name="fullName" value="${v.fullName ?? ''}" autocomplete="name" maxlength="200" required>
<label for="idNumber">${q.bookingIdNumber}</label><input type="text" id="idNumber" name="idNumber" value="${v.idNumber ?? ''}" inputmode="numeric" pattern="[0-9]{9}|[0-9]{12}" maxlength="12" required>
<label for="phone">${q.bookingPhone}</label><input type="tel" id="phone" name="phone" value="${v.phone ?? ''}" autocomplete="tel" maxlength="13" required>
<p><button type="submit">${q.bookingSubmit}</button></p>
</form>`
    : '';
  return renderLayout({
    title: q.bookingTitle,
    page,
    body: html`${styles}<h1>${q.bookingTitle}</h1>
${rules(q)}
${errorBox(q, data.error)}
${choose}
${book}
<p><a href="/dat-lich/huy">${q.bookingCancelLink}</a></p>`,
  });
}

/** After booking: the code to type at the kiosk, and when and where. */
export function renderBookingDone(page: PageContext, q: QueueMessages, booking: Booking): string {
  return renderLayout({
    title: q.bookingDoneTitle,
    page,
    body: html`${styles}<h1>${q.bookingDoneTitle}</h1>
<section class="card summary"><p>${q.bookingCode}</p>
<p class="code" data-testid="booking-code">${booking.code}</p>
<p>${q.bookingDoneNote}</p>
<dl class="facts"><dt>${q.bookingWhen}</dt><dd>${booking.slotLabel} · ${booking.weekday} ${dmy(booking.day)}</dd>
<dt>${q.bookingUnit}</dt><dd>${booking.unit.name}${booking.unit.address ? html`<br>${booking.unit.address}` : ''}</dd>
<dt>${q.bookingService}</dt><dd>${booking.service.prefix} · ${booking.service.name}</dd>
<dt>${q.ticketStatus}</dt><dd>${booking.statusLabel}</dd></dl></section>
<p class="muted">${q.kioskPriorityHint}</p>
<p><a href="/dat-lich">${q.bookingNew}</a> · <a href="/dat-lich/huy">${q.bookingCancelLink}</a></p>`,
  });
}

/** `/dat-lich/huy`: the code and the identity number; the outcome on the same page. */
export function renderCancelPage(
  page: PageContext,
  q: QueueMessages,
  data: { code?: string; error?: string; done?: boolean },
): string {
  return renderLayout({
    title: q.bookingCancelTitle,
    page,
    body: html`${styles}<h1>${q.bookingCancelTitle}</h1>
${errorBox(q, data.error)}
${data.done ? html`<p class="card" role="status">${q.bookingCancelled}</p>` : ''}
<form method="post" action="/dat-lich/huy" class="card">
<label for="code">${q.bookingCode}</label><input type="text" id="code" name="code" value="${data.code ?? ''}" maxlength="12" autocomplete="off" required>
<label for="idNumber">${q.bookingIdNumber}</label><input type="text" id="idNumber" name="idNumber" inputmode="numeric" maxlength="12" required>
<p><button type="submit">${q.bookingCancelButton}</button></p>
</form>
<p><a href="/dat-lich">${q.bookingNew}</a></p>`,
  });
}
