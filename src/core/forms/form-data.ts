import type { DossierState } from '../dossiers/state.ts';

/**
 * Everything the forms of one dossier print, as plain values (instants are ISO strings). The
 * service reads it from the dossier row, its documents, the units and people named in its
 * workflow state and the action log; the form builders only arrange it.
 */
export interface FormUnit {
  id: string;
  code: string;
  name: string;
  address: string | null;
  phone: string | null;
  /** The governing body printed above the unit in the header, or null at the top of the tree. */
  superior: string | null;
  /** The place written before the date ("Hưng Yên, ngày …"). */
  place: string;
}

export interface FormPerson {
  fullName: string;
  title: string | null;
  phone: string | null;
}

export interface FormDocumentRow {
  name: string;
  form: 'original' | 'certified_copy' | 'copy' | 'electronic';
  quantity: number;
}

/** An action of the log as the forms need it: when, by whom, with which payload. */
export interface FormAction {
  seq: number;
  type: string;
  at: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  /** The dossier's due instant after the action. */
  dueAt: string | null;
}

export interface FormDossierData {
  code: string;
  procedureCode: string;
  procedureName: string;
  caseName: string | null;
  channel: string;
  applicant: {
    kind: string;
    fullName: string;
    idNumber: string;
    phone: string;
    email: string | null;
    address: string;
  };
  receivingUnit: FormUnit;
  competentUnit: FormUnit;
  /** Receiving officer (form 01 signature), when known. */
  receivedBy: FormPerson | null;
  /** When the dossier was received (counter) or accepted (online). */
  receivedAt: string | null;
  deadline: { amount: number; unit: string };
  setsCount: number;
  deliveryMethod: string;
  deliveryAddress: string | null;
  feeTotal: number;
  feePaid: number;
  documents: FormDocumentRow[];
  /** Position in the receiving unit's register (sổ theo dõi) of the reception year. */
  register: { book: string; entry: number };
  state: DossierState;
  actions: FormAction[];
  people: Record<string, FormPerson>;
  units: Record<string, { code: string; name: string }>;
}

/** What every form needs besides the dossier: the instant it is printed and the portal address. */
export interface FormContext {
  now: string;
  publicUrl: string;
}
