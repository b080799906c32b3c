/**
 * The in-process signal "something changed in this unit's queue", sent after a queue write
 * commits. Display boards and counter panels listening on server-sent events wake up on it and
 * read what changed from queue_events, so a missed or early signal costs nothing but latency;
 * streams also poll, which is how boards served by another app process see a call
 * (ARCHITECTURE.md, "Queue").
 */
type Listener = () => void;

const listeners = new Map<string, Set<Listener>>();

export function subscribeQueue(unitId: string, listener: Listener): () => void {
  const set = listeners.get(unitId) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(unitId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(unitId);
  };
}

export function publishQueueChange(unitId: string): void {
  for (const listener of listeners.get(unitId) ?? []) {
    try {
      listener();
    } catch {
      // A broken listener (a closed stream) must not stop the others.
    }
  }
}
