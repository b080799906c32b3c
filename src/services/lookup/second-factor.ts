import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../core/errors.ts';
import { normaliseIdNumber } from '../../core/results/document-code.ts';

/**
 * The second factor of the public look-up (DESIGN §2.5): the last 4 digits of the applicant's
 * phone or the applicant's identity number, so that a dossier code alone reveals nothing.
 * Both comparisons always run, on fixed-length digests, also for an unknown code (against a
 * decoy): the time taken does not tell whether the code exists or which part was wrong.
 */
const digest = (value: string) => createHash('sha256').update(value).digest();
const decoy = { phone4: '\u0000\u0000\u0000\u0000', idNumber: '\u0000decoy' };

export interface Applicant {
  applicantPhone: string;
  applicantIdNumber: string;
}

export function verifySecondFactor(
  applicant: Applicant | undefined,
  check: string | undefined,
): boolean {
  const given = normaliseIdNumber(check ?? '');
  const phone = applicant?.applicantPhone.replace(/\D/g, '') ?? '';
  const phone4 = phone.length >= 4 ? phone.slice(-4) : decoy.phone4;
  const idNumber = applicant ? normaliseIdNumber(applicant.applicantIdNumber) : decoy.idNumber;
  const fourDigits = /^\d{4}$/.test(given);
  const phoneMatches = timingSafeEqual(digest(fourDigits ? given : ''), digest(phone4));
  const idMatches = timingSafeEqual(digest(given), digest(idNumber));
  return applicant !== undefined && (fourDigits ? phoneMatches : given.length >= 6 && idMatches);
}

/**
 * The one answer for an unknown code, a missing and a wrong second factor: the same code and
 * message, no details.
 */
export function lookupNotFound(): DomainError {
  return new DomainError(
    'NOT_FOUND',
    'Không tìm thấy hồ sơ với mã và thông tin xác minh đã nhập. Kiểm tra lại mã hồ sơ và 4 số cuối điện thoại (hoặc số giấy tờ tùy thân) của người nộp.',
  );
}

/** Dossier codes as typed by people: spaces trimmed, letters upper-cased (codes use capitals). */
export function normaliseDossierCode(code: string): string {
  return code.trim().toUpperCase();
}
