import { deliveryMethods } from '../../../core/citizens/draft-documents.ts';
import type { CitizenPrincipal } from '../../../services/citizens/citizen-sessions.ts';
import type { DraftView } from '../../../services/citizens/get-draft.ts';
import { formatMoney } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../page-context.ts';
import { csrfField, errorBox, okBox, renderCitizenPage } from './page-kit.ts';

export const wizardSteps = [
  { path: 'nguoi-nop', step: 'applicant', key: 'stepApplicant' },
  { path: 'giay-to', step: 'documents', key: 'stepDocuments' },
  { path: 'nhan-ket-qua', step: 'delivery', key: 'stepDelivery' },
  { path: 'xem-lai', step: 'review', key: 'stepReview' },
] as const;
export type WizardPath = (typeof wizardSteps)[number]['path'];

export interface StepOptions {
  error?: string | readonly string[];
  problems?: Record<string, string>;
  flash?: string;
}

export function draftBase(d: DraftView): string {
  return `/cong-dan/nop/${encodeURIComponent(d.procedure.code)}/${d.id}`;
}

/** The page of one step: progress, the step's form, the reasons it was refused if it was. */
function renderStep(
  page: PageContext,
  citizen: CitizenPrincipal,
  d: DraftView,
  path: WizardPath,
  options: StepOptions,
  body: SafeHtml,
): string {
  const c = page.t.citizen;
  const index = wizardSteps.findIndex((s) => s.path === path);
  const current = wizardSteps[index]!;
  return renderCitizenPage({
    page,
    citizen,
    title: `${c[current.key]} · ${c.wizardTitle(d.procedure.name)}`,
    body: html`<p class="meta" lang="vi">${d.procedure.code} · ${d.procedure.name}</p>
<nav aria-label="${c.stepsLabel}"><ol class="steps">${wizardSteps.map(
      (s, i) =>
        html`<li${i === index ? html` aria-current="step"` : ''}>${i <= index || d.step === s.step ? html`<a href="${draftBase(d)}/${s.path}">${i + 1}. ${c[s.key]}</a>` : html`${i + 1}. ${c[s.key]}`}</li>`,
    )}</ol></nav>
<h1>${c.stepOf(index + 1, wizardSteps.length)}: ${c[current.key]}</h1>
${errorBox(page, options.error)}${okBox(options.flash)}
${body}`,
  });
}

function field(
  id: string,
  label: string,
  value: string | null | undefined,
  problem: string | undefined,
  attrs: SafeHtml | '' = '',
  type = 'text',
) {
  return html`<label for="${id}">${label}</label>
${problem ? html`<p class="err" id="${id}-err">${problem}</p>` : ''}
<input type="${type}" id="${id}" name="${id}" value="${value ?? ''}"${problem ? html` aria-invalid="true" aria-describedby="${id}-err"` : ''}${attrs}>`;
}

function buttons(page: PageContext, back?: string) {
  const c = page.t.citizen;
  return html`<div class="actions"><button type="submit" name="action" value="next">${c.next}</button>
<button class="quiet" type="submit" name="action" value="save">${c.saveDraft}</button>
${back ? html`<a href="${back}">${c.back}</a>` : ''}</div>`;
}

