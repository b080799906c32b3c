import { useState } from 'react';
import { SelectField } from '../../components/field.tsx';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { Link } from '../../components/link.tsx';
import type {
  CatalogueProcedure,
  CatalogueVersionDetail,
  InternalProcessVersion,
  Unit,
} from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { cataloguePath, procedureApi, procedurePath, versionApi } from './catalogue-api.ts';
import { ProcessEditor } from './process-editor.tsx';

/** The version whose deadlines bind the process: the one in force now, else the open draft. */
function findReferenceVersion(procedure: CatalogueProcedure): number | null {
  const now = Date.now();
  const inForce = procedure.versions.find(
    (v) =>
      ['published', 'superseded'].includes(v.status) &&
      (!v.effectiveFrom || Date.parse(v.effectiveFrom) <= now) &&
      (!v.effectiveTo || Date.parse(v.effectiveTo) > now),
  );
  const open = procedure.versions.find((v) =>
    ['draft', 'under_review', 'approved'].includes(v.status),
  );
  return (inForce ?? open)?.versionNo ?? null;
}

/**
 * "Quy trình nội bộ" (DESIGN §2.3; Decree 118/2025 Art. 12.1): per implementing agency, the
 * ordered steps with their allotted time, checked live against the legal deadline, saved as
 * versions and applied one at a time.
 */
export function ProcessesPage({ code }: { code: string }) {
  usePageTitle(`Quy trình nội bộ — ${code}`);
  const procedure = useApiData<CatalogueProcedure>(procedureApi(code));
  const processes = useApiData<{ items: InternalProcessVersion[] }>(
    `${procedureApi(code)}/processes`,
  );
  const units = useApiData<{ items: Unit[] }>('/units');
  const reference = procedure.data ? findReferenceVersion(procedure.data) : null;
  const version = useApiData<CatalogueVersionDetail>(
    reference ? versionApi(code, reference) : null,
  );
  const [unitCode, setUnitCode] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const unitList = units.data?.items ?? [];
  const root = unitList.find((u) => u.kind === 'province');
  const agencies = procedure.data?.agencies ?? [];
  const options = [
    ...agencies.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` })),
    ...(root ? [{ value: root.code, label: `Mặc định cho mọi cơ quan — ${root.name}` }] : []),
  ];
  const selected = unitCode || options[0]?.value || '';
  const history = (processes.data?.items ?? []).filter((p) => p.unitCode === selected);
  const deadlines = (version.data?.record.channels ?? []).flatMap((c) =>
    c.deadline ? [c.deadline] : [],
  );

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href={cataloguePath}>Danh mục TTHC</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={procedurePath(code)}>{code}</Link> <span aria-hidden="true">›</span> Quy trình
        nội bộ
      </p>
      <h1>Quy trình nội bộ — {procedure.data?.name ?? code}</h1>
      <StatusMessage text={announcement} />
      <FormError error={procedure.error ?? processes.error ?? version.error} />
      {procedure.data && options.length > 0 && (
        <>
          <div className="toolbar">
            <SelectField
              label="Cơ quan thực hiện"
              value={selected}
              options={options}
              onValueChange={(next) => {
                setAnnouncement('');
                setUnitCode(next);
              }}
            />
          </div>
          {reference && (
            <p className="muted">
              Đối chiếu thời hạn với phiên bản {reference} của thủ tục (tính 8 giờ làm việc mỗi
              ngày).
            </p>
          )}
          {processes.data && (
            <ProcessEditor
              key={selected}
              code={code}
              unitCode={selected}
              history={history}
              deadlines={deadlines}
              units={unitList}
              canEdit={procedure.data.canEdit}
              onChanged={(message) => {
                setAnnouncement(message);
                processes.reload();
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
