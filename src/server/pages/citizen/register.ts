import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../../services/context.ts';

/** Citizen sign-in, drafts and online submission, working without JavaScript. Issue #5 item 4. */
export function registerCitizenPages(_app: FastifyInstance, _ctx: ServiceContext): void {}