/** Step 1: the applicant (prefilled from the account), the case, the deciding agency. */
export function renderApplicantStep(
  page: PageContext,
  citizen: CitizenPrincipal,
  d: DraftView,
  options: StepOptions,
): string {
  const c = page.t.citizen;
  const p = options.problems ?? {};
  const a = d.applicant;
  const asserted = citizen.method === 'identity';
  return renderStep(
    page,
    citizen,
    d,
    'nguoi-nop',
    options,
    html`
<form method="post" action="${draftBase(d)}/nguoi-nop" novalidate>${csrfField(citizen)}
<fieldset><legend>${c.kind}</legend>
<label class="choice"><input type="radio" name="kind" value="person"${a.kind !== 'organisation' ? html` checked` : ''}><span>${c.kindPerson}</span></label>
<label class="choice"><input type="radio" name="kind" value="organisation"${a.kind === 'organisation' ? html` checked` : ''}><span>${c.kindOrganisation}</span></label>
</fieldset>
${field('fullName', c.fullName, a.fullName, p.fullName, html` autocomplete="name" maxlength="200"`)}
${field('idNumber', c.idNumber, a.idNumber, p.idNumber, html` inputmode="numeric" maxlength="20"`)}
${asserted ? html`<p class="hint">${c.fromIdentity}</p>` : ''}
${field('phone', c.phone, a.phone, p.phone, html` autocomplete="tel" maxlength="20"`, 'tel')}
${field('email', c.email, a.email, p.email, html` autocomplete="email" maxlength="254"`, 'email')}
${field('address', c.address, a.address, p.address, html` autocomplete="street-address" maxlength="500"`)}
${
  d.cases.length
    ? html`<label for="caseName">${c.caseLabel}</label><select id="caseName" name="caseName"><option value="">${c.caseNone}</option>${d.cases.map(
        (name) =>
          html`<option value="${name}"${d.caseName === name ? html` selected` : ''} lang="vi">${name}</option>`,
      )}</select>`
    : ''
}
${
  d.agencies.length
    ? html`<label for="competentUnitCode">${c.agencyLabel}</label>${p.competentUnitCode ? html`<p class="err">${p.competentUnitCode}</p>` : ''}
<select id="competentUnitCode" name="competentUnitCode"><option value="">${c.agencyChoose}</option>${d.agencies.map(
        (u) =>
          html`<option value="${u.code}"${d.competentUnitCode === u.code ? html` selected` : ''}>${u.name}</option>`,
      )}</select>`
    : ''
}
${buttons(page)}
</form>
<form method="post" action="${draftBase(d)}/huy">${csrfField(citizen)}<button class="link" type="submit">${c.discard}</button></form>`,
  );
}

/** Step 2: the dynamic document list, an upload form per document, the files attached. */
export function renderDocumentsStep(
  page: PageContext,
  citizen: CitizenPrincipal,
  d: DraftView,
  options: StepOptions,
): string {
  const c = page.t.citizen;
  const base = draftBase(d);
  return renderStep(
    page,
    citizen,
    d,
    'giay-to',
    options,
    html`
<p>${c.documentsIntro}</p>
${d.documents.map(
  (doc) => html`<section class="doc" id="doc-${doc.no}" aria-labelledby="doc-${doc.no}-name">
<h3 id="doc-${doc.no}-name" lang="vi">${doc.no}. ${doc.name}</h3>
<p class="meta">${[doc.caseName, c.copiesNeeded(doc.originals ?? 0, doc.copies ?? 0)].filter(Boolean).join(' · ')}</p>
${
  doc.files.length
    ? html`<ul class="files">${doc.files.map(
        (
          f,
        ) => html`<li><span>${f.fileName} <span class="muted">(${c.fileSize((f.size / 1024).toFixed(0))})</span></span>
<form class="inline" method="post" action="${base}/giay-to/xoa">${csrfField(citizen)}<input type="hidden" name="upload" value="${f.id}"><button class="link" type="submit">${c.remove}<span class="visually-hidden"> ${f.fileName}</span></button></form></li>`,
      )}</ul>`
    : html`<p class="muted">${c.noFile}</p>`
}
<form method="post" action="${base}/giay-to/tai-len" enctype="multipart/form-data">${csrfField(citizen)}<input type="hidden" name="requirementNo" value="${doc.no}">
<label for="file-${doc.no}">${c.chooseFile} <span class="visually-hidden">${doc.name}</span></label>
<input type="file" id="file-${doc.no}" name="file" accept="application/pdf,image/jpeg,image/png" required>
<div class="actions"><button class="quiet" type="submit">${c.upload}</button></div>
</form></section>`,
)}
<form method="post" action="${base}/giay-to">${csrfField(citizen)}${buttons(page, `${base}/nguoi-nop`)}</form>`,
  );
}

