import type { RouteDef } from '../routing.ts';

/** Citizen accounts, drafts and online submission (Decree 118/2025 Art. 17.2). Issue #5 item 4. */
export const citizenRoutes: RouteDef[] = [];
