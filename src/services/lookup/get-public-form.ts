import type { DossierFormNo } from '../../core/forms/form-model.ts';
import type { ServiceContext } from '../context.ts';
import { type RenderedPdf, renderDossierForm } from '../forms/get-dossier-form.ts';
import { findDossierByCheck, type LookupInput } from './look-up-dossier.ts';

/**
 * A form addressed to the applicant (01 receipt, 02 supplement request, 03 refusal, 04 apology
 * and extension, 05 stop notice), downloaded from the public look-up after the second factor.
 */
export async function getPublicFormPdf(
  ctx: ServiceContext,
  input: LookupInput & { formNo: Exclude<DossierFormNo, '06'> },
): Promise<RenderedPdf> {
  const dossier = await findDossierByCheck(ctx, input);
  return renderDossierForm(ctx, dossier, input.formNo);
}
