import { type FormEvent, useState } from 'react';
import { SelectField } from '../../components/field.tsx';
import type { QueueCounter, QueueService, QueueTicket } from './queue-types.ts';

/** Where to send the ticket: another counter, another service, or both (it keeps its place). */
export function TransferForm({
  ticket,
  counters,
  services,
  ownCounterId,
  isPending,
  onTransfer,
  onCancel,
}: {
  ticket: QueueTicket;
  counters: QueueCounter[];
  services: QueueService[];
  ownCounterId: string;
  isPending: boolean;
  onTransfer: (target: { counterId?: string; serviceId?: string }) => void;
  onCancel: () => void;
}) {
  const [serviceId, setServiceId] = useState(ticket.service.id);
  const [counterId, setCounterId] = useState('');
  const eligible = counters.filter(
    (c) => c.id !== ownCounterId && c.serviceIds.includes(serviceId),
  );

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onTransfer({
      ...(serviceId !== ticket.service.id ? { serviceId } : {}),
      ...(counterId ? { counterId } : {}),
    });
  }

  return (
    <form className="action-form" onSubmit={handleSubmit} aria-label="Chuyển số">
      <SelectField
        label="Dịch vụ"
        value={serviceId}
        onValueChange={(value) => {
          setServiceId(value);
          setCounterId('');
        }}
        options={services.map((s) => ({ value: s.id, label: `${s.prefix} · ${s.name}` }))}
      />
      <SelectField
        label="Quầy"
        value={counterId}
        onValueChange={setCounterId}
        hint="Để trống: quầy nào phục vụ dịch vụ này cũng gọi được."
        options={[
          { value: '', label: 'Bất kỳ quầy nào' },
          ...eligible.map((c) => ({
            value: c.id,
            label: `Quầy ${c.number} – ${c.name} (${c.statusLabel.toLowerCase()})`,
          })),
        ]}
      />
      <div className="row">
        <button
          type="submit"
          className="button-primary"
          disabled={isPending || (serviceId === ticket.service.id && !counterId)}
        >
          Chuyển số {ticket.displayCode}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Thôi
        </button>
      </div>
    </form>
  );
}
