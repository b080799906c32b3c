import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../../core/errors.ts';
import {
  addDraftFile,
  discardDraft,
  removeDraftFile,
} from '../../../services/citizens/draft-files.ts';
import type { DraftPatch } from '../../../services/citizens/save-draft.ts';
import { startDraft } from '../../../services/citizens/start-draft.ts';
import { submitDraft } from '../../../services/citizens/submit-draft.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { findCitizen, requireCitizen } from '../../citizen-auth.ts';
import { readCitizenUpload } from '../../citizen-uploads.ts';
import { pageContextOf } from '../page-context.ts';
import { formFields, redirectToSignIn, refusalOf } from './page-kit.ts';
import type { WizardPath } from './render-wizard.ts';
import {
  type DraftRoute,
  failStep,
  notFound,
  pathOf,
  renderers,
  type StartRoute,
  saveStep,
  showStart,
  showStep,
} from './wizard-steps.ts';

const page = { config: { auth: 'citizen' as const } };

/**
 * The draft wizard (/cong-dan/nop/<procedure code>): applicant → documents with uploads → result
 * delivery → review → submit. Every step is a form that saves the draft, so nothing is lost and
 * no JavaScript is needed; a refused step comes back with its reasons.
 */
export function registerWizardPages(app: FastifyInstance, ctx: ServiceContext): void {
  app.get<StartRoute>('/cong-dan/nop/:code', page, async (request, reply) => {
    const citizen = await findCitizen(ctx, request);
    if (!citizen) return redirectToSignIn(request, reply);
    return showStart(ctx, request, reply, citizen);
  });

  app.post<StartRoute>('/cong-dan/nop/:code', page, async (request, reply) => {
    const form = formFields(request.body);
    const citizen = await findCitizen(ctx, request);
    if (!citizen) return redirectToSignIn(request, reply);
    try {
      await requireCitizen(ctx, request, { formToken: form._csrf });
      const { id } = await startDraft(ctx, citizen, request.params.code);
      return reply.redirect(
        `/cong-dan/nop/${encodeURIComponent(request.params.code)}/${id}/nguoi-nop`,
        303,
      );
    } catch (error) {
      const { status, message } = refusalOf(error);
      return showStart(ctx, request, reply, citizen, message, status);
    }
  });

  app.get<DraftRoute>('/cong-dan/nop/:code/:id/:step', page, async (request, reply) => {
    const step = request.params.step as WizardPath;
    if (!(step in renderers)) return notFound(request, reply);
    return showStep(ctx, request, reply, step, {
      flash:
        'luu' in request.query
          ? pageContextOf(request).t.citizen.saved
          : 'tai-len' in request.query
            ? pageContextOf(request).t.citizen.uploaded
            : undefined,
    });
  });

  app.post<DraftRoute>('/cong-dan/nop/:code/:id/nguoi-nop', page, async (request, reply) => {
    const f = formFields(request.body);
    const patch: DraftPatch = {
      applicant: {
        kind: f.kind === 'organisation' ? 'organisation' : 'person',
        fullName: f.fullName,
        idNumber: f.idNumber,
        phone: f.phone,
        email: f.email,
        address: f.address,
      },
      ...('caseName' in f ? { caseName: f.caseName } : {}),
      ...('competentUnitCode' in f ? { competentUnitCode: f.competentUnitCode } : {}),
    };
    return saveStep(ctx, request, reply, 'nguoi-nop', patch, (d) => {
      const problems = { ...d.applicantProblems };
      if (d.agencies.length && !d.competentUnitCode)
        problems.competentUnitCode = 'Chọn cơ quan giải quyết.';
      return problems;
    });
  });

  app.post<DraftRoute>('/cong-dan/nop/:code/:id/giay-to', page, async (request, reply) =>
    saveStep(ctx, request, reply, 'giay-to', {}, () => ({})),
  );

  app.post<DraftRoute>('/cong-dan/nop/:code/:id/nhan-ket-qua', page, async (request, reply) => {
    const f = formFields(request.body);
    const method = ['in_person', 'postal', 'electronic'].includes(f.deliveryMethod ?? '')
      ? (f.deliveryMethod as DraftPatch['deliveryMethod'])
      : undefined;
    return saveStep(
      ctx,
      request,
      reply,
      'nhan-ket-qua',
      { deliveryMethod: method, deliveryAddress: f.deliveryAddress ?? '' },
      (d) => {
        const problems: Record<string, string> = {};
        if (!d.deliveryMethod) problems.deliveryMethod = 'Chọn cách nhận kết quả.';
        if (d.deliveryMethod === 'postal' && !d.deliveryAddress)
          problems.deliveryAddress = 'Nhập địa chỉ nhận kết quả qua bưu chính.';
        return problems;
      },
    );
  });

  app.post<DraftRoute>('/cong-dan/nop/:code/:id/giay-to/tai-len', page, async (request, reply) => {
    try {
      const upload = await readCitizenUpload(request);
      const citizen = await requireCitizen(ctx, request, { formToken: upload.fields._csrf });
      const requirementNo = Number(upload.fields.requirementNo);
      await addDraftFile(ctx, citizen, request.params.id, {
        requirementNo,
        bytes: upload.bytes,
        fileName: upload.fileName,
      });
      return reply.redirect(`${pathOf(request)}/giay-to?tai-len=1#doc-${requirementNo}`, 303);
    } catch (error) {
      return failStep(ctx, request, reply, 'giay-to', error);
    }
  });

  app.post<DraftRoute>('/cong-dan/nop/:code/:id/giay-to/xoa', page, async (request, reply) => {
    const f = formFields(request.body);
    try {
      const citizen = await requireCitizen(ctx, request, { formToken: f._csrf });
      await removeDraftFile(ctx, citizen, request.params.id, f.upload ?? '');
      return reply.redirect(`${pathOf(request)}/giay-to`, 303);
    } catch (error) {
      return failStep(ctx, request, reply, 'giay-to', error);
    }
  });

  app.post<DraftRoute>('/cong-dan/nop/:code/:id/nop', page, async (request, reply) => {
    const f = formFields(request.body);
    try {
      const citizen = await requireCitizen(ctx, request, { formToken: f._csrf });
      if (f.pledge !== '1')
        throw new DomainError('VALIDATION_FAILED', pageContextOf(request).t.citizen.pledgeMissing);
      const submitted = await submitDraft(ctx, citizen, request.params.id);
      return reply.redirect(`/cong-dan/ho-so/${encodeURIComponent(submitted.code)}?da-nop=1`, 303);
    } catch (error) {
      return failStep(ctx, request, reply, 'xem-lai', error);
    }
  });

  app.post<DraftRoute>('/cong-dan/nop/:code/:id/huy', page, async (request, reply) => {
    const f = formFields(request.body);
    try {
      const citizen = await requireCitizen(ctx, request, { formToken: f._csrf });
      await discardDraft(ctx, citizen, request.params.id);
      return reply.redirect('/cong-dan/ho-so', 303);
    } catch (error) {
      return failStep(ctx, request, reply, 'nguoi-nop', error);
    }
  });
}
