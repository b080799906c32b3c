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
