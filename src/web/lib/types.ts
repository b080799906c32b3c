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
