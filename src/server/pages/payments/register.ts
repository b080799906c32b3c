import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../../services/context.ts';

/** The simulated payment gateway's pages and the rating tablet page. Issue #5 items 6 and 8. */
export function registerPaymentPages(_app: FastifyInstance, _ctx: ServiceContext): void {}
