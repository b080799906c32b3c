import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { apiGet, apiWrite } from '../lib/api.ts';
import { formatInstant } from '../lib/dates.ts';
import { dossierPath, navigate } from '../lib/router.ts';
import type { AppNotification } from '../lib/types.ts';

interface NotificationList {
  items: AppNotification[];
  unread: number;
}

const refreshMs = 60_000;

/** The body repeats the subject before the details ("subject: procedure — applicant"). */
function describeBody(item: AppNotification): string {
  if (!item.body.startsWith(item.subject)) return item.body;
  return item.body.slice(item.subject.length).replace(/^[:.\s]+/, '');
}

/**
 * "Thông báo (2)": the bell of the top bar. A disclosure, not a dialog: the list follows the button
 * in the reading order, Escape closes it and gives focus back. Opening an item marks it read.
 */
export function NotificationBell({ pathname }: { pathname: string }) {
  const [list, setList] = useState<NotificationList>();
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLElement>(null);
  const listId = useId();

  const load = useCallback(() => {
    apiGet<NotificationList>('/notifications', { limit: 20 }).then(setList, () => undefined);
  }, []);

  // Reload on every page change and once a minute: new work shows without a full reload.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname triggers the reload
  useEffect(() => {
    load();
    const timer = window.setInterval(load, refreshMs);
    return () => window.clearInterval(timer);
  }, [load, pathname]);

  useEffect(() => {
    if (!isOpen) return;
    function handlePointer(event: PointerEvent) {
      const target = event.target as Node;
      if (!boxRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    }
    document.addEventListener('pointerdown', handlePointer);
    return () => document.removeEventListener('pointerdown', handlePointer);
  }, [isOpen]);

  function toggle() {
    if (!isOpen) load();
    setOpen(!isOpen);
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !isOpen) return;
    setOpen(false);
    buttonRef.current?.focus();
  }

  async function markRead(item: AppNotification) {
    if (item.readAt) return;
    setList((current) =>
      current
        ? {
            unread: Math.max(0, current.unread - 1),
            items: current.items.map((n) =>
              n.id === item.id ? { ...n, readAt: new Date().toISOString() } : n,
            ),
          }
        : current,
    );
    await apiWrite('POST', `/notifications/${item.id}/read`).catch(() => undefined);
  }

  function open(item: AppNotification, code: string) {
    setOpen(false);
    void markRead(item);
    navigate(dossierPath(code));
  }

  const unread = list?.unread ?? 0;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the bell closes it
    <div className="bell" onKeyDown={handleKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="button-quiet bell-button"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-label={`Thông báo (${unread})`}
        onClick={toggle}
      >
        Thông báo
        <span className={`badge ${unread ? 'badge-unread' : ''}`}>{unread}</span>
      </button>
      <section
        ref={boxRef}
        id={listId}
        className="bell-panel"
        aria-label="Danh sách thông báo"
        hidden={!isOpen}
      >
        {!list && <p className="muted">Đang tải…</p>}
        {list && list.items.length === 0 && <p className="muted">Chưa có thông báo nào.</p>}
        {list && list.items.length > 0 && (
          <ul className="bell-list">
            {list.items.map((item) => {
              const code = item.payload?.code;
              return (
                <li key={item.id} className={item.readAt ? '' : 'unread'}>
                  {code && item.dossierId ? (
                    <a
                      href={dossierPath(code)}
                      onClick={(event) => {
                        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                        event.preventDefault();
                        open(item, code);
                      }}
                    >
                      {item.readAt ? '' : <span className="visually-hidden">Chưa đọc: </span>}
                      {item.subject}
                    </a>
                  ) : (
                    <span>
                      {item.readAt ? '' : <span className="visually-hidden">Chưa đọc: </span>}
                      {item.subject}
                    </span>
                  )}
                  <span className="muted small block">{describeBody(item)}</span>
                  <span className="muted small block">
                    <time dateTime={item.createdAt}>{formatInstant(item.createdAt)}</time>
                    {!item.readAt && !(code && item.dossierId) && (
                      <button
                        type="button"
                        className="button-small button-quiet"
                        onClick={() => markRead(item)}
                      >
                        Đánh dấu đã đọc
                      </button>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
