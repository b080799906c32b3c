import type { RouteDef } from '../routing.ts';

/** The legal forms 01–07 as PDF (TT 03/2025 Annex I). Issue #5 item 3. */
export const formRoutes: RouteDef[] = [];
