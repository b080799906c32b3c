import type { RouteDef } from '../routing.ts';

/** Result return and result documents (Decree 118/2025 Art. 22) and ratings (Art. 33). Issue #5 items 7–8. */
export const resultRoutes: RouteDef[] = [];
