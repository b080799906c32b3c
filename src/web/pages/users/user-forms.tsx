import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { toNullable } from '../../lib/text.ts';
import type { ManagedUser } from '../../lib/types.ts';
import type { Write } from './user-status.ts';

/** Name, title and contacts of a user. */
export function ProfileForm({
  user,
  write,
  isPending,
  error,
}: {
  user: ManagedUser;
  write: Write;
  isPending: boolean;
  error: unknown;
}) {
  const [fullName, setFullName] = useState(user.fullName);
  const [title, setTitle] = useState(user.title ?? '');
  const [email, setEmail] = useState(user.email ?? '');
  const [phone, setPhone] = useState(user.phone ?? '');
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      fullName: fullName.trim(),
      title: toNullable(title),
      email: toNullable(email),
      phone: toNullable(phone),
    };
    write('PATCH', '', body, 'Đã lưu thông tin người dùng.');
  }
  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="profile-heading"
      className="action-form"
    >
      <h3 id="profile-heading">Thông tin</h3>
      <div className="form-grid">
        <TextField
          label="Họ và tên"
          value={fullName}
          onValueChange={setFullName}
          required
          error={findFieldError(error, 'fullName')}
        />
        <TextField
          label="Chức danh"
          value={title}
          onValueChange={setTitle}
          error={findFieldError(error, 'title')}
        />
        <TextField
          label="Thư điện tử"
          type="email"
          value={email}
          onValueChange={setEmail}
          error={findFieldError(error, 'email')}
        />
        <TextField
          label="Số điện thoại"
          type="tel"
          value={phone}
          onValueChange={setPhone}
          error={findFieldError(error, 'phone')}
        />
      </div>
      <button type="submit" disabled={isPending}>
        Lưu thông tin
      </button>
    </form>
  );
}

/** Sets a new password chosen by the administrator (given to the user out of band). */
export function PasswordForm({ write, isPending }: { write: Write; isPending: boolean }) {
  const [password, setPassword] = useState('');
  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (await write('PATCH', '', { password }, 'Đã đặt lại mật khẩu.')) setPassword('');
  }
  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="password-heading"
      className="action-form"
    >
      <h3 id="password-heading">Đặt lại mật khẩu</h3>
      <div className="form-grid">
        <TextField
          label="Mật khẩu mới"
          type="password"
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          required
        />
      </div>
      <button type="submit" disabled={isPending || !password}>
        Đặt lại mật khẩu
      </button>
    </form>
  );
}
