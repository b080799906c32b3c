import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../../services/context.ts';

/** The demo mailbox: e-mails and SMS the stand-in adapters kept (demo mode only). Issue #5 item 9. */
export function registerMailboxPages(_app: FastifyInstance, _ctx: ServiceContext): void {}
