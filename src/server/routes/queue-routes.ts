import type { RouteDef } from '../routing.ts';

/** The queue (Decree 118/2025 Art. 13): tickets, counters, calls, bookings. Issue #5 item 1. */
export const queueRoutes: RouteDef[] = [];
