import { type FormEvent, useState } from 'react';
import { canNest } from '../../../core/organisation/unit-kinds.ts';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { apiWrite, findFieldError } from '../../lib/api.ts';
import { unitKindOptions } from '../../lib/labels.ts';
import type { Unit } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';

/** "Thêm đơn vị con": only the kinds the organisation rules allow under this parent are offered. */
export function ChildUnitForm({
  parent,
  onCreated,
}: {
  parent: Unit;
  onCreated: (unit: Unit) => void;
}) {
  const kinds = unitKindOptions.filter((k) => canNest(k.value, parent.kind));
  const [code, setCode] = useState(`${parent.code}.`);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>(kinds[0]?.value ?? '');
  const { isPending, error, submit } = useSubmission();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { code: code.trim(), name: name.trim(), kind, parentCode: parent.code };
    const created = await submit((key) => apiWrite<Unit>('POST', '/units', body, key));
    if (created) {
      setName('');
      setCode(`${parent.code}.`);
      onCreated(created);
    }
  }

  if (kinds.length === 0) {
    return (
      <section className="panel" aria-labelledby="child-heading">
        <h2 id="child-heading">Thêm đơn vị con</h2>
        <p className="muted">Loại đơn vị này không có đơn vị con.</p>
      </section>
    );
  }
  return (
    <form className="panel" onSubmit={handleSubmit} noValidate aria-labelledby="child-heading">
      <h2 id="child-heading">Thêm đơn vị con</h2>
      <p className="muted">Trực thuộc: {parent.name}</p>
      <div className="form-grid">
        <TextField
          label="Mã định danh đơn vị con"
          value={code}
          onValueChange={setCode}
          spellCheck={false}
          required
          error={findFieldError(error, 'code')}
        />
        <SelectField
          label="Loại đơn vị con"
          value={kind}
          onValueChange={setKind}
          options={kinds}
          error={findFieldError(error, 'kind')}
        />
        <TextField
          label="Tên đơn vị con"
          value={name}
          onValueChange={setName}
          wide
          required
          error={findFieldError(error, 'name')}
        />
      </div>
      <FormError error={error} shownFields={['code', 'kind', 'name']} />
      <button type="submit" disabled={isPending} aria-busy={isPending}>
        Thêm đơn vị con
      </button>
    </form>
  );
}
