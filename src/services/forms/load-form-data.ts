import { civilFromDays, daysFromCivil } from '../../core/calendar/civil-date.ts';
import { getLocalDay, getLocalMidnight } from '../../core/calendar/instant.ts';
import type {
  FormDocumentRow,
  FormDossierData,
  FormPerson,
  FormUnit,
} from '../../core/forms/form-data.ts';
import { describePlace, describeSuperior } from '../../core/forms/form-units.ts';
import type { Executor } from '../../db/database.ts';
import {
  countRegisterEntry,
  listCurrentDocuments,
  listPeople,
  listUnitChain,
  listUnitNames,
} from '../../db/repositories/dossier-forms.ts';
import { listDossierActions } from '../../db/repositories/dossiers.ts';
import type { DossierRow } from '../../db/schema.ts';
import { loadState } from '../dossiers/workflow-state.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Everything the forms of a dossier print, read in a few queries: the workflow state and action
 * log, the documents held now, the units and people they name, the register entry.
 */
export async function loadFormData(db: Executor, dossier: DossierRow): Promise<FormDossierData> {
  const state = loadState(dossier);
  const actionRows = await listDossierActions(db, dossier.id);
  const actions = actionRows.map((a) => ({
    seq: a.seq,
    type: a.type,
    at: a.at.toISOString(),
    actorId: a.actorId,
    payload: (a.payload ?? {}) as Record<string, unknown>,
    dueAt: iso(a.dueAt),
  }));
  const acceptance = actions.find((a) => a.type === 'accept_online');
  const receivedAt = iso(dossier.receivedAt) ?? acceptance?.at ?? null;

  const unitIds = new Set([
    dossier.receivingUnitId,
    dossier.competentUnitId,
    dossier.handlingUnitId,
  ]);
  for (const run of state.runs) unitIds.add(run.unitId);
  for (const part of state.chain?.parts ?? []) unitIds.add(part.unitId);
  for (const c of state.consultations) unitIds.add(c.unitId);
  const personIds = new Set<string>();
  const addPerson = (id: string | null | undefined) => id && personIds.add(id);
  addPerson(dossier.receivedBy);
  for (const a of actions) addPerson(a.actorId);
  for (const run of state.runs) {
    addPerson(run.holderId);
    addPerson(run.finishedBy);
  }

  const [units, people, documents, receiving, competent] = await Promise.all([
    listUnitNames(db, [...unitIds]),
    listPeople(db, [...personIds]),
    listCurrentDocuments(db, dossier.id),
    describeUnit(db, dossier.receivingUnitId),
    describeUnit(db, dossier.competentUnitId),
  ]);
  const peopleById: Record<string, FormPerson> = {};
  for (const p of people)
    peopleById[p.id] = { fullName: p.fullName, title: p.title, phone: p.phone };
  // The register orders by the same instant its query uses (reception, else the clock start).
  const registeredAt = dossier.receivedAt ?? dossier.clockStartAt;
  const register = registeredAt
    ? await registerEntry(db, dossier.receivingUnitId, registeredAt, dossier.code)
    : { book: '', entry: 0 };

  return {
    code: dossier.code,
    procedureCode: dossier.procedureCode,
    procedureName: dossier.procedureName,
    caseName: dossier.caseName,
    channel: dossier.channel,
    applicant: {
      kind: dossier.applicantKind,
      fullName: dossier.applicantName,
      idNumber: dossier.applicantIdNumber,
      phone: dossier.applicantPhone,
      email: dossier.applicantEmail,
      address: dossier.applicantAddress,
    },
    receivingUnit: receiving,
    competentUnit: competent,
    receivedBy: dossier.receivedBy ? (peopleById[dossier.receivedBy] ?? null) : null,
    receivedAt,
    deadline: { amount: dossier.deadlineAmount, unit: dossier.deadlineUnit },
    setsCount: dossier.setsCount,
    deliveryMethod: dossier.deliveryMethod,
    deliveryAddress: dossier.deliveryAddress,
    feeTotal: Number(dossier.feeTotal),
    feePaid: Number(dossier.feePaid),
    documents: documents.map((d) => ({
      name: d.name,
      form: d.form as FormDocumentRow['form'],
      quantity: d.quantity,
    })),
    register,
    state,
    actions,
    people: peopleById,
    units: Object.fromEntries(units.map((u) => [u.id, { code: u.code, name: u.name }])),
  };
}

/** A unit as a form heads it: name, address, phone, governing body and place. */
export async function describeUnit(db: Executor, unitId: string): Promise<FormUnit> {
  const [chain, rows] = await Promise.all([listUnitChain(db, unitId), listUnitNames(db, [unitId])]);
  const unit = rows[0];
  if (!unit) throw new Error(`unit ${unitId} not found`);
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    address: unit.address,
    phone: unit.phone,
    superior: describeSuperior(chain),
    place: describePlace(chain),
  };
}

/** The register book is the reception year (Vietnam time); the entry its rank in that year. */
async function registerEntry(db: Executor, unitId: string, receivedAt: Date, code: string) {
  const year = civilFromDays(getLocalDay(receivedAt.getTime())).year;
  const yearStart = new Date(getLocalMidnight(daysFromCivil(year, 1, 1)));
  const entry = await countRegisterEntry(db, unitId, yearStart, receivedAt, code);
  return { book: String(year), entry };
}
