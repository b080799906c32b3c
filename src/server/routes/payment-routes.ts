import type { RouteDef } from '../routing.ts';

/** Fees and payments (Decree 118/2025 Art. 24). Issue #5 item 6. */
export const paymentRoutes: RouteDef[] = [];
