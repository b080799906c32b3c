import { useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { buildPath } from '../../lib/api.ts';
import { formatInstant, toVnParts } from '../../lib/dates.ts';
import { hasScope, useSession } from '../../lib/session.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

const money = (n: number | null) =>
  n === null ? '—' : `${new Intl.NumberFormat('vi-VN').format(n)} đ`;
const percent = (r: number | null) =>
  r === null ? '—' : `${(r * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

interface Pair {
  paymentId: string;
  dossierCode: string | null;
  ourAmountVnd: number | null;
  gatewayAmountVnd: number | null;
  paidAt: string | null;
  settlement: { label: string } | null;
}
interface Reconciliation {
  matched: Pair[];
  missingOnOurSide: Pair[];
  missingOnGateway: Pair[];
  amountMismatches: Pair[];
  totals: Record<string, number>;
}
interface Settlement {
  rows: Array<{
    month: string;
    agency: { code: string; name: string };
    count: number;
    cashVnd: number;
    transferVnd: number;
    onlineVnd: number;
    totalVnd: number;
    onlineSettlement: Record<'on_time' | 'late' | 'pending' | 'overdue', number>;
  }>;
  totalVnd: number;
}
interface CriterionRow {
  key: string;
  letter: string;
  label: string;
  verySatisfied: number;
  satisfied: number;
  notSatisfied: number;
  satisfactionRate: number | null;
}
interface RatingSummary {
  overall: { total: number; criteria: CriterionRow[] };
  perUnit: Array<{ unit: { code: string; name: string }; total: number; criteria: CriterionRow[] }>;
  perOfficer: Array<{
    officer: { fullName: string } | null;
    total: number;
    criteria: CriterionRow[];
  }>;
}

function monthStart(): { from: string; to: string } {
  const p = toVnParts(Date.now());
  const m = String(p.month).padStart(2, '0');
  return { from: `${p.year}-${m}-01`, to: `${p.year}-${m}-${String(p.day).padStart(2, '0')}` };
}

const findings: Array<[keyof Omit<Reconciliation, 'totals'>, string]> = [
  ['matched', 'Khớp'],
  ['missingOnOurSide', 'Cổng đã thu, hệ thống chưa ghi nhận'],
  ['missingOnGateway', 'Hệ thống ghi đã thu, cổng không có'],
  ['amountMismatches', 'Lệch số tiền'],
];

/**
 * "Thu phí và đánh giá" for leaders: reconciliation of the payment gateway with recorded payments
 * and the 8 working hours of Art. 24, fees per agency per month (Art. 12), and the citizens'
 * ratings per unit, officer and criterion (Art. 33), with Excel downloads.
 */
export function PaymentReportsPage() {
  usePageTitle('Thu phí và đánh giá');
  const { session } = useSession();
  const [period, setPeriod] = useState(monthStart);
  const [draft, setDraft] = useState(period);
  const canReconcile = hasScope(session, 'payment.reconcile');
  const reconciliation = useApiData<Reconciliation>(
    canReconcile ? '/payments/reconciliation' : null,
    period,
  );
  const settlement = useApiData<Settlement>(canReconcile ? '/payments/settlement' : null, period);
  const ratings = useApiData<RatingSummary>(
    hasScope(session, 'report.read') ? '/ratings/summary' : null,
    period,
  );
  const xlsx = (path: string) => `/api/v1${buildPath(path, { ...period, format: 'xlsx' })}`;
  return (
    <div className="page page-reports">
      <h1>Thu phí và đánh giá</h1>
      <form
        className="filters-row"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod(draft);
        }}
      >
        <TextField
          label="Từ ngày"
          type="date"
          value={draft.from}
          onValueChange={(from) => setDraft({ ...draft, from })}
        />
        <TextField
          label="Đến ngày"
          type="date"
          value={draft.to}
          onValueChange={(to) => setDraft({ ...draft, to })}
        />
        <button type="submit" className="button-primary">
          Xem
        </button>
      </form>
      {canReconcile && (
        <section className="panel" aria-labelledby="recon-heading">
          <h2 id="recon-heading">Đối soát thanh toán trực tuyến</h2>
          <FormError error={reconciliation.error} />
          {reconciliation.data && (
            <>
              <p>
                Cổng đã thu {money(reconciliation.data.totals.gatewayVnd ?? 0)}; hệ thống ghi nhận{' '}
                {money(reconciliation.data.totals.recordedVnd ?? 0)}; chênh lệch{' '}
                {money(reconciliation.data.totals.differenceVnd ?? 0)}. Tại quầy: tiền mặt{' '}
                {money(reconciliation.data.totals.cashVnd ?? 0)}, chuyển khoản{' '}
                {money(reconciliation.data.totals.transferVnd ?? 0)}.
              </p>
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Kết quả</th>
                      <th scope="col">Hồ sơ</th>
                      <th scope="col">Ghi nhận</th>
                      <th scope="col">Cổng</th>
                      <th scope="col">Thanh toán lúc</th>
                      <th scope="col">Chuyển về tài khoản (Điều 24)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {findings.flatMap(([key, label]) =>
                      reconciliation.data![key].map((p) => (
                        <tr key={`${key}-${p.paymentId}`}>
                          <td>{label}</td>
                          <td>{p.dossierCode ?? '—'}</td>
                          <td>{money(p.ourAmountVnd)}</td>
                          <td>{money(p.gatewayAmountVnd)}</td>
                          <td>{formatInstant(p.paidAt)}</td>
                          <td>{p.settlement?.label ?? ''}</td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
              <p>
                <a href={xlsx('/payments/reconciliation')}>Tải Excel đối soát</a>
              </p>
            </>
          )}
        </section>
      )}
      {canReconcile && settlement.data && (
        <section className="panel" aria-labelledby="settle-heading">
          <h2 id="settle-heading">Quyết toán phí theo cơ quan, theo tháng</h2>
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Tháng</th>
                  <th scope="col">Cơ quan</th>
                  <th scope="col">Số khoản</th>
                  <th scope="col">Tiền mặt</th>
                  <th scope="col">Chuyển khoản</th>
                  <th scope="col">Trực tuyến</th>
                  <th scope="col">Tổng</th>
                  <th scope="col">Trực tuyến chuyển quá 8 giờ / chưa chuyển</th>
                </tr>
              </thead>
              <tbody>
                {settlement.data.rows.map((r) => (
                  <tr key={`${r.month}-${r.agency.code}`}>
                    <td>{r.month}</td>
                    <td>{r.agency.name}</td>
                    <td>{r.count}</td>
                    <td>{money(r.cashVnd)}</td>
                    <td>{money(r.transferVnd)}</td>
                    <td>{money(r.onlineVnd)}</td>
                    <td>{money(r.totalVnd)}</td>
                    <td>
                      {r.onlineSettlement.late} /{' '}
                      {r.onlineSettlement.pending + r.onlineSettlement.overdue}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            Tổng cộng {money(settlement.data.totalVnd)}.{' '}
            <a href={xlsx('/payments/settlement')}>Tải Excel quyết toán</a>
          </p>
        </section>
      )}
      {ratings.data && (
        <section className="panel" aria-labelledby="ratings-summary-heading">
          <h2 id="ratings-summary-heading">
            Đánh giá của người dân ({ratings.data.overall.total} lượt)
          </h2>
          <CriteriaTable caption="Toàn bộ" rows={ratings.data.overall.criteria} />
          {ratings.data.perUnit.map((u) => (
            <CriteriaTable
              key={u.unit.code}
              caption={`${u.unit.name} (${u.total} lượt)`}
              rows={u.criteria}
            />
          ))}
          <h3>Theo cán bộ</h3>
          <ul>
            {ratings.data.perOfficer.map((p) => (
              <li key={p.officer?.fullName ?? '—'}>
                {p.officer?.fullName ?? 'Không xác định'}: {p.total} lượt, hài lòng chung{' '}
                {percent(p.criteria.find((c) => c.key === 'overall')?.satisfactionRate ?? null)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function CriteriaTable({ caption, rows }: { caption: string; rows: CriterionRow[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tiêu chí (Điều 33)</th>
            <th scope="col">Rất hài lòng</th>
            <th scope="col">Hài lòng</th>
            <th scope="col">Không hài lòng</th>
            <th scope="col">Tỷ lệ hài lòng</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.key}>
              <th scope="row">
                {c.letter ? `(${c.letter}) ` : ''}
                {c.label}
              </th>
              <td>{c.verySatisfied}</td>
              <td>{c.satisfied}</td>
              <td>{c.notSatisfied}</td>
              <td>{percent(c.satisfactionRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
