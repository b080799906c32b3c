import { type FormEvent, useState } from 'react';
import { SelectField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { apiWrite } from '../../lib/api.ts';
import { navigate } from '../../lib/router.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { procedureApi, versionPath } from './catalogue-api.ts';
import { revisionKindOptions } from './catalogue-labels.ts';

/**
 * A published version is never edited in place: a change opens a new draft copied from the version
 * in force — amended, replaced or abolished (Decree 63/2010 Art. 15) — and the editor opens on it.
 */
export function OpenRevisionForm({ code }: { code: string }) {
  const [changeKind, setChangeKind] = useState('amended');
  const { isPending, error, submit } = useSubmission();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const opened = await submit((key) =>
      apiWrite<{ versionNo: number }>(
        'POST',
        `${procedureApi(code)}/versions`,
        { changeKind },
        key,
      ),
    );
    if (opened) navigate(versionPath(code, opened.versionNo));
  }

  return (
    <form className="toolbar" onSubmit={handleSubmit} aria-label="Mở phiên bản mới">
      <SelectField
        label="Loại thay đổi"
        value={changeKind}
        options={revisionKindOptions}
        onValueChange={setChangeKind}
        hint="Phiên bản mới được sao từ phiên bản đang hiệu lực"
      />
      <button type="submit" className="button-primary" disabled={isPending}>
        Mở phiên bản mới
      </button>
      <FormError error={error} />
    </form>
  );
}
