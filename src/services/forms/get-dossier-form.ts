import { buildDossierForm } from '../../core/forms/build-dossier-form.ts';
import { requireFormEvent } from '../../core/forms/form-availability.ts';
import type { DossierFormNo } from '../../core/forms/form-model.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import type { DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { loadState } from '../dossiers/workflow-state.ts';
import { loadFormData } from './load-form-data.ts';
import { renderFormPdf } from './render-form-pdf.ts';

export interface RenderedPdf {
  fileName: string;
  bytes: Buffer;
}

/**
 * Form 01–06 of a dossier as an A4 PDF, for an officer who may read the dossier (the same check
 * as the dossier's page: outside the caller's scope it is "not found").
 */
export async function getDossierFormPdf(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  formNo: DossierFormNo,
): Promise<RenderedPdf> {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  return renderDossierForm(ctx, dossier, formNo);
}

/** Builds and renders one form; refuses (409) a form whose event has not happened. */
export async function renderDossierForm(
  ctx: ServiceContext,
  dossier: DossierRow,
  formNo: DossierFormNo,
): Promise<RenderedPdf> {
  // Checked before reading the rest: a refusal costs one query.
  requireFormEvent(formNo, loadState(dossier));
  const now = ctx.clock.now();
  const data = await loadFormData(ctx.db, dossier);
  const form = buildDossierForm(formNo, data, {
    now: now.toISOString(),
    publicUrl: ctx.settings.publicUrl,
  });
  return { fileName: form.fileName, bytes: await renderFormPdf(form, now) };
}
