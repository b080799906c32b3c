import { type FormEvent, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { Link } from '../../components/link.tsx';
import { UnitCodeField } from '../../components/unit-code-field.tsx';
import { apiWrite } from '../../lib/api.ts';
import { navigate } from '../../lib/router.ts';
import type { Unit } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { catalogueBase, cataloguePath, versionPath } from './catalogue-api.ts';
import { collectFieldErrors, ErrorSummary, FieldErrorsContext } from './field-errors.tsx';
import { ListEditor } from './list-editor.tsx';
import { RecordEditor } from './record-editor.tsx';
import { blankRecord, cleanRecord } from './record-shape.ts';

interface AgencyInput {
  unitCode: string;
  handlingUnitCode: string;
}

/**
 * "Thêm thủ tục": a new procedure enters the catalogue as draft version 1 with its implementing
 * agencies (or every commune, by the name of the handling division). Nothing is public until
 * a version is published.
 */
export function NewProcedurePage() {
  usePageTitle('Thêm thủ tục');
  const units = useApiData<{ items: Unit[] }>('/units');
  const fields = useApiData<{ items: { field: string }[] }>('/procedure-fields');
  const [record, setRecord] = useState(blankRecord);
  const [agencies, setAgencies] = useState<AgencyInput[]>([{ unitCode: '', handlingUnitCode: '' }]);
  const [allCommunes, setAllCommunes] = useState(false);
  const [division, setDivision] = useState('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân');
  const [reviewDueOn, setReviewDueOn] = useState('');
  const { isPending, error, submit } = useSubmission();
  const errors = collectFieldErrors(error);
  const unitList = units.data?.items ?? [];

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const created = await submit((key) =>
      apiWrite<{ code: string; versionNo: number }>(
        'POST',
        catalogueBase,
        {
          record: cleanRecord(record),
          agencies: agencies
            .filter((a) => a.unitCode.trim())
            .map((a) => ({
              unitCode: a.unitCode.trim(),
              handlingUnitCode: a.handlingUnitCode.trim() || null,
            })),
          ...(allCommunes ? { allCommunes: { division } } : {}),
          reviewDueOn: reviewDueOn || null,
        },
        key,
      ),
    );
    if (created) navigate(versionPath(created.code, created.versionNo));
  }

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href={cataloguePath}>Danh mục TTHC</Link> <span aria-hidden="true">›</span> Thêm thủ
        tục
      </p>
      <h1>Thêm thủ tục</h1>
      <FieldErrorsContext value={errors}>
        <form onSubmit={handleSubmit} aria-label="Thêm thủ tục" noValidate>
          <ErrorSummary error={error} errors={errors} />
          <ListEditor
            legend="Cơ quan thực hiện"
            itemLabel={(i) => `Cơ quan ${i + 1}`}
            items={agencies}
            onChange={setAgencies}
            createItem={() => ({ unitCode: '', handlingUnitCode: '' })}
            addLabel="Thêm cơ quan thực hiện"
            renderItem={(agency, i, update) => (
              <div className="editor-row two">
                <UnitCodeField
                  label={`Mã cơ quan ${i + 1}`}
                  units={unitList}
                  value={agency.unitCode}
                  error={errors.get(`agencies.${i}.unitCode`)}
                  onValueChange={(unitCode) => update({ ...agency, unitCode })}
                />
                <UnitCodeField
                  label={`Phòng xử lý của cơ quan ${i + 1} (nếu có)`}
                  units={unitList}
                  value={agency.handlingUnitCode}
                  error={errors.get(`agencies.${i}.handlingUnitCode`)}
                  onValueChange={(handlingUnitCode) => update({ ...agency, handlingUnitCode })}
                />
              </div>
            )}
          />
          <fieldset className="form-grid">
            <legend>Thủ tục cấp xã và rà soát</legend>
            <label className="check field-wide">
              <input
                type="checkbox"
                checked={allCommunes}
                onChange={(e) => setAllCommunes(e.target.checked)}
              />
              <span>Mọi xã, phường thực hiện (thủ tục cấp xã)</span>
            </label>
            {allCommunes && (
              <TextField
                label="Phòng xử lý ở mỗi xã, phường"
                value={division}
                onValueChange={setDivision}
              />
            )}
            <TextField
              label="Hạn rà soát"
              type="date"
              value={reviewDueOn}
              onValueChange={setReviewDueOn}
            />
          </fieldset>
          <RecordEditor
            record={record}
            onChange={setRecord}
            isNew
            fieldNames={(fields.data?.items ?? []).map((f) => f.field)}
          />
          <div className="sticky-actions">
            <button type="submit" className="button-primary" disabled={isPending}>
              {isPending ? 'Đang tạo…' : 'Tạo dự thảo phiên bản 1'}
            </button>
          </div>
        </form>
      </FieldErrorsContext>
    </div>
  );
}
