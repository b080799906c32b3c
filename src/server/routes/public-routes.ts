import type { RouteDef } from '../routing.ts';

/** Public look-up by dossier code and a second factor. Issue #5 item 5. */
export const publicRoutes: RouteDef[] = [];
