import { useState } from 'react';
import { ApiError } from '../../lib/api.ts';
import type { ApplicantDraft } from './applicant-fields.tsx';
import { fillFromCard, getCardReader } from './card-reader.ts';
import { completeApplicant } from './look-up-applicant.ts';

/**
 * "Nothing typed twice": the applicant comes from the chip card (identity number, name,
 * residence) and from their latest dossier (phone, e-mail), found by identity number.
 */
export function useApplicantSources(
  applicant: ApplicantDraft,
  setApplicant: (next: ApplicantDraft) => void,
) {
  const [note, setNote] = useState('');
  const [isReading, setReading] = useState(false);
  const reader = getCardReader();

  async function fillFromEarlier(current: ApplicantDraft = applicant, prefix = '') {
    const found = await completeApplicant(current).catch(() => null);
    if (found) {
      setApplicant(found.applicant);
      setNote(
        `${prefix}Đã điền thông tin còn thiếu từ hồ sơ ${found.code}. Kiểm tra lại trước khi tiếp nhận.`,
      );
      return found.applicant;
    }
    if (prefix) setNote(`${prefix}Chưa có hồ sơ trước của người này: nhập số điện thoại.`);
    return current;
  }

  /** Reads the card, completes from an earlier dossier; resolves with the applicant or null. */
  async function readCard(): Promise<ApplicantDraft | null> {
    setReading(true);
    setNote('');
    try {
      const card = await reader.read();
      const next = fillFromCard(applicant, card);
      setApplicant(next);
      const from = card.source === 'stand-in' ? ' (mô phỏng)' : '';
      return await fillFromEarlier(next, `Đã đọc thẻ căn cước${from} của ${card.fullName}. `);
    } catch (failure) {
      setNote(
        failure instanceof ApiError || failure instanceof Error
          ? `Không đọc được thẻ: ${failure.message}`
          : 'Không đọc được thẻ.',
      );
      return null;
    } finally {
      setReading(false);
    }
  }

  return {
    note,
    clearNote: () => setNote(''),
    isReading,
    readerLabel: reader.label,
    readCard,
    fillFromEarlier: () => void fillFromEarlier(),
  };
}
