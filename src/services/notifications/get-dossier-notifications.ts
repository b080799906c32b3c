import type { Principal } from '../../core/organisation/permissions.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import type { ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { listDossierNotifications } from './list-dossier-deliveries.ts';

/** The applicant's e-mails and SMS of one dossier with their attempts, for those who may read it. */
export async function getDossierNotifications(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  return { code: dossier.code, items: await listDossierNotifications(ctx.db, dossier.id) };
}
