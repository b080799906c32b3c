import { hasScopeOn, type Principal } from '../../core/organisation/permissions.ts';
import { listServicesOfUnit } from '../../db/repositories/queue.ts';
import { listUnitsWithQueue } from '../../db/repositories/queue-events.ts';
import type { ServiceContext } from '../context.ts';
import { getQueueUnit, queueUnitKinds } from './queue-access.ts';

/**
 * One-stop units that run a queue: all of them for the kiosk and booking pages, or those where
 * the officer serves or manages the queue.
 */
export async function listQueueUnits(ctx: ServiceContext, principal?: Principal) {
  const units = await listUnitsWithQueue(ctx.db, queueUnitKinds);
  const visible = principal
    ? units.filter(
        (u) =>
          hasScopeOn(principal, 'queue.serve', u.id) || hasScopeOn(principal, 'queue.manage', u.id),
      )
    : units;
  return visible.map((u) => ({
    code: u.code,
    name: u.name,
    kind: u.kind,
    address: u.address,
    openingHours: u.openingHours,
  }));
}

/** The kiosk's buttons: the unit's active services, in their order. */
export async function listKioskServices(ctx: ServiceContext, unitCode: string) {
  const unit = await getQueueUnit(ctx.db, unitCode);
  const services = await listServicesOfUnit(ctx.db, unit.id, { activeOnly: true });
  return {
    unit: {
      code: unit.code,
      name: unit.name,
      address: unit.address,
      openingHours: unit.openingHours,
    },
    items: services.map((s) => ({
      id: s.id,
      prefix: s.prefix,
      name: s.name,
      fields: s.fields,
      bookingEnabled: s.bookingEnabled,
    })),
  };
}
