import type { RouteDef } from '../routing.ts';

/** Import and export of the catalogue (JSON, CSV, XLSX). */
export const catalogueTransferRoutes: RouteDef[] = [];
