import type { ColumnType, Generated, Selectable } from 'kysely';

/** Table types of migration 0009_citizens.sql: citizen accounts, one-time codes, citizen sessions, drafts. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface CitizenTable {
  id: string;
  tenantId: string;
  phone: string | null;
  email: string | null;
  identitySubject: string | null;
  identityLevel: number | null;
  fullName: string | null;
  idNumber: string | null;
  address: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  lastSignInAt: Timestamp | null;
}

export interface CitizenOtpTable {
  id: string;
  tenantId: string;
  channel: 'sms' | 'email';
  destination: string;
  codeHash: string;
  requestedIp: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  attempts: Generated<number>;
  consumedAt: Timestamp | null;
  supersededAt: Timestamp | null;
}

export interface CitizenSessionTable {
  id: string;
  tenantId: string;
  citizenId: string;
  csrfToken: string;
  method: 'otp' | 'identity';
  createdAt: Timestamp;
  lastSeenAt: Timestamp;
  expiresAt: Timestamp;
  ip: string | null;
  userAgent: string | null;
}

export interface CitizenIdentityCodeTable {
  codeHash: string;
  tenantId: string;
  usedAt: Timestamp;
  expiresAt: Timestamp;
}

/** What the citizen declared about the applicant; every field optional until submission. */
export interface DraftApplicant {
  kind?: 'person' | 'organisation';
  fullName?: string;
  idNumber?: string;
  phone?: string;
  email?: string | null;
  address?: string;
}

export interface CitizenDraftTable {
  id: string;
  tenantId: string;
  citizenId: string;
  procedureId: string;
  procedureCode: string;
  procedureName: string;
  procedureVersionId: string;
  caseName: string | null;
  competentUnitCode: string | null;
  applicant: Json<DraftApplicant>;
  deliveryMethod: 'in_person' | 'postal' | 'electronic' | null;
  deliveryAddress: string | null;
  step: Generated<'applicant' | 'documents' | 'delivery' | 'review'>;
  status: Generated<'draft' | 'submitted' | 'discarded'>;
  dossierId: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  submittedAt: Timestamp | null;
}

export interface CitizenUploadTable {
  id: string;
  tenantId: string;
  citizenId: string;
  draftId: string | null;
  dossierId: string | null;
  supplementRound: number | null;
  requirementNo: number | null;
  documentName: string;
  fileId: string;
  addedAt: Timestamp;
  removedAt: Timestamp | null;
  attachedAt: Timestamp | null;
}

export interface CitizenTables {
  citizens: CitizenTable;
  citizenOtps: CitizenOtpTable;
  citizenSessions: CitizenSessionTable;
  citizenIdentityCodes: CitizenIdentityCodeTable;
  citizenDrafts: CitizenDraftTable;
  citizenUploads: CitizenUploadTable;
}

export type CitizenRow = Selectable<CitizenTable>;
export type CitizenOtpRow = Selectable<CitizenOtpTable>;
export type CitizenDraftRow = Selectable<CitizenDraftTable>;
export type CitizenUploadRow = Selectable<CitizenUploadTable>;
