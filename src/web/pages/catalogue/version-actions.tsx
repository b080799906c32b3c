import { type FormEvent, useState } from 'react';
import { TextAreaField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { Link } from '../../components/link.tsx';
import { apiWrite } from '../../lib/api.ts';
import { navigate } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import type { CatalogueProcedure, CatalogueVersionSummary } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { cataloguePath, hasProvinceScope, versionApi, versionPath } from './catalogue-api.ts';
import { PublishDialog } from './publish-dialog.tsx';

interface VersionActionsProps {
  procedure: CatalogueProcedure;
  version: CatalogueVersionSummary;
  onDone: (message: string) => void;
  /** On the version page itself the "open the editor" link is not needed. */
  showEditLink?: boolean;
}

/**
 * The lifecycle buttons of the open version that this user may use: the status allows them
 * (`allowedActions`) and the user holds the scope — drafting for the agency, review and
 * publication on the province (four eyes: the submitter does not approve their own version).
 */
export function VersionActions({
  procedure,
  version,
  onDone,
  showEditLink = true,
}: VersionActionsProps) {
  const { session } = useSession();
  const { isPending, error, submit } = useSubmission();
  const [mode, setMode] = useState<'' | 'return' | 'discard' | 'publish'>('');
  const [note, setNote] = useState('');
  const n = version.versionNo;
  const allowed = (action: string) => version.allowedActions.includes(action);
  const canReview = hasProvinceScope(session, 'catalogue.review');
  const canPublish = hasProvinceScope(session, 'catalogue.publish');
  const isSubmitter = version.submittedBy === session.user.id;

  async function act(body: Record<string, unknown>, message: string) {
    const done = await submit((key) =>
      apiWrite('POST', `${versionApi(procedure.code, n)}/actions`, body, key),
    );
    if (done === undefined) return;
    setMode('');
    setNote('');
    // Discarding the only version removes a never-published procedure altogether.
    if (body.action === 'discard' && procedure.versions.length === 1) navigate(cataloguePath);
    else onDone(message);
  }

  function handleReturn(event: FormEvent) {
    event.preventDefault();
    void act({ action: 'return', note }, `Đã trả lại phiên bản ${n} để sửa.`);
  }

  const buttons = [];
  if (procedure.canEdit && allowed('edit') && showEditLink)
    buttons.push(
      <Link key="edit" className="button-link" href={versionPath(procedure.code, n)}>
        Sửa dự thảo
      </Link>,
    );
  if (procedure.canEdit && allowed('submit'))
    buttons.push(
      <button
        key="submit"
        type="button"
        className="button-primary"
        disabled={isPending}
        onClick={() => act({ action: 'submit' }, `Đã gửi kiểm soát phiên bản ${n}.`)}
      >
        Gửi kiểm soát
      </button>,
    );
  if (canReview && allowed('approve') && !isSubmitter)
    buttons.push(
      <button
        key="approve"
        type="button"
        className="button-primary"
        disabled={isPending}
        onClick={() => act({ action: 'approve' }, `Đã duyệt phiên bản ${n}.`)}
      >
        Duyệt
      </button>,
    );
  if (canPublish && allowed('publish'))
    buttons.push(
      <button
        key="publish"
        type="button"
        className="button-primary"
        onClick={() => setMode('publish')}
      >
        Công bố…
      </button>,
    );
  if (canReview && allowed('return'))
    buttons.push(
      <button
        key="return"
        type="button"
        aria-expanded={mode === 'return'}
        onClick={() => setMode(mode === 'return' ? '' : 'return')}
      >
        Trả lại để sửa…
      </button>,
    );
  if (procedure.canEdit && allowed('discard'))
    buttons.push(
      <button
        key="discard"
        type="button"
        className="button-danger"
        aria-expanded={mode === 'discard'}
        onClick={() => setMode(mode === 'discard' ? '' : 'discard')}
      >
        Hủy dự thảo…
      </button>,
    );

  return (
    <div className="version-actions">
      <p>
        Phiên bản {n} đang ở trạng thái <strong>{version.statusLabel}</strong>.
      </p>
      {isSubmitter && allowed('approve') && (
        <p className="alert alert-warn">
          Bạn đã gửi kiểm soát phiên bản này; một cán bộ kiểm soát khác của tỉnh phải duyệt (nguyên
          tắc hai người kiểm tra).
        </p>
      )}
      {buttons.length > 0 ? (
        <div className="row">{buttons}</div>
      ) : (
        <p className="muted">Bạn không có thao tác nào với phiên bản này ở trạng thái hiện tại.</p>
      )}
      {mode === 'return' && (
        <form onSubmit={handleReturn} aria-label="Trả lại để sửa" className="action-form">
          <TextAreaField label="Lý do trả lại" value={note} onValueChange={setNote} required />
          <button type="submit" disabled={isPending}>
            Trả lại phiên bản {n}
          </button>
        </form>
      )}
      {mode === 'discard' && (
        <section className="action-form" aria-label="Xác nhận hủy dự thảo">
          <p>
            Hủy dự thảo phiên bản {n}? Nội dung đã soạn sẽ bị xóa; phiên bản đang hiệu lực không
            đổi.
          </p>
          <div className="row">
            <button
              type="button"
              className="button-danger"
              disabled={isPending}
              onClick={() => act({ action: 'discard' }, `Đã hủy dự thảo phiên bản ${n}.`)}
            >
              Xác nhận hủy dự thảo
            </button>
            <button type="button" onClick={() => setMode('')}>
              Không hủy
            </button>
          </div>
        </section>
      )}
      {mode !== 'publish' && <FormError error={error} />}
      {mode === 'publish' && (
        <PublishDialog
          code={procedure.code}
          version={version}
          onClose={() => setMode('')}
          onPublished={(message) => {
            setMode('');
            onDone(message);
          }}
        />
      )}
    </div>
  );
}
