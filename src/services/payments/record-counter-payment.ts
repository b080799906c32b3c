import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { requireScope } from '../../core/organisation/permissions.ts';
import { formatReceiptNumber, receiptYearOf } from '../../core/payments/receipts.ts';
import { newId } from '../../db/ids.ts';
import {
  insertPayment,
  lockDossierByCode,
  refreshDossierFees,
  takeNextReceiptNo,
} from '../../db/repositories/payments.ts';
import { findUnitById } from '../../db/repositories/units.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { loadFeeState, requirePayable } from './dossier-fees.ts';
import { presentPayment } from './present-payment.ts';

export const counterPaymentSchema = z
  .object({
    method: z.enum(['cash', 'bank_transfer'], { error: 'Chọn tiền mặt hoặc chuyển khoản' }),
    amountVnd: z
      .number({ error: 'Số tiền là số đồng' })
      .int('Số tiền là số đồng, không có phần lẻ')
      .positive('Số tiền phải lớn hơn 0')
      .max(10_000_000_000)
      .optional(),
    payerName: z.string().trim().min(2).max(200).optional(),
    transferReference: z
      .string()
      .trim()
      .min(3, 'Ghi số giao dịch chuyển khoản')
      .max(100)
      .optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((v) => v.method !== 'bank_transfer' || v.transferReference, {
    message: 'Chuyển khoản cần số giao dịch (mã tham chiếu của ngân hàng)',
    path: ['transferReference'],
  });
export type CounterPaymentInput = z.infer<typeof counterPaymentSchema>;

/**
 * Fees paid at the counter in cash or by transfer to the agency's account (Decree 118/2025
 * Art. 24), by an officer holding `payment.collect` on the receiving unit. The receipt number is
 * the unit's next of the year, taken in the same transaction (gap-free). Without an amount the
 * balance is collected; a larger amount is accepted only when the schedule leaves the amount to
 * the officer (per page or unpriced lines), which then sets the amount due.
 */
export async function recordCounterPayment(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: CounterPaymentInput,
) {
  return inTransaction(ctx, async (trx) => {
    const dossier = requireRead(principal, await lockDossierByCode(trx, code), code);
    requireScope(principal, 'payment.collect', dossier.receivingUnitId);
    requirePayable(dossier);
    const fees = await loadFeeState(trx, dossier);
    const amount = input.amountVnd ?? fees.balanceVnd;
    if (amount <= 0) {
      throw new DomainError('RULE_VIOLATED', 'Hồ sơ không còn khoản phí, lệ phí nào phải nộp.', {
        rule: 'nothing_to_pay',
        field: 'amountVnd',
      });
    }
    const officerSets = fees.assessment.variable || fees.totalVnd === 0;
    if (amount > fees.balanceVnd && !officerSets) {
      throw new DomainError(
        'RULE_VIOLATED',
        `Số tiền vượt số còn phải nộp (${fees.balanceVnd} đồng) theo biểu phí đã công bố.`,
        { rule: 'amount_exceeds_balance', field: 'amountVnd', balanceVnd: fees.balanceVnd },
      );
    }
    const now = ctx.clock.now();
    const year = receiptYearOf(now);
    const receiptNo = await takeNextReceiptNo(trx, dossier.tenantId, dossier.receivingUnitId, year);
    const payment = await insertPayment(trx, {
      id: newId(now.getTime()),
      tenantId: dossier.tenantId,
      dossierId: dossier.id,
      method: input.method,
      status: 'paid',
      amount,
      lines: JSON.stringify(fees.assessment.lines),
      payerName: input.payerName ?? dossier.applicantName,
      collectingUnitId: dossier.receivingUnitId,
      agencyUnitId: dossier.competentUnitId,
      receiptYear: year,
      receiptNo,
      receiptNumber: formatReceiptNumber(year, receiptNo),
      collectedBy: principal.userId,
      transferReference: input.transferReference ?? null,
      note: input.note ?? null,
      createdAt: now,
      paidAt: now,
    });
    // The amount due is written when first assessed (reception may not have), or raised by the officer.
    const total = amount > fees.balanceVnd ? fees.paidVnd + amount : fees.totalVnd;
    await refreshDossierFees(
      trx,
      dossier.id,
      fees.isAssessedOnly || total !== fees.totalVnd ? total : undefined,
    );
    const unit = await findUnitById(trx, dossier.receivingUnitId);
    return {
      ...presentPayment({
        ...payment,
        collectorName: principal.fullName ?? principal.username,
        collectingUnitName: unit?.name ?? null,
      }),
      dossierCode: dossier.code,
      procedureName: dossier.procedureName,
      feeTotalVnd: total,
      feePaidVnd: fees.paidVnd + amount,
    };
  });
}
