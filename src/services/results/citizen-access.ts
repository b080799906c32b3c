import type { DomainError } from '../../core/errors.ts';
import type { Executor } from '../../db/database.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import type { DossierRow } from '../../db/schema.ts';
import { recordFailedCheck, requireNotLocked } from '../lookup/check-attempts.ts';
import {
  lookupNotFound,
  normaliseDossierCode,
  verifySecondFactor,
} from '../lookup/second-factor.ts';

/** The one answer for an unknown code and a wrong second factor: nothing is revealed. */
export function citizenNotFound(): DomainError {
  return lookupNotFound();
}

/**
 * The dossier for a citizen who gave its code and the second factor (the look-up's rule: last 4
 * digits of the applicant's phone or the identity number, compared in constant time, wrong
 * guesses per code counted and locked after 10). NOT_FOUND — the same answer — when either is
 * wrong. Used by the public pages of payments, ratings and result downloads.
 */
export async function findDossierForCitizen(
  db: Executor,
  code: string,
  check: string | undefined,
  now: Date,
): Promise<DossierRow> {
  const normalised = normaliseDossierCode(code);
  requireNotLocked(normalised, now);
  const dossier = await findDossierByCode(db, normalised);
  if (!verifySecondFactor(dossier, check)) {
    recordFailedCheck(normalised, now);
    throw lookupNotFound();
  }
  return dossier!;
}
