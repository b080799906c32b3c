import { type FormEvent, useState } from 'react';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { roleOptions } from '../../lib/labels.ts';
import type { ManagedUser, Unit } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CreateUserForm } from './create-user-form.tsx';
import { UserDialog } from './user-dialog.tsx';
import { UserTable } from './user-table.tsx';

/** "Người dùng": search, role filter, the users table, creating users and per-user actions. */
export function UsersPage() {
  usePageTitle('Người dùng');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const users = useApiData<{ items: ManagedUser[] }>('/users', { q, role });
  const units = useApiData<{ items: Unit[] }>('/units');
  const [isCreating, setCreating] = useState(false);
  const [managedId, setManagedId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const managed = users.data?.items.find((u) => u.id === managedId) ?? null;
  const unitList = units.data?.items ?? [];

  function handleSearch(event: FormEvent) {
    event.preventDefault();
    setQ(draft.trim());
  }

  function replaceUser(user: ManagedUser) {
    const items = users.data?.items ?? [];
    const exists = items.some((u) => u.id === user.id);
    users.setData({
      items: exists ? items.map((u) => (u.id === user.id ? user : u)) : [user, ...items],
    });
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>Người dùng</h1>
        <button
          type="button"
          className="button-primary"
          aria-expanded={isCreating}
          onClick={() => {
            setNote('');
            setCreating(!isCreating);
          }}
        >
          Thêm người dùng
        </button>
      </div>
      <StatusMessage text={note} />
      {isCreating && !managed && (
        <CreateUserForm
          units={unitList}
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            replaceUser(user);
            setCreating(false);
            setNote(`Đã tạo người dùng ${user.username}.`);
          }}
        />
      )}
      <search>
        <form className="toolbar" onSubmit={handleSearch}>
          <TextField
            label="Tìm người dùng"
            type="search"
            value={draft}
            onValueChange={setDraft}
            hint="Tên đăng nhập, họ tên hoặc thư điện tử"
          />
          <SelectField
            label="Lọc theo vai trò"
            value={role}
            onValueChange={setRole}
            options={[{ value: '', label: 'Tất cả vai trò' }, ...roleOptions]}
          />
          <button type="submit">Tìm</button>
        </form>
      </search>
      <p role="status" className="count">
        {users.isLoading ? 'Đang tải…' : `${users.data?.items.length ?? 0} người dùng`}
      </p>
      <FormError error={users.error} />
      {users.data && (
        <UserTable
          users={users.data.items}
          onManage={(user) => {
            setCreating(false);
            setManagedId(user.id);
          }}
        />
      )}
      {managed && (
        <UserDialog
          key={managed.id}
          user={managed}
          units={unitList}
          onChanged={replaceUser}
          onClose={() => setManagedId(null)}
        />
      )}
    </div>
  );
}
