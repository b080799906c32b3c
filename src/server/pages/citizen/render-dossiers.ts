import type { CitizenPrincipal } from '../../../services/citizens/citizen-sessions.ts';
import type { MyDossierView } from '../../../services/citizens/get-my-dossier.ts';
import type { listMyDossiers } from '../../../services/citizens/list-my-dossiers.ts';
import { otherSupplementDocument } from '../../../services/citizens/supplement-online.ts';
import { formatMoney } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../page-context.ts';
import { csrfField, errorBox, formatWhen, okBox, renderCitizenPage } from './page-kit.ts';

type Mine = Awaited<ReturnType<typeof listMyDossiers>>;
type DeliveryKey = 'in_person' | 'postal' | 'electronic';

const dossierHref = (code: string) => `/cong-dan/ho-so/${encodeURIComponent(code)}`;

/** "Hồ sơ của tôi": what waits for the citizen, the filed dossiers, the drafts to resume. */
export function renderMinePage(page: PageContext, citizen: CitizenPrincipal, mine: Mine): string {
  const c = page.t.citizen;
  const waiting = mine.dossiers.filter((d) => d.needsAction);
  const row = (d: Mine['dossiers'][number]) => html`<tr>
<th scope="row"><a href="${dossierHref(d.code)}">${d.code}</a></th>
<td lang="vi">${d.procedure.name}</td>
<td>${d.statusLabel}${d.needsAction ? html`<br><a href="${dossierHref(d.code)}/bo-sung">${c.supplementLink}</a>` : ''}</td>
<td>${formatWhen(page, d.submittedAt)}</td>
<td>${d.receptionDueAt ? c.receptionBy(formatWhen(page, d.receptionDueAt)) : d.dueAt ? c.dueBy(formatWhen(page, d.dueAt)) : c.none}</td>
</tr>`;
  const table = (
    caption: string,
    items: Mine['dossiers'],
  ) => html`<table><caption>${caption}</caption>
<thead><tr><th scope="col">${c.colCode}</th><th scope="col">${c.colProcedure}</th><th scope="col">${c.colStatus}</th><th scope="col">${c.colSubmitted}</th><th scope="col">${c.colDeadline}</th></tr></thead>
<tbody>${items.map(row)}</tbody></table>`;
  return renderCitizenPage({
    page,
    citizen,
    title: c.mineTitle,
    body: html`<h1>${c.mineHeading}</h1>
${waiting.length > 0 ? html`<section aria-labelledby="waiting"><h2 id="waiting">${c.mineNeedsAction}</h2>${table(c.mineNeedsAction, waiting)}</section>` : ''}
<section aria-labelledby="filed"><h2 id="filed">${c.mineSubmitted}</h2>
${mine.dossiers.length ? table(c.mineSubmitted, mine.dossiers) : html`<p>${c.mineNone}</p>`}</section>
<section aria-labelledby="drafts"><h2 id="drafts">${c.mineDrafts}</h2>
${
  mine.drafts.length
    ? html`<ul class="plain">${mine.drafts.map(
        (d) =>
          html`<li class="doc"><h3 lang="vi">${d.procedure.name}</h3><p class="meta">${d.procedure.code} · ${c.colUpdated}: ${formatWhen(page, d.updatedAt)}</p>
<p><a href="/cong-dan/nop/${encodeURIComponent(d.procedure.code)}/${d.id}/${stepPath(d.step)}">${c.resume}</a></p></li>`,
      )}</ul>`
    : html`<p>${c.mineNoDrafts}</p>`
}</section>
<p><a href="/thu-tuc?channel=online">${c.mineFind}</a></p>`,
  });
}

export function stepPath(step: string): string {
  return (
    { applicant: 'nguoi-nop', documents: 'giay-to', delivery: 'nhan-ket-qua', review: 'xem-lai' }[
      step
    ] ?? 'nguoi-nop'
  );
}

