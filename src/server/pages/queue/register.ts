import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../../services/context.ts';

/** Kiosk ticket page and the live display board (server-sent events, voice). Issue #5 item 1. */
export function registerQueuePages(_app: FastifyInstance, _ctx: ServiceContext): void {}
