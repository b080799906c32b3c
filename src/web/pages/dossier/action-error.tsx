import { FormError } from '../../components/form-error.tsx';
import { ApiError } from '../../lib/api.ts';
import { getActionLabel } from '../../lib/workflow-labels.ts';

/**
 * The refusal of an action next to its form. A legal rule (422 RULE_VIOLATED) shows its article;
 * anything else is the server's message as usual. (The rule's `allowedActions` is the status
 * table's list, whoever holds the scopes: the forms on the page already show the user's own.)
 */
export function ActionError({ error, shownFields }: { error: unknown; shownFields: string[] }) {
  if (!(error instanceof ApiError) || error.code !== 'RULE_VIOLATED') {
    return <FormError error={error} shownFields={shownFields} />;
  }
  const article = error.details?.article;
  return (
    <div className="alert alert-error" role="alert">
      <p>
        <strong>Không thực hiện được theo quy định.</strong> {error.message}
      </p>
      {article && <p>Căn cứ: {article}.</p>}
    </div>
  );
}

/** The page-level notice of a 409: the dossier moved on, or the action is not allowed now. */
export function ConflictNotice({ error }: { error: ApiError }) {
  const allowed = error.details?.allowedActions;
  return (
    <div className="alert alert-error" role="alert">
      <p>{error.message}</p>
      {allowed && allowed.length > 0 && (
        <p>Ở trạng thái hiện tại, hồ sơ cho phép: {allowed.map(getActionLabel).join('; ')}.</p>
      )}
      {allowed && allowed.length === 0 && <p>Hồ sơ đã kết thúc, không còn thao tác nào.</p>}
      <p>Thông tin hồ sơ bên dưới đã được tải lại; kiểm tra rồi thực hiện lại nếu cần.</p>
    </div>
  );
}