/** Step 3: how the result comes back (Decree 118/2025 Art. 22). */
export function renderDeliveryStep(
  page: PageContext,
  citizen: CitizenPrincipal,
  d: DraftView,
  options: StepOptions,
): string {
  const c = page.t.citizen;
  const p = options.problems ?? {};
  return renderStep(
    page,
    citizen,
    d,
    'nhan-ket-qua',
    options,
    html`
<form method="post" action="${draftBase(d)}/nhan-ket-qua" novalidate>${csrfField(citizen)}
<fieldset><legend>${c.deliveryLegend}</legend>
${deliveryMethods.map(
  (m) =>
    html`<label class="choice"><input type="radio" name="deliveryMethod" value="${m}"${d.deliveryMethod === m ? html` checked` : ''}><span>${c.deliveryLabels[m]}</span></label>`,
)}
</fieldset>
<label for="deliveryAddress">${c.deliveryAddress}</label>
<p class="hint">${c.deliveryAddressHint}</p>
${p.deliveryAddress ? html`<p class="err">${p.deliveryAddress}</p>` : ''}
<input type="text" id="deliveryAddress" name="deliveryAddress" value="${d.deliveryAddress ?? ''}" autocomplete="street-address" maxlength="500">
${buttons(page, `${draftBase(d)}/giay-to`)}
</form>`,
  );
}

/** Step 4: everything on one page, what stops submission, the pledge, submit. */
export function renderReviewStep(
  page: PageContext,
  citizen: CitizenPrincipal,
  d: DraftView,
  options: StepOptions,
): string {
  const c = page.t.citizen;
  const base = draftBase(d);
  const a = d.applicant;
  const agency = d.agencies.find((u) => u.code === d.competentUnitCode)?.name;
  const deadline = d.procedure.deadline;
  return renderStep(
    page,
    citizen,
    d,
    'xem-lai',
    options,
    html`
<p>${c.reviewIntro}</p>
${d.blocking.length ? html`<div class="alert"><p><strong>${c.reviewBlocking}</strong></p><ul>${d.blocking.map((b) => html`<li>${b}</li>`)}</ul></div>` : ''}
${d.missingDocuments.length ? html`<div class="note"><p>${c.reviewMissing}</p><ul lang="vi">${d.missingDocuments.map((m) => html`<li>${m}</li>`)}</ul></div>` : ''}
<h2>${c.stepApplicant} <a href="${base}/nguoi-nop">(${c.edit})</a></h2>
<dl class="facts"><dt>${c.fullName}</dt><dd>${a.fullName || c.none}</dd><dt>${c.idNumber}</dt><dd>${a.idNumber || c.none}</dd>
<dt>${c.phone}</dt><dd>${a.phone || c.none}</dd><dt>${c.email}</dt><dd>${a.email || c.none}</dd><dt>${c.address}</dt><dd>${a.address || c.none}</dd>
${d.caseName ? html`<dt>${c.caseLabel}</dt><dd lang="vi">${d.caseName}</dd>` : ''}${agency ? html`<dt>${c.agencyLabel}</dt><dd>${agency}</dd>` : ''}</dl>
<h2>${c.stepDocuments} <a href="${base}/giay-to">(${c.edit})</a></h2>
<ul>${d.documents.map((doc) => html`<li><span lang="vi">${doc.name}</span>: ${doc.files.length ? doc.files.map((f) => f.fileName).join(', ') : c.noFile}</li>`)}</ul>
<h2>${c.stepDelivery} <a href="${base}/nhan-ket-qua">(${c.edit})</a></h2>
<p>${d.deliveryMethod ? c.deliveryLabels[d.deliveryMethod] : c.none}${d.deliveryMethod === 'postal' && d.deliveryAddress ? `: ${d.deliveryAddress}` : ''}</p>
<dl class="facts">${deadline ? html`<dt>${c.onlineDeadline}</dt><dd>${deadline.unit === 'same_day' ? page.t.sameDay : `${deadline.amount} ${page.t.deadlineUnits[deadline.unit]}`}</dd>` : ''}
<dt>${c.onlineFee}</dt><dd>${d.procedure.fees.free ? page.t.free : d.procedure.fees.totalVnd > 0 ? formatMoney(page.t, d.procedure.fees.totalVnd) : (d.procedure.fees.text ?? c.none)}</dd></dl>
<form method="post" action="${base}/nop">${csrfField(citizen)}
<label class="choice"><input type="checkbox" name="pledge" value="1" required><span>${c.pledge}</span></label>
<div class="actions"><button type="submit"${d.blocking.length ? html` disabled` : ''}>${c.submit}</button> <a href="${base}/nhan-ket-qua">${c.back}</a></div>
</form>`,
  );
}
