import { html, raw, type SafeHtml } from './html.ts';
import { defaultPageContext, type NavItem, type PageContext } from './page-context.ts';
import { baseStyles } from './styles.ts';

const navItems: Array<{
  item: NavItem;
  href: string;
  key: 'navHome' | 'navProcedures' | 'navAgencies' | 'navBoundaryFree' | 'navMine';
}> = [
  { item: 'home', href: '/', key: 'navHome' },
  { item: 'procedures', href: '/thu-tuc', key: 'navProcedures' },
  { item: 'agencies', href: '/co-quan', key: 'navAgencies' },
  { item: 'boundaryFree', href: '/thu-tuc-khong-phu-thuoc-dia-gioi', key: 'navBoundaryFree' },
  // The citizen's own dossiers and drafts (online submission, Decree 118/2025 Art. 17.2).
  { item: 'mine', href: '/cong-dan/ho-so', key: 'navMine' },
];

/**
 * The server-rendered page shell: landmarks (header, nav, main, footer), a skip link, the
 * language switch and one inline stylesheet; no JavaScript. The page supplies its single h1.
 */
export function renderLayout(options: {
  title: string;
  body: SafeHtml;
  page?: PageContext;
  current?: NavItem;
}): string {
  const page = options.page ?? defaultPageContext;
  const { t } = page;
  const switchHref = `/ngon-ngu/${t.switchLanguageLang}?next=${encodeURIComponent(page.url)}`;
  return html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ${t.siteName}</title>
<style>${raw(baseStyles)}</style>
</head>
<body>
<a class="skip" href="#main">${t.skipLink}</a>
<header class="site"><div class="bar">
<a class="brand" href="/">${t.siteName}</a>
<nav class="main" aria-label="${t.navLabel}"><ul>
${navItems.map(
  (n) =>
    html`<li><a href="${n.href}"${options.current === n.item ? html` aria-current="page"` : ''}>${t[n.key]}</a></li>`,
)}
<li><a href="${switchHref}" lang="${t.switchLanguageLang}" hreflang="${t.switchLanguageLang}" aria-label="${t.switchLanguageLabel}">${t.switchLanguage}</a></li>
</ul></nav>
</div></header>
<main id="main" tabindex="-1">${t.contentInVietnamese ? html`<p class="lang-note">${t.contentInVietnamese}</p>` : ''}${options.body}</main>
<footer class="site"><div>
<p>${t.siteTagline}. ${t.footerLaw}</p>
<p><a href="/app/login">${t.officerLogin}</a></p>
${page.demoMailbox ? html`<p><a href="/hop-thu-demo">${t.footerDemoMailbox}</a></p>` : ''}
</div></footer>
</body>
</html>`.value;
}
