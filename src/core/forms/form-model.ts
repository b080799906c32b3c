/**
 * The content of a legal form (TT 03/2025/TT-VPCP Annex I; domain.md §6) as data: what a PDF
 * renderer draws, in order. Pure values only, so each form's content is built and tested without
 * a PDF library; the renderer (services/forms) decides fonts, positions and page breaks.
 */
export const dossierFormNos = ['01', '02', '03', '04', '05', '06'] as const;
export type DossierFormNo = (typeof dossierFormNos)[number];
export type FormNo = DossierFormNo | '07';

export interface FieldRow {
  label: string;
  value: string;
}

export interface TableColumn {
  title: string;
  /** Share of the text width; the renderer scales the shares to the page. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type FormBlock =
  /** A bold, centred line under the title (e.g. the stage of a refusal). */
  | { kind: 'subtitle'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean; align?: 'left' | 'center' }
  /** "Label: value" lines, the value in bold. */
  | { kind: 'fields'; rows: FieldRow[] }
  /** A ruled table; on a page break its header row is drawn again. */
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; empty?: string }
  | { kind: 'list'; items: string[]; numbered?: boolean }
  /**
   * Signature boxes side by side: title, a hint in italics, room to sign, the printed name. With
   * recipients ("Nơi nhận:"), they take the left half and the boxes the right, as in letters.
   */
  | { kind: 'signatures'; boxes: SignatureBox[]; recipients?: string[] }
  | { kind: 'space'; lines: number };

export interface SignatureBox {
  title: string;
  hint?: string;
  name?: string;
}

/** The header block: issuing agency on the left, the national motto on the right. */
export interface FormHeader {
  /** The governing body above the issuing unit (e.g. "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"). */
  superior: string | null;
  /** The issuing unit, printed in bold capitals. */
  issuer: string;
  /** "Số: 12/TNHS", or null when the form carries no number (control slip, register). */
  number: string | null;
  /** "Hưng Yên, ngày 05 tháng 03 năm 2026". */
  placeDate: string | null;
}

export interface FormDocument {
  formNo: FormNo;
  /** The legal title, printed in bold capitals. */
  title: string;
  orientation: 'portrait' | 'landscape';
  header: FormHeader;
  blocks: FormBlock[];
  /** The public look-up address the QR code on every page encodes. */
  qrUrl: string;
  qrCaption: string;
  /** Printed small at the foot of every page, e.g. "Mẫu số 01 · Mã hồ sơ …". */
  footer: string;
  /** ASCII file name for Content-Disposition. */
  fileName: string;
  /** PDF metadata. */
  subject: string;
}
