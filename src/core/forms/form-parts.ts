import type {
  FormAction,
  FormContext,
  FormDossierData,
  FormPerson,
  FormUnit,
} from './form-data.ts';
import type { DossierFormNo, FieldRow, FormDocument, FormHeader } from './form-model.ts';
import { addressee, asciiName, formatPlaceDate, lookupUrl, upper } from './form-text.ts';

/** Pieces every dossier form shares: the header, the applicant's lines, the footer and QR code. */

/** The number suffix each form carries in its "Số: …/…" line (domain.md §6.1 examples). */
const numberSuffixes: Record<DossierFormNo, string | null> = {
  '01': 'TNHS',
  '02': 'HDHS',
  '03': 'TCHS',
  '04': 'PXL',
  '05': 'TBDG',
  '06': null,
};

export function buildHeader(
  formNo: DossierFormNo,
  issuer: FormUnit,
  data: FormDossierData,
  issuedAt: string,
): FormHeader {
  const suffix = numberSuffixes[formNo];
  return {
    superior: issuer.superior ? upper(issuer.superior) : null,
    issuer: upper(issuer.name),
    number: suffix ? `Số: ${data.register.entry}/${suffix}` : null,
    placeDate: formatPlaceDate(issuer.place, issuedAt),
  };
}

/** The applicant as the forms address them: name, identity number, address, phone, e-mail. */
export function applicantRows(data: FormDossierData): FieldRow[] {
  const a = data.applicant;
  const person = a.kind !== 'organisation';
  return [
    { label: person ? 'Ông/Bà' : 'Tổ chức', value: a.fullName },
    {
      label: person ? 'Số định danh cá nhân' : 'Mã số doanh nghiệp/mã số thuế',
      value: a.idNumber,
    },
    { label: 'Địa chỉ', value: a.address },
    { label: 'Số điện thoại', value: a.phone },
    { label: 'Thư điện tử', value: a.email ?? '' },
  ];
}

export function procedureText(data: FormDossierData): string {
  return `${data.procedureName} (mã ${data.procedureCode})${data.caseName ? ` – ${data.caseName}` : ''}`;
}

export function salutation(data: FormDossierData): string {
  return addressee(data.applicant.kind);
}

export function personName(
  data: FormDossierData,
  id: string | null | undefined,
): FormPerson | null {
  return id ? (data.people[id] ?? null) : null;
}

export function unitName(data: FormDossierData, id: string | null | undefined): string {
  return id ? (data.units[id]?.name ?? '') : '';
}

/** The last action of one of these types, if any. */
export function findLastAction(data: FormDossierData, ...types: string[]): FormAction | undefined {
  return [...data.actions].reverse().find((a) => types.includes(a.type));
}

/** The look-up line printed under the QR code and in the body of citizen-facing forms. */
export function lookupHint(ctx: FormContext, code: string): string {
  return `Tra cứu tình trạng hồ sơ: quét mã QR hoặc vào ${lookupUrl(ctx.publicUrl, code)}, nhập 4 số cuối điện thoại hoặc số định danh của người nộp.`;
}

/** A dossier form's frame: title, header, footer, QR code to the look-up, file name. */
export function dossierDocument(
  formNo: DossierFormNo,
  title: string,
  issuer: FormUnit,
  data: FormDossierData,
  ctx: FormContext,
  blocks: FormDocument['blocks'],
  issuedAt: string = ctx.now,
): FormDocument {
  return {
    formNo,
    title,
    orientation: 'portrait',
    header: buildHeader(formNo, issuer, data, issuedAt),
    blocks,
    qrUrl: lookupUrl(ctx.publicUrl, data.code),
    qrCaption: 'Quét mã để tra cứu hồ sơ',
    footer: `Mẫu số ${formNo} (Thông tư 03/2025/TT-VPCP) · Mã hồ sơ ${data.code}`,
    fileName: `mau-${formNo}-${asciiName(data.code)}.pdf`,
    subject: `${title} – ${data.code}`,
  };
}
