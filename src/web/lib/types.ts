/** Shapes of the JSON API (`/api/v1`) as the officers' app reads them. */
import type { Role, Scope } from '../../core/organisation/roles.ts';
import type { UnitKind } from '../../core/organisation/unit-kinds.ts';

export type { Role, Scope, UnitKind };

export interface Membership {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  unitKind: UnitKind;
  role: Role;
  roleLabel: string;
}

export interface Session {
  user: {
    id: string;
    username: string;
    fullName: string;
    title: string | null;
    email: string | null;
  };
  memberships: Membership[];
  roles: Role[];
  scopes: Scope[];
  csrfToken: string;
}

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: {
    fields?: { field: string; message: string }[];
    options?: UnitRef[];
    field?: string;
    /** RULE_VIOLATED: the legal rule refused and its article. */
    rule?: string;
    article?: string;
    /** ACTION_NOT_ALLOWED and RULE_VIOLATED: what the dossier still allows. */
    allowedActions?: string[];
  };
}

export interface UnitRef {
  code: string;
  name: string;
}

export type DeadlineUnit =
  | 'working_days'
  | 'working_hours'
  | 'calendar_days'
  | 'months'
  | 'same_day';
export interface Deadline {
  amount: number;
  unit: DeadlineUnit;
}

export interface ExplanationItem {
  kind: string;
  from?: string;
  to?: string;
  text: string;
}

export type Channel = 'in_person' | 'online' | 'postal';

export interface Applicant {
  kind: 'person' | 'organisation';
  fullName: string;
  idNumber: string;
  phone: string;
  email: string | null;
  address: string;
}

export interface DossierUnit {
  id: string;
  code: string | null;
  name: string | null;
}

export interface DossierView {
  code: string;
  status: string;
  statusLabel: string;
  nationalStatus: number;
  nationalStatusLabel: string;
  procedure: { code: string; name: string; versionId: string };
  caseName: string | null;
  channel: Channel;
  channelLabel: string;
  applicant: Applicant;
  receivingUnit: DossierUnit | null;
  competentUnit: DossierUnit | null;
  handlingUnit: DossierUnit | null;
  assigneeId: string | null;
  deadline: Deadline;
  submittedAt: string | null;
  receivedAt: string | null;
  clockStartAt: string | null;
  dueAt: string | null;
  originalDueAt: string | null;
  deadlineExplanation: ExplanationItem[] | null;
  /** Online dossiers: accept or ask for supplements by then (8 working hours, Art. 17.2). */
  receptionDueAt?: string | null;
  /** counter | postal | citizen | assisted | dvcqg */
  submissionSource?: string;
  resolvedAt: string | null;
  returnedAt: string | null;
  outcome: string | null;
  version: number;
}

export interface DossierAction {
  seq: number;
  type: string;
  label: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  payload: Record<string, unknown> | null;
}

/** An inbox row: the dossier with its current step and whether it is past its legal due. */
export interface DossierListItem extends DossierView {
  currentStep: string | null;
  stepDueAt: string | null;
  overdue: boolean;
}

export interface DossierDetail extends DossierView {
  assigneeName: string | null;
  actions: DossierAction[];
  availableActions: { type: string; label: string }[];
  workflow: DossierWorkflow;
  /** The applicant's e-mails and SMS with their delivery attempts (issue #5 item 9). */
  notifications?: DossierNotification[];
}

export type WorkflowDueState = 'overdue' | 'due_soon' | 'on_track';
export type Grade = 'early' | 'on_time' | 'late';

/** The workflow part of a dossier (`services/dossiers/present-workflow.ts`). */
export interface DossierWorkflow {
  dueState: WorkflowDueState | null;
  process: {
    name: string;
    role: Role;
    unitId: string | null;
    unitName: string | null;
    allottedMinutes: number;
    handoff: boolean;
  }[];
  runs: StepRunView[];
  supplements: SupplementView[];
  consultations: ConsultationView[];
  chain: {
    mode: 'sequential' | 'parallel';
    startedAt: string | null;
    parts: ChainPartView[];
  } | null;
  extension: ExtensionView | null;
  proposal: 'approve' | 'refuse' | null;
  controlSlip: {
    rows: SlipRowView[];
    returnRow: {
      returnedAt: string | null;
      dueAt: string | null;
      grade: Grade;
      gradeLabel: string;
    } | null;
  };
  delays: {
    steps: StepDelayView[];
    citizenMinutes: number;
    officerDelayMinutes: number;
    agencyDelayMinutes: number;
  };
}

export interface StepRunView {
  stepIndex: number;
  name: string;
  role: Role;
  unitId: string;
  unitName: string | null;
  holderId: string | null;
  holderName: string | null;
  startedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  finishedBy: string | null;
  finishedByName: string | null;
  end: 'done' | 'paused' | 'rework' | 'closed' | null;
}

export interface SupplementView {
  phase: 'reception' | 'appraisal';
  requestedAt: string | null;
  reasons: string[];
  documents: string[];
  closeAt: string | null;
  receivedAt: string | null;
}

