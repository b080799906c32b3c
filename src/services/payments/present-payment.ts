import { formatInstant } from '../../core/calendar/index.ts';
import type { PaymentRow } from '../../db/schema-payments.ts';

export const paymentMethodLabels = {
  cash: 'Tiền mặt',
  bank_transfer: 'Chuyển khoản',
  online: 'Thanh toán trực tuyến',
} as const;

export const paymentStatusLabels = {
  pending: 'Chờ thanh toán',
  paid: 'Đã thanh toán',
  failed: 'Không thành công',
} as const;

const iso = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);

/** A payment as the API shows it (amounts in đồng, instants ISO 8601 with +07:00). */
export function presentPayment(
  p: PaymentRow & { collectorName?: string | null; collectingUnitName?: string | null },
) {
  return {
    id: p.id,
    method: p.method,
    methodLabel: paymentMethodLabels[p.method],
    status: p.status,
    statusLabel: paymentStatusLabels[p.status],
    amountVnd: Number(p.amount),
    lines: p.lines,
    payerName: p.payerName,
    receiptNumber: p.receiptNumber,
    collectedBy: p.collectorName ?? null,
    collectingUnit: p.collectingUnitName ?? null,
    transferReference: p.transferReference,
    gateway: p.gateway,
    gatewayTransactionId: p.gatewayTransactionId,
    note: p.note,
    createdAt: iso(p.createdAt),
    paidAt: iso(p.paidAt),
  };
}
export type PaymentView = ReturnType<typeof presentPayment>;
