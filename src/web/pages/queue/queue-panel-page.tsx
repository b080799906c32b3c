import { useState } from 'react';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { apiWrite } from '../../lib/api.ts';
import { navigate } from '../../lib/router.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { CounterChooser } from './counter-chooser.tsx';
import {
  ActionButton,
  allowedActions,
  type CounterAction,
  CurrentTicket,
  intakeHref,
  shortcutKeys,
} from './current-ticket.tsx';
import type { MyCounter, QueueTicket, UnitCounters, WaitingList } from './queue-types.ts';
import { TransferForm } from './transfer-form.tsx';
import { useQueueEvents, useShortcuts } from './use-queue-events.ts';
import { WaitingTable } from './waiting-list.tsx';

/**
 * "Quầy gọi số": the officer's counter (Decree 118/2025 Art. 13). Open a counter, call the next
 * ticket by the fair rule, recall, skip, start serving, finish, transfer, and go to counter intake
 * with the ticket. Kept current by the unit's server-sent events; every button has a key.
 */
export function QueuePanelPage() {
  usePageTitle('Quầy gọi số');
  const me = useApiData<MyCounter>('/queue/me');
  const counter = me.data?.counter ?? null;
  const unitCode = me.data?.unit?.code ?? null;
  const waiting = useApiData<WaitingList>(
    unitCode && counter ? `/queue/units/${encodeURIComponent(unitCode)}/waiting` : null,
    { counter: counter?.id },
  );
  const counters = useApiData<UnitCounters>(
    unitCode ? `/queue/units/${encodeURIComponent(unitCode)}/counters` : null,
  );
  const { isPending, error, submit } = useSubmission();
  const [note, setNote] = useState('');
  const [transferring, setTransferring] = useState(false);
  const current = me.data?.current ?? null;
  const allowed = allowedActions(current, counter?.status === 'open');

  function reload() {
    me.reload();
    waiting.reload();
    counters.reload();
  }
  useQueueEvents(unitCode, reload);

  async function run(path: string, body: unknown, done: (answer: unknown) => string) {
    const answer = await submit((key) => apiWrite<unknown>('POST', `/queue/${path}`, body, key));
    if (answer !== undefined) {
      setNote(done(answer));
      reload();
    }
  }

  function act(action: CounterAction) {
    if (!counter || !allowed.has(action)) return;
    if (action === 'next')
      return run(`counters/${counter.id}/call-next`, {}, (a) => {
        const t = (a as { ticket: QueueTicket | null; message: string | null }).ticket;
        return t ? `Đã gọi số ${t.displayCode}.` : 'Không còn số nào đang chờ quầy này.';
      });
    if (action === 'transfer') return setTransferring(true);
    if (!current) return;
    const labels = {
      recall: 'Đã gọi lại',
      start: 'Đang phục vụ',
      finish: 'Đã xong',
      skip: 'Đã bỏ qua',
    };
    return run(
      `tickets/${current.id}/${action}`,
      {},
      () => `${labels[action]} số ${current.displayCode}.`,
    );
  }

  useShortcuts({
    [shortcutKeys.next]: () => act('next'),
    [shortcutKeys.recall]: () => act('recall'),
    [shortcutKeys.start]: () => act('start'),
    [shortcutKeys.finish]: () => act('finish'),
    [shortcutKeys.skip]: () => act('skip'),
    [shortcutKeys.transfer]: () => act('transfer'),
    [shortcutKeys.intake]: current ? () => navigate(intakeHref(current.id)) : undefined,
  });

  if (me.error)
    return (
      <div className="page">
        <FormError error={me.error} />
      </div>
    );
  if (!me.data) return <p className="page">Đang tải…</p>;
  return (
    <div className="page">
      <div className="page-head">
        <h1>Quầy gọi số</h1>
        {unitCode && (
          <p className="muted">
            {me.data.unit?.name} ·{' '}
            <a
              href={`/quay/man-hinh?unit=${encodeURIComponent(unitCode)}`}
              target="_blank"
              rel="noopener"
            >
              Màn hình gọi số
            </a>{' '}
            ·{' '}
            <a
              href={`/quay/lay-so?unit=${encodeURIComponent(unitCode)}`}
              target="_blank"
              rel="noopener"
            >
              Máy lấy số
            </a>
          </p>
        )}
      </div>
      {!counter ? (
        <CounterChooser onOpened={reload} />
      ) : (
        <div className="queue-layout">
          <section className="panel" aria-labelledby="my-counter">
            <div className="row spread">
              <h2 id="my-counter">
                Quầy số {counter.number} <span className="chip">{counter.statusLabel}</span>
              </h2>
              <div className="row">
                {counter.status === 'open' ? (
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={isPending}
                    onClick={() => run(`counters/${counter.id}/pause`, {}, () => 'Quầy tạm nghỉ.')}
                  >
                    Tạm nghỉ
                  </button>
                ) : (
                  <button
                    type="button"
                    disabled={isPending}
                    onClick={() => run(`counters/${counter.id}/open`, {}, () => 'Quầy đã mở lại.')}
                  >
                    Mở lại quầy
                  </button>
                )}
                <button
                  type="button"
                  className="button-quiet"
                  disabled={isPending || current !== null}
                  onClick={() => run(`counters/${counter.id}/close`, {}, () => 'Đã đóng quầy.')}
                >
                  Đóng quầy
                </button>
              </div>
            </div>
            <p className="muted small">{counter.name}</p>
            <CurrentTicket ticket={current} />
            <fieldset className="queue-actions">
              <legend className="visually-hidden">Thao tác gọi số</legend>
              <ActionButton
                action="next"
                label="Gọi số tiếp theo"
                primary
                allowed={allowed}
                isPending={isPending}
                onAction={act}
              />
              <ActionButton
                action="recall"
                label="Gọi lại"
                allowed={allowed}
                isPending={isPending}
                onAction={act}
              />
              <ActionButton
                action="start"
                label="Bắt đầu phục vụ"
                allowed={allowed}
                isPending={isPending}
                onAction={act}
              />
              <ActionButton
                action="finish"
                label="Hoàn thành"
                allowed={allowed}
                isPending={isPending}
                onAction={act}
              />
              <ActionButton
                action="skip"
                label="Bỏ qua (vắng mặt)"
                allowed={allowed}
                isPending={isPending}
                onAction={act}
              />
              <ActionButton
                action="transfer"
                label="Chuyển"
                allowed={allowed}
                isPending={isPending}
                onAction={act}
              />
            </fieldset>
            {transferring && current && counters.data && (
              <TransferForm
                ticket={current}
                counters={counters.data.counters}
                services={counters.data.services}
                ownCounterId={counter.id}
                isPending={isPending}
                onCancel={() => setTransferring(false)}
                onTransfer={(target) => {
                  setTransferring(false);
                  void run(
                    `tickets/${current.id}/transfer`,
                    target,
                    () => `Đã chuyển số ${current.displayCode}.`,
                  );
                }}
              />
            )}
            <FormError error={error} />
            <StatusMessage text={note} />
            {me.data.skipped.length > 0 && (
              <div className="subpanel">
                <h3>Đã bỏ qua hôm nay</h3>
                <ul className="plain-list">
                  {me.data.skipped.map((t) => (
                    <li key={t.id} className="row">
                      <span className="code">{t.displayCode}</span>
                      <button
                        type="button"
                        className="button-small"
                        disabled={isPending || current !== null}
                        onClick={() =>
                          run(`tickets/${t.id}/recall`, {}, () => `Đã gọi lại số ${t.displayCode}.`)
                        }
                      >
                        Gọi lại {t.displayCode}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
          <WaitingTable list={waiting.data} />
        </div>
      )}
    </div>
  );
}
