import { apiGet } from '../../lib/api.ts';
import type { Applicant, DossierView } from '../../lib/types.ts';

/**
 * "Nothing typed twice": the applicant of an earlier dossier with this identity number, found
 * through the inbox search (exact identity number match). Null when none or on any failure.
 */
export async function lookUpApplicant(
  idNumber: string,
): Promise<{ applicant: Applicant; code: string } | null> {
  const id = idNumber.trim().toUpperCase();
  if (id.length < 9) return null;
  const found = await apiGet<{ items: DossierView[] }>('/dossiers', {
    box: 'all',
    q: id,
    limit: 1,
  }).catch(() => null);
  const earlier = found?.items[0];
  if (!earlier || earlier.applicant.idNumber.toUpperCase() !== id) return null;
  return { applicant: earlier.applicant, code: earlier.code };
}

/**
 * Fills only the empty fields of the applicant from their latest dossier (phone and e-mail are
 * not on the identity card). Null when there is no earlier dossier or nothing to fill.
 */
export async function completeApplicant<
  T extends { idNumber: string; fullName: string; phone: string; email: string; address: string },
>(current: T): Promise<{ applicant: T; code: string } | null> {
  const empty = !current.fullName.trim() || !current.phone.trim() || !current.address.trim();
  if (!empty) return null;
  const found = await lookUpApplicant(current.idNumber);
  if (!found) return null;
  const a = found.applicant;
  return {
    code: found.code,
    applicant: {
      ...current,
      fullName: current.fullName || a.fullName,
      phone: current.phone || a.phone,
      email: current.email || (a.email ?? ''),
      address: current.address || a.address,
    },
  };
}
