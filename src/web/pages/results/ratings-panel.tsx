import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { apiWrite, findFieldError } from '../../lib/api.ts';
import { formatInstant } from '../../lib/dates.ts';
import { hasScope, useSession } from '../../lib/session.ts';
import type { DossierRating } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { useSubmission } from '../../lib/use-submission.ts';

/**
 * "Đánh giá của người dân" (Decree 118/2025 Art. 33): the ratings by channel with every criterion,
 * and, for one-stop officers, the invitation to rate on the counter's tablet.
 */
export function RatingsPanel({ code }: { code: string }) {
  const { session } = useSession();
  const ratings = useApiData<{ items: DossierRating[] }>(
    `/dossiers/${encodeURIComponent(code)}/ratings`,
  );
  const canInvite = hasScope(session, 'dossier.receive') || hasScope(session, 'dossier.return');
  const items = ratings.data?.items ?? [];
  if (!canInvite && items.length === 0) return null;
  return (
    <section className="panel panel-ratings" aria-labelledby="ratings-heading">
      <h2 id="ratings-heading">Đánh giá của người dân</h2>
      {items.length === 0 && <p>Chưa có đánh giá.</p>}
      {items.map((r) => (
        <details key={r.id} className="subpanel">
          <summary>
            {r.channelLabel}: {r.overallLabel} — {formatInstant(r.createdAt)}
            {r.officerName
              ? ` (cán bộ: ${r.officerName}${r.counterNo ? `, quầy ${r.counterNo}` : ''})`
              : ''}
          </summary>
          <ul>
            {r.answers.map((a) => (
              <li key={a.key}>
                ({a.letter}) {a.question}: <strong>{a.label}</strong>
              </li>
            ))}
          </ul>
          {r.comment && <p>Ý kiến: {r.comment}</p>}
        </details>
      ))}
      {canInvite && <InviteForm code={code} />}
    </section>
  );
}

function InviteForm({ code }: { code: string }) {
  const { submit, isPending, error } = useSubmission();
  const [counter, setCounter] = useState('');
  const [done, setDone] = useState('');
  async function handle(event: FormEvent) {
    event.preventDefault();
    const body = counter.trim() ? { counterNo: Number(counter) } : {};
    const result = await submit((key) =>
      apiWrite<{ tabletPath: string; counterNo: number; expiresInMinutes: number }>(
        'POST',
        `/dossiers/${encodeURIComponent(code)}/rating-prompts`,
        body,
        key,
      ),
    );
    if (result)
      setDone(
        `Máy tính bảng quầy ${result.counterNo} đang mời đánh giá (trong ${result.expiresInMinutes} phút): ${result.tabletPath}`,
      );
  }
  return (
    <form className="action-form" aria-label="Mời đánh giá tại quầy" onSubmit={handle} noValidate>
      <div className="form-grid">
        <TextField
          label="Số quầy"
          inputMode="numeric"
          value={counter}
          onValueChange={setCounter}
          hint="Để trống: quầy bạn đang mở trong hệ thống xếp hàng."
          error={findFieldError(error, 'counterNo')}
        />
      </div>
      <FormError error={error} shownFields={['counterNo']} />
      <StatusMessage text={done} />
      <button type="submit" disabled={isPending} aria-busy={isPending}>
        Mời đánh giá trên máy tính bảng
      </button>
    </form>
  );
}
