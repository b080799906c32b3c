import type { ActionType } from '../../core/dossiers/actions.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import type { Trx } from '../../db/database.ts';
import type { DossierRow } from '../../db/schema.ts';
import { notifyRoles } from '../notifications/notify-users.ts';

/**
 * Officers told in-app when work reaches them (the outbox; e-mail and SMS to citizens are issue
 * #5): the new assignee, the leaders of the competent agency when approval or an extension
 * waits, the heads when a dossier arrives or comes back, an agency asked for its opinion or part,
 * the one-stop unit when a result is ready. One statement per message, recipients chosen in SQL.
 */
export async function notifyAfterAction(
  trx: Trx,
  dossier: DossierRow,
  before: DossierState,
  after: DossierState,
  type: ActionType,
  payload: Record<string, unknown>,
  at: Date,
): Promise<void> {
  const code = dossier.code;
  const send = (
    template: string,
    subject: string,
    target: { unitIds?: string[]; roles?: string[]; userIds?: string[] },
  ) =>
    notifyRoles(trx, {
      tenantId: dossier.tenantId,
      unitIds: target.unitIds ?? [],
      roles: target.roles ?? [],
      alsoUserIds: target.userIds ?? [],
      template,
      subject,
      body: `${subject}: ${dossier.procedureName} — ${dossier.applicantName}.`,
      dedupeKey: `${dossier.id}:${after.version}:${template}`,
      dossierId: dossier.id,
      payload: { code, action: type },
      at,
    });
  switch (type) {
    case 'assign':
    case 'reassign':
      if (after.assigneeId && after.assigneeId !== before.assigneeId) {
        await send('dossier.assigned', `Hồ sơ ${code} được giao cho bạn`, {
          userIds: [after.assigneeId],
        });
      }
      return;
    case 'submit_for_approval':
      return send('dossier.awaiting_approval', `Hồ sơ ${code} chờ phê duyệt`, {
        unitIds: [dossier.competentUnitId],
        roles: ['leader'],
      });
    case 'request_extension':
      return send('dossier.extension_requested', `Hồ sơ ${code} đề nghị gia hạn`, {
        unitIds: [dossier.competentUnitId],
        roles: ['leader'],
      });
    case 'return_for_rework':
      return after.assigneeId
        ? send('dossier.rework', `Hồ sơ ${code} bị trả lại để xử lý lại`, {
            userIds: [after.assigneeId],
          })
        : undefined;
    case 'supplement_received':
    case 'accept_online':
      return after.assigneeId
        ? send('dossier.arrived', `Hồ sơ ${code} cần xử lý`, { userIds: [after.assigneeId] })
        : send('dossier.arrived', `Hồ sơ ${code} cần phân công`, {
            unitIds: [after.handlingUnitId],
            roles: ['head'],
          });
    case 'consult':
      return send('dossier.consult', `Xin ý kiến về hồ sơ ${code}`, {
        unitIds: [String(payload.unitId)],
        roles: ['head', 'specialist'],
      });
    case 'handoff':
      return send('dossier.handoff', `Hồ sơ liên thông ${code} chuyển đến đơn vị`, {
        unitIds: after.chain!.parts.filter((p) => p.status === 'active').map((p) => p.unitId),
        roles: ['head', 'specialist'],
      });
    case 'complete_part':
      if (payload.nextPart) {
        const unitId = (payload.nextPart as { unitId: string }).unitId;
        return send('dossier.handoff', `Hồ sơ liên thông ${code} chuyển đến đơn vị`, {
          unitIds: [unitId],
          roles: ['head', 'specialist'],
        });
      }
      return;
    case 'mark_result_ready':
    case 'refuse':
      return send('dossier.result_ready', `Hồ sơ ${code} đã có kết quả, chờ trả`, {
        unitIds: [dossier.receivingUnitId],
        roles: ['reception'],
      });
    default:
      return;
  }
}
