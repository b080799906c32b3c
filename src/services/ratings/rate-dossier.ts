import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal } from '../../core/organisation/permissions.ts';
import type { RatingAnswers } from '../../core/ratings/criteria.ts';
import { newId } from '../../db/ids.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import {
  findActivePrompt,
  findDossierById,
  findJustServedDossier,
  findOfficerCounterNo,
  findRatingPrompt,
  insertRatingPrompt,
} from '../../db/repositories/ratings.ts';
import { findUnitByCode, findUnitById } from '../../db/repositories/units.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { findDossierForCitizen } from '../results/citizen-access.ts';
import { recordRating } from './record-rating.ts';

/** The citizen's rating page of a dossier (from the receipt's QR, or online): second factor first. */
export const citizenRatingPath = (code: string) => `/danh-gia/${encodeURIComponent(code)}`;
/** The counter tablet's page. */
export const counterTabletPath = (unitCode: string, counterNo: number) =>
  `/danh-gia/quay?unit=${encodeURIComponent(unitCode)}&counter=${counterNo}`;

/** How long the tablet offers the dossier just served. */
const promptMinutes = 15;

/** From the receipt's QR code (channel qr) or the look-up page / citizen account (channel online). */
export async function rateAsCitizen(
  ctx: ServiceContext,
  input: { code: string; check: string; channel: 'qr' | 'online'; answers: RatingAnswers },
) {
  const dossier = await findDossierForCitizen(ctx.db, input.code, input.check, ctx.clock.now());
  return recordRating(ctx.db, {
    dossier,
    channel: input.channel,
    answers: input.answers,
    now: ctx.clock.now(),
  });
}

/**
 * The counter officer hands the tablet to the citizen just served (Decree 118/2025 Art. 13:
 * touch screens for satisfaction evaluation): the counter's tablet shows this dossier for
 * 15 minutes, until it is rated.
 */
export async function promptCounterRating(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: { counterNo?: number | undefined },
) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  const allowed = (['dossier.receive', 'dossier.return', 'queue.serve'] as const).some((scope) =>
    hasScopeOn(principal, scope, dossier.receivingUnitId),
  );
  if (!allowed) {
    throw new DomainError(
      'FORBIDDEN',
      'Chỉ cán bộ tại Bộ phận Một cửa nơi nhận hồ sơ mời đánh giá tại quầy.',
    );
  }
  // The counter the officer has open in the queue, unless named.
  const counterNo =
    input.counterNo ??
    (await findOfficerCounterNo(ctx.db, principal.userId, dossier.receivingUnitId));
  if (!counterNo) {
    throw new DomainError('VALIDATION_FAILED', 'Chọn số quầy của máy tính bảng đánh giá.', {
      fields: [{ field: 'counterNo', message: 'Chọn số quầy' }],
    });
  }
  const now = ctx.clock.now();
  await insertRatingPrompt(ctx.db, {
    id: newId(now.getTime()),
    tenantId: dossier.tenantId,
    unitId: dossier.receivingUnitId,
    counterNo,
    dossierId: dossier.id,
    officerId: principal.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + promptMinutes * 60_000),
  });
  const unit = await findUnitById(ctx.db, dossier.receivingUnitId);
  return {
    code: dossier.code,
    counterNo,
    expiresInMinutes: promptMinutes,
    tabletPath: counterTabletPath(unit?.code ?? '', counterNo),
  };
}

/** Shortens a name for a public screen: "Nguyễn Văn Bình" → "Nguyễn V. B.". */
function maskName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  return [first, ...rest.map((w) => `${w.charAt(0)}.`)].join(' ');
}

/**
 * What the counter tablet shows: the dossier the officer invited to rate, else the dossier
 * received from the ticket this counter served last (the queue), if not yet rated.
 */
export async function getCounterPrompt(
  ctx: ServiceContext,
  input: { unitCode: string; counterNo: number },
) {
  const unit = await findUnitByCode(ctx.db, input.unitCode);
  if (!unit) throw new DomainError('NOT_FOUND', `Không có đơn vị mã ${input.unitCode}.`);
  const now = ctx.clock.now();
  const prompt = await findActivePrompt(ctx.db, unit.id, input.counterNo, now);
  const served = prompt
    ? undefined
    : await findJustServedDossier(
        ctx.db,
        unit.id,
        input.counterNo,
        new Date(now.getTime() - promptMinutes * 60_000),
      );
  const shown = prompt ?? served;
  return {
    unit: { code: unit.code, name: unit.name },
    counterNo: input.counterNo,
    prompt: shown
      ? {
          id: prompt?.id ?? null,
          ticketId: served?.ticketId ?? null,
          code: shown.code,
          procedureName: shown.procedureName,
          applicantName: maskName(shown.applicantName),
          officerName: shown.officerName ?? '',
        }
      : null,
  };
}

/**
 * The tablet's submission, for the prompt it showed or the ticket just served at this counter
 * (checked again now); the rating goes to the officer who served.
 */
export async function rateAtCounter(
  ctx: ServiceContext,
  input: {
    promptId?: string | undefined;
    ticketId?: string | undefined;
    unitCode: string;
    counterNo: number;
    answers: RatingAnswers;
  },
) {
  return inTransaction(ctx, async (trx) => {
    const now = ctx.clock.now();
    const expired = new DomainError(
      'NOT_FOUND',
      'Lượt mời đánh giá đã hết hạn. Đề nghị cán bộ mời đánh giá lại, hoặc quét mã QR trên phiếu hẹn.',
    );
    let dossierId: string;
    let servedBy: string | null;
    let counterNo: number;
    if (input.promptId) {
      const prompt = /^[0-9a-f-]{36}$/i.test(input.promptId)
        ? await findRatingPrompt(trx, input.promptId)
        : undefined;
      if (!prompt || prompt.expiresAt <= now) throw expired;
      ({ dossierId, officerId: servedBy, counterNo } = prompt);
    } else {
      const unit = await findUnitByCode(trx, input.unitCode);
      const served = unit
        ? await findJustServedDossier(
            trx,
            unit.id,
            input.counterNo,
            new Date(now.getTime() - promptMinutes * 60_000),
          )
        : undefined;
      if (!served || served.ticketId !== input.ticketId) throw expired;
      ({ dossierId, officerId: servedBy } = served);
      counterNo = input.counterNo;
    }
    const dossier = await findDossierById(trx, dossierId);
    if (!dossier) throw expired;
    return recordRating(trx, {
      dossier,
      channel: 'counter',
      answers: input.answers,
      now,
      servedBy,
      counterNo,
    });
  });
}
