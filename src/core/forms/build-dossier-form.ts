import { buildControlSlipForm } from './control-slip-form.ts';
import { buildExtensionForm } from './extension-form.ts';
import { requireFormEvent } from './form-availability.ts';
import type { FormContext, FormDossierData } from './form-data.ts';
import type { DossierFormNo, FormDocument } from './form-model.ts';
import { buildReceiptForm } from './receipt-form.ts';
import { buildRefusalForm } from './refusal-form.ts';
import { buildStopForm } from './stop-form.ts';
import { buildSupplementForm } from './supplement-form.ts';

const builders: Record<DossierFormNo, (data: FormDossierData, ctx: FormContext) => FormDocument> = {
  '01': buildReceiptForm,
  '02': buildSupplementForm,
  '03': buildRefusalForm,
  '04': buildExtensionForm,
  '05': buildStopForm,
  '06': buildControlSlipForm,
};

/** The content of form 01–06 of a dossier; refuses (409) a form whose event has not happened. */
export function buildDossierForm(
  formNo: DossierFormNo,
  data: FormDossierData,
  ctx: FormContext,
): FormDocument {
  requireFormEvent(formNo, data.state);
  return builders[formNo](data, ctx);
}
