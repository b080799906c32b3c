import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, isDomainError } from '../../../core/errors.ts';
import type { CitizenPrincipal } from '../../../services/citizens/citizen-sessions.ts';
import { type DraftView, getDraft } from '../../../services/citizens/get-draft.ts';
import { listMyDossiers } from '../../../services/citizens/list-my-dossiers.ts';
import { type DraftPatch, saveDraft } from '../../../services/citizens/save-draft.ts';
import { findOnlineProcedure } from '../../../services/citizens/start-draft.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { findCitizen, requireCitizen } from '../../citizen-auth.ts';
import { renderNotFoundPage } from '../error-page.ts';
import { pageContextOf } from '../page-context.ts';
import { formFields, redirectToSignIn, refusalOf, sendCitizenPage } from './page-kit.ts';
import { renderStartPage } from './render-start.ts';
import {
  renderApplicantStep,
  renderDeliveryStep,
  renderDocumentsStep,
  renderReviewStep,
  type StepOptions,
  type WizardPath,
  wizardSteps,
} from './render-wizard.ts';

/** The wizard's shared steps: load the citizen's draft, show a step, save one, show a refusal. */
export type StartRoute = { Params: { code: string } };
export type DraftRoute = {
  Params: { code: string; id: string; step?: string };
  Querystring: Record<string, string | undefined>;
};

export const renderers = {
  'nguoi-nop': renderApplicantStep,
  'giay-to': renderDocumentsStep,
  'nhan-ket-qua': renderDeliveryStep,
  'xem-lai': renderReviewStep,
} as const;

export const pathOf = (request: FastifyRequest<DraftRoute>) =>
  `/cong-dan/nop/${encodeURIComponent(request.params.code)}/${request.params.id}`;

export async function showStart(
  ctx: ServiceContext,
  request: FastifyRequest<StartRoute>,
  reply: FastifyReply,
  citizen: CitizenPrincipal,
  error?: string,
  status = 200,
) {
  const code = request.params.code.slice(0, 60);
  const context = pageContextOf(request);
  try {
    const procedure = await findOnlineProcedure(ctx, citizen.tenantId, code);
    const drafts = (await listMyDossiers(ctx, citizen)).drafts.filter(
      (d) => d.procedure.code === code,
    );
    return sendCitizenPage(
      reply,
      renderStartPage(context, citizen, { code, procedure, drafts, error }),
      status,
    );
  } catch (failure) {
    if (isDomainError(failure) && failure.code === 'NOT_FOUND')
      return notFound(request, reply, failure.message);
    const refused = refusalOf(failure);
    return sendCitizenPage(
      reply,
      renderStartPage(context, citizen, { code, drafts: [], error: refused.message }),
      refused.status,
    );
  }
}

/** Loads the draft of the signed-in citizen for this address, or answers (sign-in, 404, done). */
export async function loadStep(
  ctx: ServiceContext,
  request: FastifyRequest<DraftRoute>,
  reply: FastifyReply,
) {
  const citizen = await findCitizen(ctx, request);
  if (!citizen) {
    redirectToSignIn(request, reply, `${pathOf(request)}/nguoi-nop`);
    return undefined;
  }
  try {
    const draft = await getDraft(ctx, citizen, request.params.id);
    if (draft.procedure.code !== request.params.code)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ nháp này.');
    if (draft.status === 'submitted') {
      reply.redirect('/cong-dan/ho-so', 303);
      return undefined;
    }
    return { citizen, draft };
  } catch (error) {
    if (isDomainError(error) && error.code === 'NOT_FOUND') {
      notFound(request, reply, error.message);
      return undefined;
    }
    throw error;
  }
}

export async function showStep(
  ctx: ServiceContext,
  request: FastifyRequest<DraftRoute>,
  reply: FastifyReply,
  step: WizardPath,
  options: StepOptions,
  status = 200,
) {
  const loaded = await loadStep(ctx, request, reply);
  if (!loaded) return reply;
  const body = renderers[step](pageContextOf(request), loaded.citizen, loaded.draft, options);
  return sendCitizenPage(reply, body, status);
}

/**
 * Saves a step; "next" moves on unless the step still has problems, which come back on the same
 * page (the values stay saved); "save" stays with a "saved" note.
 */
export async function saveStep(
  ctx: ServiceContext,
  request: FastifyRequest<DraftRoute>,
  reply: FastifyReply,
  step: WizardPath,
  patch: DraftPatch,
  problemsOf: (draft: DraftView) => Record<string, string>,
) {
  const f = formFields(request.body);
  try {
    const citizen = await requireCitizen(ctx, request, { formToken: f._csrf });
    await saveDraft(ctx, citizen, request.params.id, patch);
    const index = wizardSteps.findIndex((s) => s.path === step);
    if (f.action !== 'next') return reply.redirect(`${pathOf(request)}/${step}?luu=1`, 303);
    const problems = problemsOf(await getDraft(ctx, citizen, request.params.id));
    if (Object.keys(problems).length > 0) {
      return showStep(
        ctx,
        request,
        reply,
        step,
        {
          problems,
          error: [pageContextOf(request).t.citizen.fixBelow, ...Object.values(problems)],
        },
        400,
      );
    }
    const next = wizardSteps[index + 1]!;
    await saveDraft(ctx, citizen, request.params.id, { step: next.step });
    return reply.redirect(`${pathOf(request)}/${next.path}`, 303);
  } catch (error) {
    return failStep(ctx, request, reply, step, error);
  }
}

export async function failStep(
  ctx: ServiceContext,
  request: FastifyRequest<DraftRoute>,
  reply: FastifyReply,
  step: WizardPath,
  error: unknown,
) {
  const { status, message } = refusalOf(error);
  if (isDomainError(error) && error.details?.rule === 'draft_submitted')
    return reply.redirect('/cong-dan/ho-so', 303);
  return showStep(ctx, request, reply, step, { error: message }, status);
}

export function notFound(request: FastifyRequest, reply: FastifyReply, message?: string) {
  const context = pageContextOf(request);
  return sendCitizenPage(
    reply,
    renderNotFoundPage(context, message ?? context.t.notFoundTitle),
    404,
  );
}
