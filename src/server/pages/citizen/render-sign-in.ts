import type { StandinIdentityProvider } from '../../../services/citizens/standin-identity-provider.ts';
import { html } from '../html.ts';
import type { PageContext } from '../page-context.ts';
import { errorBox, formatWhen, renderCitizenPage } from './page-kit.ts';

export interface SignInView {
  pre: string;
  next: string;
  destination?: string;
  error?: string;
  demo: boolean;
  /** E-ID sign-in is offered (a real provider, or the stand-in in demo mode). */
  vneid: boolean;
}

function demoNote(page: PageContext, demo: boolean) {
  return demo
    ? html`<p class="note">${page.t.citizen.demoNote} <a href="/hop-thu-demo">${page.t.citizen.demoMailbox}</a></p>`
    : '';
}

/** Step 1: phone or e-mail, or VNeID. */
export function renderSignInPage(page: PageContext, view: SignInView): string {
  const c = page.t.citizen;
  return renderCitizenPage({
    page,
    title: c.signInTitle,
    body: html`<h1>${c.signInHeading}</h1>
${errorBox(page, view.error)}
<p>${c.signInIntro}</p>
${demoNote(page, view.demo)}
<form method="post" action="/cong-dan/dang-nhap" novalidate>
<input type="hidden" name="_pre" value="${view.pre}"><input type="hidden" name="next" value="${view.next}">
<label for="destination">${c.destinationLabel}</label>
<p class="hint" id="destination-hint">${c.destinationHint}</p>
<input type="text" id="destination" name="destination" value="${view.destination ?? ''}" autocomplete="username" inputmode="email" aria-describedby="destination-hint" required maxlength="254">
<div class="actions"><button type="submit">${c.sendCode}</button></div>
</form>
${
  view.vneid
    ? html`<p class="muted">${c.or}</p>
<p><a class="button" href="/cong-dan/dang-nhap/vneid?next=${encodeURIComponent(view.next)}">${c.signInVneid}</a></p>
<p class="hint">${c.vneidHint}</p>`
    : ''
}`,
  });
}

export interface CodeView {
  pre: string;
  next: string;
  challenge?: {
    challengeId: string;
    channel: 'sms' | 'email';
    maskedDestination: string;
    expiresAt: string;
    resendAfter: string;
  };
  error?: string;
  demo: boolean;
}

/** Step 2: the 6-digit code, with resend and a way back. */
export function renderCodePage(page: PageContext, view: CodeView): string {
  const c = page.t.citizen;
  const ch = view.challenge;
  const hidden = html`<input type="hidden" name="_pre" value="${view.pre}"><input type="hidden" name="next" value="${view.next}">`;
  const body = ch
    ? html`<p>${ch.channel === 'sms' ? c.codeSentSms(ch.maskedDestination) : c.codeSentEmail(ch.maskedDestination)}</p>
<p class="hint">${c.codeRules(formatWhen(page, ch.expiresAt))}</p>
${demoNote(page, view.demo)}
<form method="post" action="/cong-dan/dang-nhap/ma" novalidate>${hidden}
<input type="hidden" name="r" value="${ch.challengeId}">
<label for="code">${c.codeLabel}</label>
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required autofocus>
<div class="actions"><button type="submit">${c.verify}</button></div>
</form>
<form method="post" action="/cong-dan/dang-nhap/gui-lai">${hidden}<input type="hidden" name="r" value="${ch.challengeId}">
<p class="hint">${c.resendAfter(formatWhen(page, ch.resendAfter))}</p>
<button class="quiet" type="submit">${c.resend}</button></form>`
    : html`<p>${c.challengeMissing}</p>`;
  return renderCitizenPage({
    page,
    title: c.codeTitle,
    body: html`<h1>${c.codeHeading}</h1>
${errorBox(page, view.error)}
${body}
<p><a href="/cong-dan/dang-nhap?next=${encodeURIComponent(view.next)}">${c.otherDestination}</a></p>`,
  });
}

/** The local stand-in playing VNeID: pick or type a demo identity, then confirm. */
export function renderStandinPage(
  page: PageContext,
  view: { state: string; pre: string; provider: StandinIdentityProvider; error?: string },
): string {
  const c = page.t.citizen;
  return renderCitizenPage({
    page,
    title: c.standinTitle,
    body: html`<h1>${c.standinHeading}</h1>
${errorBox(page, view.error)}
<p class="note">${c.standinIntro}</p>
<form method="post" action="/cong-dan/vneid-gia-lap" novalidate>
<input type="hidden" name="state" value="${view.state}"><input type="hidden" name="_pre" value="${view.pre}">
<fieldset><legend>${c.standinPick}</legend>
${view.provider.demoIdentities.map(
  (p, i) =>
    html`<label class="choice"><input type="radio" name="pick" value="${i}"${i === 0 ? html` checked` : ''}><span>${p.fullName} — ${p.idNumber} (${c.standinLevel(p.level)})</span></label>`,
)}
<label class="choice"><input type="radio" name="pick" value="other"><span>${c.standinOther}</span></label>
<label for="fullName">${c.standinFullName}</label><input type="text" id="fullName" name="fullName" maxlength="100" autocomplete="name">
<label for="idNumber">${c.standinIdNumber}</label><input type="text" id="idNumber" name="idNumber" inputmode="numeric" maxlength="12">
<label for="level">${c.standinLevel(2).replace(/\d/, '').trim()}</label>
<select id="level" name="level"><option value="2">${c.standinLevel(2)}</option><option value="1">${c.standinLevel(1)}</option></select>
</fieldset>
<div class="actions"><button type="submit">${c.standinConfirm}</button> <a href="/cong-dan/dang-nhap">${c.standinCancel}</a></div>
</form>`,
  });
}
