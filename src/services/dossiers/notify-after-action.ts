import type { ActionType } from '../../core/dossiers/actions.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import type { Trx } from '../../db/database.ts';
import type { DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { findUsersWithRole, notifyUsers } from '../notifications/notify-users.ts';

/**
 * Officers told in-app when work reaches them (the outbox; e-mail and SMS to citizens are issue
 * #5): the new assignee, the leaders of the competent agency when approval or an extension
 * waits, the heads when a dossier arrives or comes back, an agency asked for its opinion or part.
 */
export async function notifyAfterAction(
  ctx: ServiceContext,
  trx: Trx,
  dossier: DossierRow,
  before: DossierState,
  after: DossierState,
  type: ActionType,
  payload: Record<string, unknown>,
): Promise<void> {
  const message = (userIds: string[], template: string, subject: string) =>
    notifyUsers(trx, {
      tenantId: dossier.tenantId,
      userIds,
      template,
      subject,
      body: `${subject}: ${dossier.procedureName} — ${dossier.applicantName}.`,
      dedupeKey: `${dossier.id}:${after.version}:${template}`,
      dossierId: dossier.id,
      payload: { code: dossier.code, action: type },
    });
  const code = dossier.code;
  if (
    (type === 'assign' || type === 'reassign') &&
    after.assigneeId &&
    after.assigneeId !== before.assigneeId
  ) {
    await message([after.assigneeId], 'dossier.assigned', `Hồ sơ ${code} được giao cho bạn`);
  }
  if (type === 'submit_for_approval' || type === 'request_extension') {
    const leaders = await findUsersWithRole(trx, [dossier.competentUnitId], 'leader');
    await message(
      leaders,
      `dossier.${type}`,
      type === 'submit_for_approval'
        ? `Hồ sơ ${code} chờ phê duyệt`
        : `Hồ sơ ${code} đề nghị gia hạn`,
    );
  }
  if (type === 'return_for_rework' && after.assigneeId) {
    await message([after.assigneeId], 'dossier.rework', `Hồ sơ ${code} bị trả lại để xử lý lại`);
  }
  if (type === 'supplement_received' || type === 'accept_online') {
    const heads = await findUsersWithRole(trx, [after.handlingUnitId], 'head');
    await message(
      after.assigneeId ? [after.assigneeId] : heads,
      'dossier.arrived',
      `Hồ sơ ${code} cần xử lý`,
    );
  }
  if (type === 'consult' || type === 'handoff' || (type === 'complete_part' && payload.nextPart)) {
    const units =
      type === 'consult'
        ? [String(payload.unitId)]
        : type === 'handoff'
          ? after.chain!.parts.filter((p) => p.status === 'active').map((p) => p.unitId)
          : [String((payload.nextPart as { unitId: string }).unitId)];
    const officers = [
      ...(await findUsersWithRole(trx, units, 'head')),
      ...(await findUsersWithRole(trx, units, 'specialist')),
    ];
    await message(
      officers,
      `dossier.${type}`,
      type === 'consult'
        ? `Xin ý kiến về hồ sơ ${code}`
        : `Hồ sơ liên thông ${code} chuyển đến đơn vị`,
    );
  }
  if (type === 'mark_result_ready' || type === 'refuse') {
    const reception = await findUsersWithRole(trx, [dossier.receivingUnitId], 'reception');
    await message(reception, 'dossier.result_ready', `Hồ sơ ${code} đã có kết quả, chờ trả`);
  }
  void ctx;
}