export interface ConsultationView {
  unitId: string;
  unitName: string | null;
  question: string;
  requestedAt: string | null;
  dueAt: string | null;
  answeredAt: string | null;
  answer: string | null;
}

export interface ChainPartView {
  unitId: string;
  unitName: string | null;
  task: string;
  lead: boolean;
  order: number;
  allottedMinutes: number;
  status: 'waiting' | 'active' | 'done';
  startedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  result: string | null;
  slipNo: number;
}

export interface ExtensionView {
  status: 'pending' | 'approved' | 'rejected';
  reason: string;
  proposedDueAt: string | null;
  requestedAt: string | null;
  decidedAt: string | null;
}

export interface SlipRowView {
  no: number;
  stepName: string;
  giverUnitName: string | null;
  giverName: string | null;
  receiverUnitName: string | null;
  receiverName: string | null;
  handedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  grade: Grade | null;
  gradeLabel: string | null;
  note: string | null;
}

export interface StepDelayView {
  stepName: string;
  unitId: string;
  unitName: string | null;
  holderName: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  heldMinutes: number;
  allottedMinutes: number;
  waitingOnAgencyMinutes: number;
  officerDelayMinutes: number;
  agencyDelayMinutes: number;
  atOtherAgency: boolean;
}

export interface AppNotification {
  id: string;
  subject: string;
  body: string;
  payload: { code?: string } | null;
  dossierId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface ProcedureDetail {
  code: string;
  name: string;
  documents: ProcedureDocument[];
  result: string | null;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  field: string;
  levels: string[];
}

export interface ProcedureDocument {
  caseName: string | null;
  name: string;
  originals: number;
  copies: number;
  formTemplate: string | null;
}

export interface Fee {
  name: string;
  amountVnd: number | null;
  per: string | null;
  note: string | null;
}

export interface ReceptionPreview {
  procedure: { code: string; name: string; version: number };
  receivingUnit: UnitRef;
  competentUnit: UnitRef;
  deadline: Deadline;
  receivedAt: string;
  clockStartAt: string;
  dueAt: string;
  explanation: ExplanationItem[];
  documents: ProcedureDocument[];
  fees: Fee[];
}

export interface Contact {
  name: string;
  title: string;
  phone?: string;
}

export interface OfficeSession {
  start: number;
  end: number;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  kindLabel: string;
  parentId: string | null;
  parentCode: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  contacts: Contact[];
  openingHours: string | null;
  officeSessions: OfficeSession[] | null;
  sortOrder: number;
  validFrom: string | null;
  validTo: string | null;
  isActive: boolean;
}

export interface ManagedUser {
  id: string;
  username: string;
  fullName: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  isActive: boolean;
  isDemo: boolean;
  lockedUntil: string | null;
  failedLoginCount: number;
  lastLoginAt: string | null;
  memberships: Membership[];
}

export interface CalendarDay {
  date: string;
  working: boolean;
  reason: string;
  name: string;
}

export interface CalendarOverride {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  reason: string | null;
  occasion: string | null;
  source: 'official' | 'admin';
  org: string | null;
  updatedAt: string;
}

// ---- procedure catalogue (catalogue officers' pages, /api/v1/catalogue) ----
export type { ProcessStep } from '../../core/catalogue/internal-process.ts';
export type {
  Deadline as RecordDeadline,
  ProcedureRecord,
} from '../../core/catalogue/procedure-record.ts';
export type {
  ChangeKind,
  VersionAction,
  VersionStatus,
} from '../../core/catalogue/version-lifecycle.ts';

export interface CatalogueListItem {
  code: string;
  name: string;
  field: string;
  levels: string[];
  lifecycle: string;
  isFictional: boolean;
  reviewDueOn: string | null;
  publishedVersionNo: number | null;
  effectiveFrom: string | null;
  openVersionNo: number | null;
  openStatus: string | null;
  openChangeKind: string | null;
}

export interface MeasureScore {
  decisionLeadWorkingDays: number | null;
  decisionOnTime: 'on_time' | 'late' | 'unknown';
  publicationWorkingDays: number | null;
  publishedOnTime: 'on_time' | 'late' | 'unknown';
  complete: boolean;
  missingComponents: string[];
}

export interface CatalogueVersionSummary {
  versionNo: number;
  status: string;
  statusLabel: string;
  changeKind: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSigner: string | null;
  decisionFileId: string | null;
  legalEffectiveOn: string | null;
  publishedAt: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  createdAt: string;
  updatedAt: string;
  allowedActions: string[];
}

export interface CatalogueProcedure {
  code: string;
  name: string;
  field: string;
  lifecycle: string;
  isFictional: boolean;
  reviewDueOn: string | null;
  agencies: {
    code: string;
    name: string;
    handlingCode: string | null;
    handlingName: string | null;
  }[];
  canEdit: boolean;
  versions: (CatalogueVersionSummary & { measures: MeasureScore | null })[];
}

export interface CatalogueVersionDetail extends CatalogueVersionSummary {
  record: import('../../core/catalogue/procedure-record.ts').ProcedureRecord;
  missingComponents: string[];
  forms: { name: string; fileId: string; fileName: string; size: number }[];
}

export interface VersionComparison {
  left: CatalogueVersionDetail;
  right: CatalogueVersionDetail;
  changes: { path: string; before: unknown; after: unknown }[];
}

export interface InternalProcessVersion {
  versionNo: number;
  status: 'draft' | 'active' | 'retired';
  steps: import('../../core/catalogue/internal-process.ts').ProcessStep[];
  totalMinutes: number;
  createdAt: string;
  activatedAt: string | null;
  unitCode: string;
  unitName: string;
}

export interface UploadedFile {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/** One delivery attempt of an outbox e-mail or SMS (`delivery_attempts`). */
export interface DeliveryAttempt {
  attemptNo: number;
  startedAt: string | null;
  finishedAt: string | null;
  adapter: string;
  outcome: 'sending' | 'sent' | 'retry' | 'failed' | 'abandoned';
  providerId: string | null;
  error: string | null;
}

/** An e-mail or SMS to the applicant (services/notifications/list-dossier-deliveries.ts). */
export interface DossierNotification {
  id: string;
  channel: 'email' | 'sms';
  /** Masked: `bi***@example.vn`, `091***678`. */
  address: string | null;
  template: string;
  subject: string;
  actionSeq: number | null;
  status: 'pending' | 'sent' | 'failed' | 'skipped';
  statusLabel: string;
  createdAt: string | null;
  sentAt: string | null;
  nextAttemptAt: string | null;
  lastError: string | null;
  attempts: DeliveryAttempt[];
}

// Issue #5 items 6–8: fees and payments, results and their return, ratings.

export interface FeeLineView {
  name: string;
  amountVnd: number | null;
  per: string | null;
  note?: string | null;
}

/** A payment (services/payments/present-payment.ts). */
export interface PaymentView {
  id: string;
  method: 'cash' | 'bank_transfer' | 'online';
  methodLabel: string;
  status: 'pending' | 'paid' | 'failed';
  statusLabel: string;
  amountVnd: number;
  lines: FeeLineView[];
  payerName: string;
  receiptNumber: string | null;
  collectedBy: string | null;
  collectingUnit: string | null;
  transferReference: string | null;
  gateway: string | null;
  gatewayTransactionId: string | null;
  note: string | null;
  createdAt: string | null;
  paidAt: string | null;
}

/** GET /dossiers/{code}/payments. */
export interface DossierPayments {
  code: string;
  applicantName: string;
  procedureName: string;
  assessment: {
    lines: FeeLineView[];
    totalVnd: number;
    free: boolean;
    variable: boolean;
    text: string | null;
  };
  totalVnd: number;
  paidVnd: number;
  balanceVnd: number;
  isAssessedOnly: boolean;
  payments: PaymentView[];
  canCollect: boolean;
  onlinePayment: { url: string; gateway: string } | null;
}

/** POST /dossiers/{code}/payments: the receipt. */
export interface CounterReceipt extends PaymentView {
  dossierCode: string;
  procedureName: string;
  feeTotalVnd: number;
  feePaidVnd: number;
}

/** A result document (services/results/present-results.ts). */
export interface ResultDocument {
  id: string;
  name: string;
  resultTypeCode: string;
  holderIdNumber: string;
  documentCode: string;
  documentNumber: string | null;
  summary: string | null;
  validFrom: string | null;
  validUntil: string | null;
  issuedAt: string;
  issuedBy: string | null;
  file: {
    id: string;
    fileName: string | null;
    sizeBytes: number | null;
    sha256: string | null;
    url: string;
  } | null;
}

/** GET /dossiers/{code}/results. */
export interface DossierResults {
  code: string;
  dueAt: string | null;
  results: ResultDocument[];
  resultTypes: { name: string; code: string; documentCode: string }[];
  canIssue: boolean;
  returned: {
    at: string;
    by: string | null;
    method: string | null;
    methodLabel: string | null;
    collectedBy: string | null;
    collectorIdNumber: string | null;
    collectorIsApplicant: boolean | null;
    authorisationNote: string | null;
    signature: string | null;
    signatureLabel: string | null;
    signatureUrl: string | null;
    postalTrackingNumber: string | null;
    postedOn: string | null;
    note: string | null;
  } | null;
  earlyReturnNotices: {
    channel: string;
    status: string;
    recipient: string | null;
    createdAt: string;
    sentAt: string | null;
  }[];
}

/** GET /dossiers/{code}/ratings items. */
export interface DossierRating {
  id: string;
  channel: 'counter' | 'qr' | 'online';
  channelLabel: string;
  officerName: string | null;
  counterNo: number | null;
  ticketId: string | null;
  overall: number;
  overallLabel: string;
  answers: { key: string; letter: string; question: string; level: number | null; label: string }[];
  comment: string | null;
  createdAt: string;
}
