import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../../services/context.ts';

/** Public dossier look-up page (the QR target of every form). Issue #5 item 5. */
export function registerLookupPages(_app: FastifyInstance, _ctx: ServiceContext): void {}
