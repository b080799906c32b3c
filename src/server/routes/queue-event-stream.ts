import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceContext } from '../../services/context.ts';
import { openBoardStream } from '../../services/queue/board-stream.ts';

const open = new Set<() => void>();

/**
 * `text/event-stream` of a unit's queue: `board` (the whole board, when it changed) and `call`
 * (each call, with the Vietnamese words to announce). The reply is hijacked and stays open, with a
 * comment every 15 s so proxies keep it; EventSource reconnects by itself after a drop.
 */
export async function streamQueueEvents(
  ctx: ServiceContext,
  unitCode: string,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  // An unknown unit answers 404 as JSON before the stream starts.
  const stream = await openBoardStream(ctx, unitCode);
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
    'x-request-id': request.id,
  });
  raw.write('retry: 3000\n\n');
  const send = (event: string, data: unknown) => {
    if (!raw.writableEnded) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const stop = stream.start({ board: (b) => send('board', b), call: (c) => send('call', c) });
  const heartbeat = setInterval(() => {
    if (!raw.writableEnded) raw.write(': ping\n\n');
  }, 15_000);
  heartbeat.unref();
  const close = () => {
    open.delete(close);
    clearInterval(heartbeat);
    stop();
    if (!raw.writableEnded) raw.end();
  };
  open.add(close);
  raw.on('close', close);
}

/** Ends every open stream, so the server can close (registered as a preClose hook). */
export async function closeQueueStreams(): Promise<void> {
  for (const close of [...open]) close();
}
