/** Blank rows for the record editor and the clean-up before a save (blank optional text → null). */
import type { ProcedureRecord } from '../../lib/types.ts';

export type ChannelOffer = ProcedureRecord['channels'][number];
export type FeeLine = ChannelOffer['fees'][number];
export type DocumentLine = ProcedureRecord['documents'][number];
export type LegalBasis = ProcedureRecord['legalBases'][number];
export type ResultItem = ProcedureRecord['resultItems'][number];

export const blankFee = (): FeeLine => ({ name: '', amountVnd: null, per: null, note: null });

export const blankChannel = (): ChannelOffer => ({
  kind: 'in_person',
  deadline: { amount: 1, unit: 'working_days' },
  deadlineText: null,
  fees: [],
  feeText: null,
  free: null,
  description: null,
});

export const blankDocument = (caseName: string | null = null): DocumentLine => ({
  caseName,
  name: '',
  originals: 1,
  copies: 0,
  formTemplate: null,
});

export const blankLegalBasis = (): LegalBasis => ({
  number: null,
  summary: '',
  issuedOn: null,
  issuer: null,
});

export const blankResultItem = (): ResultItem => ({ name: '', code: null });

export function blankRecord(): ProcedureRecord {
  return {
    code: '',
    name: '',
    field: '',
    levels: ['province'],
    procedureType: null,
    steps: '',
    channels: [blankChannel()],
    documents: [],
    subjects: [],
    implementingAgency: null,
    competentAgency: null,
    authorisedAgency: null,
    coordinatingAgency: null,
    receivingAddress: null,
    result: '',
    resultItems: [],
    legalBases: [],
    requirements: null,
    keywords: [],
    description: null,
    onlineLevel: null,
    boundaryFree: false,
    interAgency: false,
    decisionNumber: null,
    sourceUrl: null,
  };
}

const orNull = (text: string | null): string | null => (text?.trim() ? text.trim() : null);

/** What the server's schema expects: trimmed text, null for blank optional fields. */
export function cleanRecord(record: ProcedureRecord): ProcedureRecord {
  return {
    ...record,
    code: record.code.trim(),
    name: record.name.trim(),
    field: record.field.trim(),
    procedureType: orNull(record.procedureType),
    channels: record.channels.map((c) => ({
      ...c,
      deadlineText: orNull(c.deadlineText),
      feeText: orNull(c.feeText),
      description: orNull(c.description),
      fees: c.fees.map((f) => ({ ...f, per: orNull(f.per), note: orNull(f.note) })),
    })),
    documents: record.documents.map((d) => ({
      ...d,
      caseName: orNull(d.caseName),
      formTemplate: orNull(d.formTemplate),
    })),
    subjects: record.subjects.map((s) => s.trim()),
    implementingAgency: orNull(record.implementingAgency),
    competentAgency: orNull(record.competentAgency),
    authorisedAgency: orNull(record.authorisedAgency),
    coordinatingAgency: orNull(record.coordinatingAgency),
    receivingAddress: orNull(record.receivingAddress),
    resultItems: record.resultItems.map((r) => ({ name: r.name.trim(), code: orNull(r.code) })),
    legalBases: record.legalBases.map((l) => ({
      ...l,
      number: orNull(l.number),
      issuer: orNull(l.issuer),
      issuedOn: orNull(l.issuedOn),
    })),
    requirements: orNull(record.requirements),
    keywords: record.keywords.map((k) => k.trim()),
    description: orNull(record.description),
    decisionNumber: orNull(record.decisionNumber),
    sourceUrl: orNull(record.sourceUrl),
  };
}
