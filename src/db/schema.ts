import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CitizenTables } from './schema-citizens.ts';
import type { DeliveryTables } from './schema-delivery.ts';
import type { PaymentTables } from './schema-payments.ts';
import type { QueueTables } from './schema-queue.ts';

/** Table types for Kysely (camelCase through CamelCasePlugin; the SQL is snake_case). */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string, string>;
/** PostgreSQL `date`, kept as 'YYYY-MM-DD' text by the type parser in database.ts. */
export type DateOnly = string;

export interface UnitTable {
  id: string;
  tenantId: string;
  parentId: string | null;
  code: string;
  gsoCode: string | null;
  name: string;
  shortName: string | null;
  kind: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  contacts: Json<Array<{ name: string; title: string; phone?: string; email?: string }>>;
  openingHours: string | null;
  officeSessions: Json<Array<{ start: number; end: number }> | null> | null;
  sortOrder: Generated<number>;
  validFrom: DateOnly | null;
  validTo: DateOnly | null;
  isActive: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface UnitClosureTable {
  ancestorId: string;
  descendantId: string;
  depth: number;
}

export interface UserTable {
  id: string;
  tenantId: string;
  username: string;
  fullName: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  passwordHash: string;
  isActive: Generated<boolean>;
  isDemo: Generated<boolean>;
  failedLoginCount: Generated<number>;
  lockedUntil: Timestamp | null;
  lastLoginAt: Timestamp | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface MembershipTable {
  id: string;
  tenantId: string;
  userId: string;
  unitId: string;
  role: string;
  createdAt: CreatedAt;
}

export interface SessionTable {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: CreatedAt;
  expiresAt: Timestamp;
  lastSeenAt: UpdatedAt;
  ip: string | null;
  userAgent: string | null;
}

export interface CalendarOverrideTable {
  id: string;
  tenantId: string;
  unitId: string | null;
  date: DateOnly;
  kind: 'holiday' | 'workday';
  name: string;
  reason: string | null;
  occasion: string | null;
  source: 'official' | 'admin';
  updatedBy: string | null;
  updatedAt: UpdatedAt;
}

export interface IdempotencyKeyTable {
  principal: string;
  key: string;
  requestHash: string;
  statusCode: number | null;
  response: Json<unknown> | null;
  createdAt: CreatedAt;
}

export interface AuditEventTable {
  id: string;
  tenantId: string | null;
  at: CreatedAt;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Json<Record<string, unknown>>;
}

export interface ProcedureTable {
  id: string;
  tenantId: string;
  code: string;
  name: string;
  field: string;
  levels: string[];
  isFictional: Generated<boolean>;
  publishedVersionId: string | null;
  nameFolded: Generated<string>;
  searchFolded: Generated<string>;
  channels: Generated<string[]>;
  boundaryFree: Generated<boolean>;
  onlineLevel: string | null;
  usageCount: Generated<number>;
  lifecycle: Generated<string>;
  reviewDueOn: DateOnly | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ProcedureVersionTable {
  id: string;
  tenantId: string;
  procedureId: string;
  versionNo: number;
  status: string;
  record: Json<unknown>;
  effectiveFrom: Timestamp | null;
  effectiveTo: Timestamp | null;
  decisionNumber: string | null;
  decisionDate: DateOnly | null;
  decisionSigner: string | null;
  changeKind: Generated<string>;
  legalEffectiveOn: DateOnly | null;
  decisionFileId: string | null;
  publishedAt: Timestamp | null;
  publishedBy: string | null;
  submittedAt: Timestamp | null;
  submittedBy: string | null;
  reviewedAt: Timestamp | null;
  reviewedBy: string | null;
  reviewNote: string | null;
  basedOnVersionId: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ProcedureAgencyTable {
  procedureId: string;
  unitId: string;
  tenantId: string;
  handlingUnitId: string | null;
}

export interface DossierTable {
  id: string;
  tenantId: string;
  code: string;
  procedureId: string;
  procedureVersionId: string;
  procedureCode: string;
  procedureName: string;
  caseName: string | null;
  channel: string;
  status: string;
  nationalStatus: number;
  applicantKind: string;
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  applicantEmail: string | null;
  applicantAddress: string;
  receivingUnitId: string;
  competentUnitId: string;
  handlingUnitId: string;
  assigneeId: string | null;
  receivedBy: string | null;
  deadlineAmount: number;
  deadlineUnit: string;
  submittedAt: Timestamp;
  receivedAt: Timestamp | null;
  clockStartAt: Timestamp | null;
  dueAt: Timestamp | null;
  originalDueAt: Timestamp | null;
  deadlineExplanation: Json<unknown>;
  resolvedAt: Timestamp | null;
  returnedAt: Timestamp | null;
  closedAt: Timestamp | null;
  outcome: string | null;
  workflow: Json<unknown>;
  currentStep: string | null;
  stepDueAt: Timestamp | null;
  extensionStatus: string | null;
  supplementCloseAt: Timestamp | null;
  outcomeReason: string | null;
  visibleUnitIds: string[];
  participantUnitIds: Generated<string[]>;
  dueSoonAlertedAt: Timestamp | null;
  overdueAlertedAt: Timestamp | null;
  submissionSource: Generated<string>;
  citizenId: string | null;
  ticketId: string | null;
  deliveryMethod: Generated<string>;
  deliveryAddress: string | null;
  setsCount: Generated<number>;
  receptionDueAt: Timestamp | null;
  /** bigint: the pg driver returns it as a string. */
  feeTotal: ColumnType<string, number | string | undefined, number | string>;
  feePaid: ColumnType<string, number | string | undefined, number | string>;
  version: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface DossierActionTable {
  id: string;
  tenantId: string;
  dossierId: string;
  seq: number;
  type: string;
  at: Timestamp;
  actorId: string | null;
  actorUnitId: string | null;
  actorRole: string | null;
  fromStatus: string | null;
  toStatus: string;
  payload: Json<Record<string, unknown>>;
  dueAt: Timestamp | null;
}

export interface DossierCodeCounterTable {
  unitId: string;
  day: DateOnly;
  lastSeq: number;
}

export interface FileTable {
  id: string;
  tenantId: string;
  sha256: string;
  sizeBytes: number;
  mimeType: string;
  fileName: string;
  purpose: string;
  uploadedBy: string | null;
  createdAt: CreatedAt;
}

export interface ProcedureVersionFileTable {
  versionId: string;
  fileId: string;
  formName: string;
}

export interface InternalProcessTable {
  id: string;
  tenantId: string;
  procedureId: string;
  unitId: string;
  versionNo: number;
  status: string;
  steps: Json<unknown>;
  totalMinutes: number;
  createdBy: string | null;
  createdAt: CreatedAt;
  activatedAt: Timestamp | null;
}

export interface JobTable {
  id: string;
  tenantId: string | null;
  kind: string;
  payload: Json<Record<string, unknown>>;
  runAt: Timestamp;
  status: Generated<string>;
  attempts: Generated<number>;
  maxAttempts: Generated<number>;
  lockedUntil: Timestamp | null;
  lastError: string | null;
  dedupeKey: string | null;
  createdAt: CreatedAt;
  finishedAt: Timestamp | null;
}

export interface NotificationTable {
  id: string;
  tenantId: string;
  channel: string;
  recipientUserId: string | null;
  recipientAddress: string | null;
  dossierId: string | null;
  template: string;
  subject: string;
  body: string;
  payload: Json<Record<string, unknown>>;
  dedupeKey: string;
  status: Generated<string>;
  attempts: Generated<number>;
  nextAttemptAt: Timestamp | null;
  lastError: string | null;
  readAt: Timestamp | null;
  createdAt: CreatedAt;
  sentAt: Timestamp | null;
}

export interface DossierDocumentTable {
  id: string;
  tenantId: string;
  dossierId: string;
  requirementNo: number | null;
  name: string;
  form: Generated<string>;
  quantity: Generated<number>;
  fileId: string | null;
  source: string;
  supplementRound: number | null;
  addedBy: string | null;
  addedAt: Timestamp;
  removedAt: Timestamp | null;
  removedBy: string | null;
}

export interface DossierResultTable {
  id: string;
  tenantId: string;
  dossierId: string;
  fileId: string | null;
  name: string;
  resultTypeCode: string;
  holderIdNumber: string;
  documentCode: string;
  documentNumber: string | null;
  summary: string | null;
  validFrom: DateOnly | null;
  validUntil: DateOnly | null;
  issuedAt: Timestamp;
  issuedBy: string | null;
}

export interface SchemaMigrationTable {
  name: string;
  appliedAt: CreatedAt;
}

/**
 * Every table. Issue #5's areas keep their table types in their own files (schema-queue.ts,
 * schema-citizens.ts, schema-payments.ts, schema-delivery.ts) and join here.
 */
export interface DB extends QueueTables, CitizenTables, PaymentTables, DeliveryTables {
  units: UnitTable;
  unitClosure: UnitClosureTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  calendarOverrides: CalendarOverrideTable;
  idempotencyKeys: IdempotencyKeyTable;
  auditEvents: AuditEventTable;
  procedures: ProcedureTable;
  procedureVersions: ProcedureVersionTable;
  procedureAgencies: ProcedureAgencyTable;
  dossiers: DossierTable;
  dossierActions: DossierActionTable;
  dossierCodeCounters: DossierCodeCounterTable;
  schemaMigrations: SchemaMigrationTable;
  files: FileTable;
  procedureVersionFiles: ProcedureVersionFileTable;
  internalProcesses: InternalProcessTable;
  jobs: JobTable;
  notifications: NotificationTable;
  dossierDocuments: DossierDocumentTable;
  dossierResults: DossierResultTable;
}

export type UnitRow = Selectable<UnitTable>;
export type UserRow = Selectable<UserTable>;
export type DossierRow = Selectable<DossierTable>;
export type DossierActionRow = Selectable<DossierActionTable>;
export type ProcedureRow = Selectable<ProcedureTable>;
export type ProcedureVersionRow = Selectable<ProcedureVersionTable>;
export type NewDossier = Insertable<DossierTable>;
export type DossierUpdate = Updateable<DossierTable>;
