import { type FormEvent, useState } from 'react';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { UnitCodeField } from '../../components/unit-code-field.tsx';
import { apiWrite, findFieldError } from '../../lib/api.ts';
import { roleOptions } from '../../lib/labels.ts';
import { toNullable } from '../../lib/text.ts';
import type { ManagedUser, Unit } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';

const fields = [
  'username',
  'fullName',
  'title',
  'email',
  'phone',
  'password',
  'memberships.0.unitCode',
  'memberships.0.role',
];

/** "Thêm người dùng" with a first membership (role at a unit). */
export function CreateUserForm({
  units,
  onCreated,
  onCancel,
}: {
  units: Unit[];
  onCreated: (user: ManagedUser) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState({
    username: '',
    fullName: '',
    title: '',
    email: '',
    phone: '',
    password: '',
    unitCode: '',
    role: 'specialist',
  });
  const { isPending, error, submit } = useSubmission();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const fieldError = (name: string) => findFieldError(error, name);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      username: form.username.trim(),
      fullName: form.fullName.trim(),
      title: toNullable(form.title),
      email: toNullable(form.email),
      phone: toNullable(form.phone),
      password: form.password,
      memberships: form.unitCode.trim()
        ? [{ unitCode: form.unitCode.trim(), role: form.role }]
        : [],
    };
    const created = await submit((key) => apiWrite<ManagedUser>('POST', '/users', body, key));
    if (created) onCreated(created);
  }

  return (
    <form
      className="panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="create-user-heading"
    >
      <h2 id="create-user-heading">Thêm người dùng</h2>
      <div className="form-grid">
        <TextField
          label="Tên đăng nhập"
          value={form.username}
          onValueChange={set('username')}
          autoComplete="off"
          spellCheck={false}
          required
          error={fieldError('username')}
          hint="Chữ thường không dấu, số, dấu . _ -"
        />
        <TextField
          label="Họ và tên"
          value={form.fullName}
          onValueChange={set('fullName')}
          autoComplete="off"
          required
          error={fieldError('fullName')}
        />
        <TextField
          label="Chức danh"
          value={form.title}
          onValueChange={set('title')}
          error={fieldError('title')}
        />
        <TextField
          label="Thư điện tử"
          type="email"
          value={form.email}
          onValueChange={set('email')}
          error={fieldError('email')}
        />
        <TextField
          label="Số điện thoại"
          type="tel"
          value={form.phone}
          onValueChange={set('phone')}
          error={fieldError('phone')}
        />
        <TextField
          label="Mật khẩu ban đầu"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onValueChange={set('password')}
          required
          error={fieldError('password')}
        />
        <UnitCodeField
          label="Mã đơn vị"
          value={form.unitCode}
          onValueChange={set('unitCode')}
          units={units}
          error={fieldError('memberships.0.unitCode')}
        />
        <SelectField
          label="Vai trò"
          value={form.role}
          onValueChange={set('role')}
          options={roleOptions}
          error={fieldError('memberships.0.role')}
        />
      </div>
      <FormError error={error} shownFields={fields} />
      <div className="row">
        <button type="submit" className="button-primary" disabled={isPending} aria-busy={isPending}>
          Tạo người dùng
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