/** One dossier: status, the reception promise or the appointment, papers and steps. */
export function renderDossierPage(
  page: PageContext,
  citizen: CitizenPrincipal,
  d: MyDossierView,
  flash: { submitted?: boolean; supplemented?: boolean },
): string {
  const c = page.t.citizen;
  const fact = (label: string, value: string | SafeHtml | null | undefined) =>
    value ? html`<dt>${label}</dt><dd>${value}</dd>` : '';
  const banner = flash.submitted
    ? okBox(
        html`<p><strong>${c.submittedBanner('')}</strong><span class="code">${d.code}</span></p><p>${c.submittedKeep}</p>`,
      )
    : flash.supplemented
      ? okBox(c.supplementSentBanner)
      : '';
  return renderCitizenPage({
    page,
    citizen,
    title: c.dossierTitle(d.code),
    body: html`<h1>${c.dossierTitle(d.code)}</h1>
${banner}
${d.status === 'submitted' && d.receptionDueAt ? html`<p class="note">${c.receptionPromise(formatWhen(page, d.receptionDueAt))}</p>` : ''}
${d.supplement ? html`<div class="alert"><p><strong>${d.statusLabel}</strong></p><p><a href="${dossierHref(d.code)}/bo-sung">${c.supplementLink}</a></p></div>` : ''}
<dl class="facts">
${fact(c.factStatus, d.statusLabel)}
${fact(c.factProcedure, html`<span lang="vi">${d.procedure.name}</span> (${d.procedure.code})`)}
${fact(c.factSubmitted, formatWhen(page, d.submittedAt))}
${fact(c.factReceived, formatWhen(page, d.receivedAt))}
${fact(c.factDue, formatWhen(page, d.dueAt))}
${fact(c.factDelivery, `${c.deliveryLabels[d.deliveryMethod as DeliveryKey] ?? d.deliveryMethod}${d.deliveryAddress ? `: ${d.deliveryAddress}` : ''}`)}
${fact(c.factFee, d.feeTotal > 0 ? formatMoney(page.t, d.feeTotal) : '')}
${fact(c.factApplicant, `${d.applicant.fullName} — ${d.applicant.idNumber}`)}
${fact(c.factReason, d.outcomeReason)}
</dl>
<h2>${c.documentsHeading}</h2>
<ul>${d.documents.map(
      (doc) =>
        html`<li lang="vi">${doc.name}${doc.fileName ? html` — <span class="muted">${doc.fileName}</span>` : ''} <span class="muted">(${doc.source === 'supplement' ? c.documentSupplement(doc.supplementRound ?? 1) : c.documentOnline})</span></li>`,
    )}</ul>
<h2>${c.stepsHeading}</h2>
<ol>${d.steps.map((s) => html`<li>${formatWhen(page, s.at)}: ${s.label} — ${s.statusLabel}</li>`)}</ol>
<p><a href="/cong-dan/ho-so">${c.backToMine}</a></p>`,
  });
}

/** The supplement page: the officer's reasons and list, an upload per document, then send. */
export function renderSupplementPage(
  page: PageContext,
  citizen: CitizenPrincipal,
  d: MyDossierView,
  options: { error?: string; uploaded?: boolean },
): string {
  const c = page.t.citizen;
  const s = d.supplement!;
  const base = `${dossierHref(d.code)}/bo-sung`;
  const fileList = (name: string) => {
    const files = s.files.filter((f) => f.documentName === name);
    return files.length
      ? html`<ul class="files">${files.map(
          (f) =>
            html`<li><span>${f.fileName} <span class="muted">(${c.fileSize((f.size / 1024).toFixed(0))})</span></span>
<form class="inline" method="post" action="${base}/xoa">${csrfField(citizen)}<input type="hidden" name="upload" value="${f.id}"><button class="link" type="submit">${c.remove} <span class="visually-hidden">${f.fileName}</span></button></form></li>`,
        )}</ul>`
      : html`<p class="muted">${c.noFile}</p>`;
  };
  const uploadForm = (index: string, label: string, name: string) => html`<section class="doc">
<h3 lang="vi">${label}</h3>${fileList(name)}
<form method="post" action="${base}/tai-len" enctype="multipart/form-data">${csrfField(citizen)}<input type="hidden" name="document" value="${index}">
<label for="file-${index}">${c.chooseFile}: <span lang="vi">${label}</span></label>
<input type="file" id="file-${index}" name="file" accept="application/pdf,image/jpeg,image/png" required>
<div class="actions"><button class="quiet" type="submit">${c.upload}</button></div></form></section>`;
  return renderCitizenPage({
    page,
    citizen,
    title: c.supplementTitle(d.code),
    body: html`<h1>${c.supplementHeading} ${d.code}</h1>
${errorBox(page, options.error)}${options.uploaded ? okBox(c.uploaded) : ''}
<p>${c.supplementAsked(formatWhen(page, s.requestedAt))}</p>
<p class="note">${c.supplementDeadline(formatWhen(page, s.closeAt))}</p>
<h2>${c.supplementReasons}</h2><ul lang="vi">${s.reasons.map((r) => html`<li>${r}</li>`)}</ul>
<h2>${c.supplementDocuments}</h2>
${s.documents.map((name, i) => uploadForm(String(i), name, name))}
${uploadForm('other', c.supplementOther, otherSupplementDocument)}
<form method="post" action="${base}">${csrfField(citizen)}
<p class="hint">${c.supplementNeedFile}</p>
<div class="actions"><button type="submit">${c.supplementSend}</button> <a href="${dossierHref(d.code)}">${c.back}</a></div></form>`,
  });
}
