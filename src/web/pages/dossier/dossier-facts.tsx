import type { DossierDetail, DossierUnit } from '../../lib/types.ts';

const unitName = (unit: DossierUnit | null) => unit?.name ?? unit?.code ?? '—';

/** Applicant, procedure and units of a dossier (the deadline has its own block). */
export function DossierFacts({ dossier }: { dossier: DossierDetail }) {
  const a = dossier.applicant;
  return (
    <>
      <section className="panel" aria-labelledby="applicant-heading">
        <h2 id="applicant-heading">Người nộp</h2>
        <dl className="facts">
          <dt>Họ và tên</dt>
          <dd>
            {a.fullName}{' '}
            <span className="muted">({a.kind === 'organisation' ? 'Tổ chức' : 'Cá nhân'})</span>
          </dd>
          <dt>Số định danh</dt>
          <dd>{a.idNumber}</dd>
          <dt>Điện thoại</dt>
          <dd>{a.phone}</dd>
          <dt>Thư điện tử</dt>
          <dd>{a.email || '—'}</dd>
          <dt>Địa chỉ</dt>
          <dd>{a.address}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="procedure-heading">
        <h2 id="procedure-heading">Thủ tục</h2>
        <dl className="facts">
          <dt>Tên thủ tục</dt>
          <dd>
            {dossier.procedure.name} <span className="muted">({dossier.procedure.code})</span>
          </dd>
          {dossier.caseName && (
            <>
              <dt>Trường hợp</dt>
              <dd>{dossier.caseName}</dd>
            </>
          )}
          <dt>Cách thức nộp</dt>
          <dd>{dossier.channelLabel}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="units-heading">
        <h2 id="units-heading">Đơn vị và cán bộ</h2>
        <dl className="facts">
          <dt>Nơi tiếp nhận</dt>
          <dd>{unitName(dossier.receivingUnit)}</dd>
          <dt>Cơ quan giải quyết</dt>
          <dd>{unitName(dossier.competentUnit)}</dd>
          <dt>Đơn vị xử lý</dt>
          <dd>{unitName(dossier.handlingUnit)}</dd>
          <dt>Cán bộ xử lý</dt>
          <dd>{dossier.assigneeName ?? 'Chưa phân công'}</dd>
        </dl>
      </section>
    </>
  );
}
