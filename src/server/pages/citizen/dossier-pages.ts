import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError } from '../../../core/errors.ts';
import type { CitizenPrincipal } from '../../../services/citizens/citizen-sessions.ts';
import { getMyDossier } from '../../../services/citizens/get-my-dossier.ts';
import { listMyDossiers } from '../../../services/citizens/list-my-dossiers.ts';
import {
  addSupplementFile,
  removeSupplementFile,
  submitSupplement,
} from '../../../services/citizens/supplement-online.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { findCitizen, requireCitizen } from '../../citizen-auth.ts';
import { readCitizenUpload } from '../../citizen-uploads.ts';
import { renderNotFoundPage } from '../error-page.ts';
import { pageContextOf } from '../page-context.ts';
import { formFields, redirectToSignIn, refusalOf, sendCitizenPage } from './page-kit.ts';
import { renderDossierPage, renderMinePage, renderSupplementPage } from './render-dossiers.ts';

const page = { config: { auth: 'citizen' as const } };
type CodeRoute = { Params: { code: string }; Querystring: Record<string, string | undefined> };

/**
 * "Hồ sơ của tôi" (/cong-dan/ho-so), one dossier (/cong-dan/ho-so/<code>) and its supplement page
 * (/cong-dan/ho-so/<code>/bo-sung). Only the signed-in citizen's own dossiers: another's is 404.
 */
export function registerDossierPages(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/cong-dan/ho-so', page, async (request, reply) => {
    const citizen = await findCitizen(ctx, request);
    if (!citizen) return redirectToSignIn(request, reply);
    const mine = await listMyDossiers(ctx, citizen);
    return sendCitizenPage(reply, renderMinePage(pageContextOf(request), citizen, mine));
  });

  app.get<CodeRoute>('/cong-dan/ho-so/:code', page, async (request, reply) => {
    const citizen = await findCitizen(ctx, request);
    if (!citizen) return redirectToSignIn(request, reply);
    const view = await withDossier(ctx, request, reply, citizen);
    if (!view) return reply;
    const flash = {
      submitted: 'da-nop' in request.query,
      supplemented: 'da-bo-sung' in request.query,
    };
    return sendCitizenPage(reply, renderDossierPage(pageContextOf(request), citizen, view, flash));
  });

  app.get<CodeRoute>('/cong-dan/ho-so/:code/bo-sung', page, async (request, reply) => {
    const citizen = await findCitizen(ctx, request);
    if (!citizen) return redirectToSignIn(request, reply);
    return showSupplement(ctx, request, reply, citizen, { uploaded: 'tai-len' in request.query });
  });

  app.post<CodeRoute>('/cong-dan/ho-so/:code/bo-sung/tai-len', page, async (request, reply) => {
    const code = request.params.code;
    try {
      const upload = await readCitizenUpload(request);
      const citizen = await requireCitizen(ctx, request, { formToken: upload.fields._csrf });
      const document = upload.fields.document;
      await addSupplementFile(ctx, citizen, code, {
        documentIndex: document === 'other' ? null : Number(document),
        bytes: upload.bytes,
        fileName: upload.fileName,
      });
      return reply.redirect(`/cong-dan/ho-so/${encodeURIComponent(code)}/bo-sung?tai-len=1`, 303);
    } catch (error) {
      return failSupplement(ctx, request, reply, error);
    }
  });

  app.post<CodeRoute>('/cong-dan/ho-so/:code/bo-sung/xoa', page, async (request, reply) => {
    const form = formFields(request.body);
    try {
      const citizen = await requireCitizen(ctx, request, { formToken: form._csrf });
      await removeSupplementFile(ctx, citizen, request.params.code, form.upload ?? '');
      return reply.redirect(
        `/cong-dan/ho-so/${encodeURIComponent(request.params.code)}/bo-sung`,
        303,
      );
    } catch (error) {
      return failSupplement(ctx, request, reply, error);
    }
  });

  app.post<CodeRoute>('/cong-dan/ho-so/:code/bo-sung', page, async (request, reply) => {
    const form = formFields(request.body);
    try {
      const citizen = await requireCitizen(ctx, request, { formToken: form._csrf });
      const sent = await submitSupplement(ctx, citizen, request.params.code);
      return reply.redirect(`/cong-dan/ho-so/${encodeURIComponent(sent.code)}?da-bo-sung=1`, 303);
    } catch (error) {
      return failSupplement(ctx, request, reply, error);
    }
  });
}

/** The dossier view, or a 404 page (not the citizen's, or no such code). */
async function withDossier(
  ctx: ServiceContext,
  request: FastifyRequest<CodeRoute>,
  reply: FastifyReply,
  citizen: CitizenPrincipal,
) {
  try {
    return await getMyDossier(ctx, citizen, request.params.code);
  } catch (error) {
    if (isDomainError(error) && error.code === 'NOT_FOUND') {
      const context = pageContextOf(request);
      sendCitizenPage(reply, renderNotFoundPage(context, error.message), 404);
      return undefined;
    }
    throw error;
  }
}

async function showSupplement(
  ctx: ServiceContext,
  request: FastifyRequest<CodeRoute>,
  reply: FastifyReply,
  citizen: CitizenPrincipal,
  options: { error?: string; uploaded?: boolean },
  status = 200,
) {
  const view = await withDossier(ctx, request, reply, citizen);
  if (!view) return reply;
  if (!view.supplement)
    return reply.redirect(`/cong-dan/ho-so/${encodeURIComponent(view.code)}`, 303);
  return sendCitizenPage(
    reply,
    renderSupplementPage(pageContextOf(request), citizen, view, options),
    status,
  );
}

/** A refused upload or send: the same page with the reason (signed out: to the sign-in page). */
async function failSupplement(
  ctx: ServiceContext,
  request: FastifyRequest<CodeRoute>,
  reply: FastifyReply,
  error: unknown,
) {
  const { status, message } = refusalOf(error);
  const citizen = await findCitizen(ctx, request);
  const back = `/cong-dan/ho-so/${encodeURIComponent(request.params.code)}/bo-sung`;
  if (!citizen) return redirectToSignIn(request, reply, back);
  return showSupplement(ctx, request, reply, citizen, { error: message }, status);
}
