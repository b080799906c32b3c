import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isDomainError } from '../../core/errors.ts';
import {
  getPublishedProcedure,
  listFields,
  searchProcedures,
} from '../../services/catalogue/search-procedures.ts';
import type { ServiceContext } from '../../services/context.ts';
import { getPublicAgency } from '../../services/portal/get-public-agency.ts';
import { listAgencyChoices } from '../../services/portal/list-agency-choices.ts';
import { listAgencyDirectory } from '../../services/portal/list-agency-directory.ts';
import { renderAgencyDirectoryPage, renderAgencyPage } from './agency-pages.ts';
import { renderBoundaryFreePage } from './boundary-free-page.ts';
import { registerCitizenPages } from './citizen/register.ts';
import { renderNotFoundPage } from './error-page.ts';
import { renderHomePage } from './home-page.ts';
import { isLang, type Messages } from './i18n/index.ts';
import { registerLookupPages } from './lookup/register.ts';
import { registerMailboxPages } from './mailbox/register.ts';
import { memoize } from './memo.ts';
import {
  langCookie,
  type PageContext,
  pageContextOf,
  safeLocalPath,
  sendPage,
} from './page-context.ts';
import { type PortalParam, parsePortalQuery } from './page-query.ts';
import { registerPaymentPages } from './payments/register.ts';
import { renderProcedurePage } from './procedure-page.ts';
import { registerQueuePages } from './queue/register.ts';
import { renderSearchPage } from './search-page.ts';

const pageSize = 20;
const procedureCodePattern = /^\d\.\d{6}(\.[A-Z0-9.]+)?$/;
const unitCodePattern = /^[\w.-]{1,80}$/;

/** The words a visitor reads for each invalid parameter. */
function paramNames(t: Messages, invalid: PortalParam[]): string[] {
  const names: Record<PortalParam, string> = {
    q: t.paramQ,
    agency: t.filterAgency,
    field: t.filterField,
    level: t.filterLevel,
    channel: t.filterChannel,
    page: t.paramPage,
  };
  return invalid.map((name) => names[name]);
}

async function notFound(reply: FastifyReply, page: PageContext, message: string) {
  return sendPage(reply, renderNotFoundPage(page, message), 404);
}

/**
 * Server-rendered public pages (the portal, DESIGN §2.3: no JavaScript needed, GET forms only),
 * and the officers' single-page app: every /app/* address answers the app's index.html, and the
 * app routes on the client.
 */
