import { useEffect, useRef, useState } from 'react';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { apiWrite } from '../../lib/api.ts';
import type { ManagedUser, Unit } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { MembershipEditor } from './membership-editor.tsx';
import { PasswordForm, ProfileForm } from './user-forms.tsx';
import { getUserStatus, userStatusLabels, type Write } from './user-status.ts';

interface UserDialogProps {
  user: ManagedUser;
  units: Unit[];
  onChanged: (user: ManagedUser) => void;
  onClose: () => void;
}

/** A modal dialog (Esc closes) with every per-user action: edit, password, unlock, disable, roles. */
export function UserDialog({ user, units, onChanged, onClose }: UserDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState('');
  const { isPending, error, submit } = useSubmission();
  const status = getUserStatus(user);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const write: Write = async (method, path, body, message) => {
    setDone('');
    const result = await submit((key) =>
      apiWrite<ManagedUser>(method, `/users/${user.id}${path}`, body, key),
    );
    if (!result) return false;
    onChanged(result);
    setDone(message);
    return true;
  };

  return (
    <dialog ref={dialogRef} aria-labelledby="user-dialog-heading" onClose={onClose}>
      <div className="dialog-body">
        <div className="dialog-head">
          <div>
            <h2 id="user-dialog-heading">Quản lý người dùng {user.username}</h2>
            <p className="muted">
              {user.fullName} ·{' '}
              <span className={`chip chip-${status}`}>{userStatusLabels[status]}</span>
              {user.failedLoginCount > 0 ? ` · ${user.failedLoginCount} lần đăng nhập sai` : ''}
            </p>
          </div>
          <button type="button" className="button-quiet" onClick={() => dialogRef.current?.close()}>
            Đóng
          </button>
        </div>
        <StatusMessage text={done} />
        <FormError error={error} />
        <ProfileForm user={user} write={write} isPending={isPending} error={error} />
        <PasswordForm write={write} isPending={isPending} />
        <section aria-labelledby="account-heading" className="action-form">
          <h3 id="account-heading">Tài khoản</h3>
          <div className="row">
            {status === 'locked' && (
              <button
                type="button"
                disabled={isPending}
                onClick={() => write('PATCH', '', { unlock: true }, 'Đã mở khóa tài khoản.')}
              >
                Mở khóa
              </button>
            )}
            {user.isActive ? (
              <button
                type="button"
                className="button-danger"
                disabled={isPending}
                onClick={() => write('PATCH', '', { isActive: false }, 'Đã vô hiệu hóa tài khoản.')}
              >
                Vô hiệu hóa
              </button>
            ) : (
              <button
                type="button"
                disabled={isPending}
                onClick={() =>
                  write('PATCH', '', { isActive: true }, 'Đã kích hoạt lại tài khoản.')
                }
              >
                Kích hoạt lại
              </button>
            )}
          </div>
        </section>
        <MembershipEditor
          user={user}
          units={units}
          write={write}
          isPending={isPending}
          error={error}
        />
      </div>
    </dialog>
  );
}
