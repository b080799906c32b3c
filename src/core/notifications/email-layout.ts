/**
 * One e-mail, written once as structure and rendered twice: plain text (what every client shows,
 * and what the SMTP test reads) and simple HTML (escaped, inline styles only, no images or
 * scripts, readable on a phone).
 */
export interface EmailContent {
  subject: string;
  greeting: string;
  lead: string;
  facts: ReadonlyArray<readonly [label: string, value: string]>;
  lists: ReadonlyArray<{ title: string; items: readonly string[] }>;
  paragraphs: readonly string[];
  action: { label: string; url: string; note?: string } | null;
  signature: string;
}

const autoFooter =
  'Thư này được gửi tự động từ hệ thống Một Cửa, vui lòng không trả lời thư này. Nếu cần hỗ trợ, liên hệ bộ phận một cửa nơi Ông/Bà nộp hồ sơ.';

export function renderEmailText(c: EmailContent): string {
  const lines = [c.greeting, '', c.lead, ''];
  for (const [label, value] of c.facts) lines.push(`  ${label}: ${value}`);
  if (c.facts.length > 0) lines.push('');
  for (const list of c.lists) {
    lines.push(list.title);
    list.items.forEach((item, i) => {
      lines.push(`  ${i + 1}. ${item}`);
    });
    lines.push('');
  }
  for (const paragraph of c.paragraphs) lines.push(paragraph, '');
  if (c.action) {
    lines.push(`${c.action.label}: ${c.action.url}`);
    if (c.action.note) lines.push(c.action.note);
    lines.push('');
  }
  lines.push('Trân trọng,', c.signature, '', '--', autoFooter);
  return lines.join('\n').normalize('NFC');
}

export function renderEmailHtml(c: EmailContent): string {
  const e = escapeHtml;
  const facts = c.facts.length
    ? `<table style="border-collapse:collapse;margin:8px 0">${c.facts
        .map(
          ([label, value]) =>
            `<tr><td style="padding:2px 12px 2px 0;color:#555">${e(label)}</td><td style="padding:2px 0"><strong>${e(value)}</strong></td></tr>`,
        )
        .join('')}</table>`
    : '';
  const lists = c.lists
    .map(
      (list) =>
        `<p>${e(list.title)}</p><ol>${list.items.map((item) => `<li>${e(item)}</li>`).join('')}</ol>`,
    )
    .join('');
  const action = c.action
    ? `<p><a href="${e(c.action.url)}" style="display:inline-block;padding:8px 16px;background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px">${e(c.action.label)}</a></p>${
        c.action.note ? `<p style="color:#555">${e(c.action.note)}</p>` : ''
      }<p style="color:#555;font-size:13px">${e(c.action.url)}</p>`
    : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${e(c.subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:640px">
<p>${e(c.greeting)}</p>
<p>${e(c.lead)}</p>
${facts}${lists}${c.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}${action}
<p>Trân trọng,<br>${e(c.signature)}</p>
<hr style="border:none;border-top:1px solid #ddd"><p style="color:#777;font-size:12px">${e(autoFooter)}</p>
</body></html>`.normalize('NFC');
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
