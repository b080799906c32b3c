import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import type { Channel } from '../../core/dossiers/statuses.ts';
import { DomainError } from '../../core/errors.ts';
import { assessFees, type FeeAssessment } from '../../core/payments/fee-schedule.ts';
import type { Executor } from '../../db/database.ts';
import { findVersionById } from '../../db/repositories/procedures.ts';
import type { DossierRow } from '../../db/schema.ts';

/** What a dossier owes: the catalogue's assessment, the amount due, what is paid, the balance. */
export interface FeeState {
  assessment: FeeAssessment;
  /** dossiers.fee_total when set (by reception or an officer), else the assessed total. */
  totalVnd: number;
  paidVnd: number;
  balanceVnd: number;
  /** fee_total was never set: the first payment writes the assessed total. */
  isAssessedOnly: boolean;
}

/** Decree 118/2025 Art. 24: the fees due are those the catalogue version publishes for the channel. */
export async function loadFeeState(db: Executor, dossier: DossierRow): Promise<FeeState> {
  const version = await findVersionById(db, dossier.procedureVersionId);
  if (!version) throw new DomainError('NOT_FOUND', 'Không tìm thấy phiên bản thủ tục của hồ sơ.');
  const record = procedureRecordSchema.parse(version.record);
  const assessment = assessFees(record, dossier.channel as Channel);
  const stored = Number(dossier.feeTotal);
  const paidVnd = Number(dossier.feePaid);
  const totalVnd = stored > 0 ? stored : assessment.totalVnd;
  return {
    assessment,
    totalVnd,
    paidVnd,
    balanceVnd: Math.max(0, totalVnd - paidVnd),
    isAssessedOnly: stored === 0,
  };
}

/** Dossiers that can no longer owe anything: refused at reception or stopped. */
export function requirePayable(dossier: DossierRow): void {
  if (dossier.status === 'refused_at_reception' || dossier.status === 'stopped') {
    throw new DomainError(
      'RULE_VIOLATED',
      'Hồ sơ đã không được tiếp nhận hoặc đã dừng xử lý: không thu phí.',
      { rule: 'dossier_not_payable', article: 'Điều 24 NĐ 118/2025' },
    );
  }
}
