import type { RouteDef } from '../routing.ts';

/** Delivery of the notification outbox: attempts, the demo mailbox. Issue #5 item 9. */
export const deliveryRoutes: RouteDef[] = [];
