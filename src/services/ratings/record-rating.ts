import { formatInstant } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/errors.ts';
import {
  type RatingAnswers,
  type RatingChannel,
  ratingChannelLabels,
} from '../../core/ratings/criteria.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { insertRating } from '../../db/repositories/ratings.ts';
import { findReturnAction } from '../../db/repositories/results.ts';
import type { DossierRow } from '../../db/schema.ts';

/**
 * Records a citizen's rating (Decree 118/2025 Art. 33), one per dossier per channel (the unique
 * constraint decides, also between two simultaneous submissions). It is linked to the officer
 * rated — who served at the counter, else who returned the result, else who received it — and to
 * the queue ticket the dossier was received from.
 */
export async function recordRating(
  db: Executor,
  input: {
    dossier: DossierRow;
    channel: RatingChannel;
    answers: RatingAnswers;
    now: Date;
    servedBy?: string | null;
    counterNo?: number | null;
  },
) {
  const { dossier } = input;
  if (dossier.status === 'submitted') {
    throw new DomainError('RULE_VIOLATED', 'Hồ sơ chưa được tiếp nhận: chưa thể đánh giá.', {
      rule: 'rating_before_reception',
    });
  }
  const returned = await findReturnAction(db, dossier.id);
  const returnedBy = returned?.actorId ?? null;
  const { comment, ...levels } = input.answers;
  const row = await insertRating(db, {
    id: newId(input.now.getTime()),
    tenantId: dossier.tenantId,
    dossierId: dossier.id,
    channel: input.channel,
    unitId: dossier.receivingUnitId,
    agencyUnitId: dossier.competentUnitId,
    officerId: input.servedBy ?? returnedBy ?? dossier.receivedBy,
    receivedBy: dossier.receivedBy,
    returnedBy,
    ticketId: dossier.ticketId,
    counterNo: input.counterNo ?? null,
    ...levels,
    comment: comment ?? null,
    createdAt: input.now,
  });
  if (!row) {
    throw new DomainError(
      'DUPLICATE',
      `Hồ sơ ${dossier.code} đã được đánh giá qua kênh "${ratingChannelLabels[input.channel]}". Mỗi hồ sơ chỉ được đánh giá một lần trên mỗi kênh; cảm ơn Ông/Bà.`,
      { rule: 'one_rating_per_channel', channel: input.channel },
    );
  }
  return {
    id: row.id,
    code: dossier.code,
    channel: row.channel,
    overall: row.overall,
    createdAt: formatInstant(row.createdAt.getTime()),
  };
}