export function registerPages(
  app: FastifyInstance,
  options: { webDir: string | undefined; ctx: ServiceContext },
): void {
  const { ctx } = options;
  const page = { config: { auth: 'none' as const } };
  const agencyChoices = memoize(60_000, () => listAgencyChoices(ctx));

  app.get('/', page, async (request, reply) => {
    const [mostUsed, fields] = await Promise.all([
      searchProcedures(ctx, { order: 'usage', page: 1, pageSize: 10 }),
      listFields(ctx),
    ]);
    return sendPage(
      reply,
      renderHomePage(pageContextOf(request), { mostUsed: mostUsed.items, fields }),
    );
  });

  app.get('/thu-tuc', page, async (request, reply) => {
    const context = pageContextOf(request);
    const { values, invalid } = parsePortalQuery(request.query, [
      'q',
      'agency',
      'field',
      'level',
      'channel',
      'page',
    ] as const);
    const input = { ...values, order: 'relevance' as const, pageSize };
    const [found, fields, agencies] = await Promise.all([
      searchProcedures(ctx, { ...input, page: values.page ?? 1 }),
      listFields(ctx),
      agencyChoices(),
    ]);
    // Past the last page: show the first one rather than an empty list.
    const result =
      found.items.length === 0 && (values.page ?? 1) > 1
        ? await searchProcedures(ctx, { ...input, page: 1 })
        : found;
    const body = renderSearchPage(context, {
      params: { ...values, page: result.page },
      invalid: paramNames(context.t, invalid),
      result,
      fields,
      agencies,
    });
    return sendPage(reply, body, invalid.length > 0 ? 400 : 200);
  });

  // "/thu-tuc/" and "/co-quan/" are the lists, not an empty code.
  app.get('/thu-tuc/', page, async (_request, reply) => reply.redirect('/thu-tuc', 301));
  app.get('/co-quan/', page, async (_request, reply) => reply.redirect('/co-quan', 301));

  app.get<{ Params: { code: string } }>('/thu-tuc/:code', page, async (request, reply) => {
    const context = pageContextOf(request);
    const code = request.params.code;
    if (!procedureCodePattern.test(code))
      return notFound(reply, context, context.t.notFoundProcedure(code.slice(0, 60)));
    try {
      const procedure = await getPublishedProcedure(ctx, code);
      return sendPage(reply, renderProcedurePage(context, procedure));
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND')
        return notFound(reply, context, context.t.notFoundProcedure(code));
      throw error;
    }
  });

  app.get('/thu-tuc-khong-phu-thuoc-dia-gioi', page, async (request, reply) => {
    const items = [];
    // The list is short (the province's boundary-free procedures); read it whole, 100 a page.
    for (let n = 1; n <= 20; n += 1) {
      const found = await searchProcedures(ctx, {
        boundaryFree: true,
        order: 'code',
        page: n,
        pageSize: 100,
      });
      items.push(...found.items);
      if (items.length >= found.total || found.items.length === 0) break;
    }
    return sendPage(reply, renderBoundaryFreePage(pageContextOf(request), items));
  });

  app.get('/co-quan', page, async (request, reply) => {
    const context = pageContextOf(request);
    const { values, invalid } = parsePortalQuery(request.query, ['q'] as const);
    const directory = await listAgencyDirectory(ctx, { q: values.q });
    const body = renderAgencyDirectoryPage(context, {
      q: values.q,
      invalid: paramNames(context.t, invalid),
      directory,
    });
    return sendPage(reply, body, invalid.length > 0 ? 400 : 200);
  });

  app.get<{ Params: { code: string } }>('/co-quan/:code', page, async (request, reply) => {
    const context = pageContextOf(request);
    const code = request.params.code;
    if (!unitCodePattern.test(code))
      return notFound(reply, context, context.t.notFoundAgency(code.slice(0, 80)));
    const { values } = parsePortalQuery(request.query, ['page'] as const);
    try {
      const agency = await getPublicAgency(ctx, code);
      const procedures = await searchProcedures(ctx, {
        agency: code,
        order: 'usage',
        page: values.page ?? 1,
        pageSize,
      });
      return sendPage(reply, renderAgencyPage(context, { agency, procedures }));
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND')
        return notFound(reply, context, context.t.notFoundAgency(code));
      throw error;
    }
  });

  // The language switch: a cookie for a year, then back to the page the visitor was on.
  app.get<{ Params: { lang: string }; Querystring: { next?: unknown } }>(
    '/ngon-ngu/:lang',
    page,
    async (request, reply) => {
      const lang = request.params.lang;
      if (!isLang(lang)) {
        const context = pageContextOf(request);
        return notFound(reply, context, context.t.notFoundTitle);
      }
      return reply
        .setCookie(langCookie, lang, {
          path: '/',
          maxAge: 365 * 24 * 3600,
          sameSite: 'lax',
          httpOnly: true,
          secure: request.protocol === 'https',
        })
        .header('cache-control', 'no-store')
        .redirect(safeLocalPath(request.query.next), 303);
    },
  );

  registerQueuePages(app, ctx);
  registerLookupPages(app, ctx);
  registerCitizenPages(app, ctx);
  registerPaymentPages(app, ctx);
  registerMailboxPages(app, ctx);

  const webDir = options.webDir;
  if (!webDir) return;
  const index = readFileSync(join(webDir, 'index.html'), 'utf8');
  const sendApp = async (_request: unknown, reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
      )
      .send(index);
  app.get('/app', page, sendApp);
  app.get('/app/*', page, sendApp);
}
