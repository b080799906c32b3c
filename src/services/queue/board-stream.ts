import { formatAnnouncement } from '../../core/queue/display-code.ts';
import { listQueueEvents } from '../../db/repositories/queue-events.ts';
import type { ServiceContext } from '../context.ts';
import { type Board, getBoard } from './get-board.ts';
import { iso } from './present-queue.ts';
import { getQueueUnit } from './queue-access.ts';
import { subscribeQueue } from './queue-bus.ts';

export interface QueueCall {
  id: string;
  kind: 'called' | 'recalled';
  displayCode: string;
  counterNumber: number;
  at: string | null;
  announcement: string;
}

export interface BoardSink {
  board(board: Board): void;
  call(call: QueueCall): void;
}

/** Events are read back this far on each refresh; later-committed ones are still caught. */
const windowMs = 2 * 60_000;
/** A full board is rebuilt at least this often (counter changes made by other processes). */
const boardEveryMs = 20_000;

/**
 * A live feed of a unit's queue for the display board and the counter panels: every new call
 * (with the words to announce) and the board whenever it changed. Woken by the in-process bus and
 * by a poll of queue_events (other processes, or a signal sent before its transaction committed).
 * Past calls at connection time are not announced again.
 */
export async function openBoardStream(
  ctx: ServiceContext,
  unitCode: string,
  options: { pollMs?: number } = {},
): Promise<{ start(sink: BoardSink): () => void }> {
  const unit = await getQueueUnit(ctx.db, unitCode);
  const seen = new Map<string, number>();
  const readNew = async () => {
    const now = ctx.clock.now().getTime();
    for (const [id, at] of seen) if (at < now - 2 * windowMs) seen.delete(id);
    const events = await listQueueEvents(ctx.db, unit.id, { since: new Date(now - windowMs) });
    const fresh = events.filter((e) => !seen.has(e.id));
    for (const e of fresh) seen.set(e.id, e.at.getTime());
    return fresh;
  };
  await readNew();
  return {
    start(sink) {
      let closed = false;
      let running = false;
      let again = false;
      let lastBoard = '';
      let lastBoardAt = 0;
      const refresh = async (force: boolean) => {
        if (closed) return;
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            const fresh = await readNew();
            for (const e of fresh) {
              if ((e.kind === 'called' || e.kind === 'recalled') && e.counterNumber !== null)
                sink.call({
                  id: e.id,
                  kind: e.kind,
                  displayCode: e.displayCode,
                  counterNumber: e.counterNumber,
                  at: iso(e.at),
                  announcement: formatAnnouncement(e.displayCode, e.counterNumber),
                });
            }
            if (force || fresh.length > 0 || Date.now() - lastBoardAt > boardEveryMs) {
              const board = await getBoard(ctx, unitCode);
              const { at: _at, ...content } = board;
              const text = JSON.stringify(content);
              lastBoardAt = Date.now();
              if (text !== lastBoard && !closed) {
                lastBoard = text;
                sink.board(board);
              }
            }
          } while (again && !closed);
        } catch {
          // The database may be briefly away; the next poll tries again.
        } finally {
          running = false;
        }
      };
      const unsubscribe = subscribeQueue(unit.id, () => {
        void refresh(true);
        // The signal may come before the writer's transaction commits: look again shortly.
        setTimeout(() => void refresh(false), 300).unref();
      });
      const timer = setInterval(() => void refresh(false), options.pollMs ?? 3_000);
      timer.unref();
      void refresh(true);
      return () => {
        closed = true;
        clearInterval(timer);
        unsubscribe();
      };
    },
  };
}
