import { html, type SafeHtml } from './html.ts';

export const baseStyles = `
:root{--ink:#1b1f24;--muted:#5b6570;--brand:#a3161a;--brand-ink:#fff;--line:#d8dde3;--bg:#f6f7f9;--ok:#1d6b3a;--warn:#8a5a00;--bad:#a3161a;--focus:#1a56db}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
a{color:#0b4fa8}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
header.site{background:var(--brand);color:var(--brand-ink);padding:.75rem 1rem}header.site a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:60rem;margin:0 auto;padding:1rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem;z-index:10}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem;margin:1rem 0}
`;

/** The server-rendered page shell: Vietnamese first, skip link, no JavaScript needed. */
export function renderLayout(options: {
  title: string;
  body: SafeHtml;
  lang?: 'vi' | 'en';
}): string {
  return html`<!doctype html>
<html lang="${options.lang ?? 'vi'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Một Cửa</title>
<style>${baseStyles}</style>
</head>
<body>
<a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
<header class="site"><a href="/">Một Cửa — Hệ thống giải quyết thủ tục hành chính</a></header>
<main id="main">${options.body}</main>
</body>
</html>`.value;
}
