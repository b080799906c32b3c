import { type FormEvent, useState } from 'react';
import { SelectField } from '../../components/field.tsx';
import { UnitCodeField } from '../../components/unit-code-field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { roleOptions } from '../../lib/labels.ts';
import type { ManagedUser, Unit } from '../../lib/types.ts';
import { describeMembership, type Write } from './user-status.ts';

interface MembershipEditorProps {
  user: ManagedUser;
  units: Unit[];
  write: Write;
  isPending: boolean;
  error: unknown;
}

/** Roles at units: revoke one, or give a new one (unit code with a picker, role). */
export function MembershipEditor({ user, units, write, isPending, error }: MembershipEditorProps) {
  const [unitCode, setUnitCode] = useState('');
  const [role, setRole] = useState('specialist');

  async function handleAdd(event: FormEvent) {
    event.preventDefault();
    if (
      await write('POST', '/memberships', { unitCode: unitCode.trim(), role }, 'Đã giao vai trò.')
    )
      setUnitCode('');
  }

  return (
    <section aria-labelledby="memberships-heading" className="action-form">
      <h3 id="memberships-heading">Phân quyền tại đơn vị</h3>
      {user.memberships.length === 0 && <p className="muted">Chưa có vai trò nào.</p>}
      <ul className="memberships">
        {user.memberships.map((m) => (
          <li key={m.id}>
            <span>{describeMembership(m)}</span>
            <button
              type="button"
              className="button-quiet button-small"
              disabled={isPending}
              aria-label={`Thu hồi: ${m.roleLabel} tại ${m.unitName}`}
              onClick={() =>
                write('DELETE', `/memberships/${m.id}`, undefined, 'Đã thu hồi vai trò.')
              }
            >
              Thu hồi
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={handleAdd} noValidate className="form-grid">
        <UnitCodeField
          label="Mã đơn vị"
          value={unitCode}
          onValueChange={setUnitCode}
          units={units}
          required
          error={findFieldError(error, 'unitCode')}
        />
        <SelectField
          label="Vai trò"
          value={role}
          onValueChange={setRole}
          options={roleOptions}
          error={findFieldError(error, 'role')}
        />
        <div className="field-wide">
          <button type="submit" disabled={isPending || !unitCode.trim()}>
            Giao vai trò
          </button>
        </div>
      </form>
    </section>
  );
}
