import type { RouteDef } from '../routing.ts';

/** The documents of a dossier: checklist, scans, corrections before processing. Issue #5 item 2. */
export const dossierDocumentRoutes: RouteDef[] = [];
