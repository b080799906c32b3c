import { type FormEvent, useState } from 'react';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { apiWrite, findFieldError } from '../../lib/api.ts';
import { formatInstant } from '../../lib/dates.ts';
import type { CounterReceipt, DossierPayments } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { useSubmission } from '../../lib/use-submission.ts';

const money = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} đ`;
const methodOptions = [
  { value: 'cash', label: 'Tiền mặt' },
  { value: 'bank_transfer', label: 'Chuyển khoản' },
];

/**
 * "Phí, lệ phí" on the dossier page (Decree 118/2025 Art. 24): the published fee lines of the
 * channel, paid and balance, every payment with its receipt number, and — for reception officers
 * — the counter payment form and the printable receipt.
 */
export function PaymentsPanel({ code }: { code: string }) {
  const data = useApiData<DossierPayments>(`/dossiers/${encodeURIComponent(code)}/payments`);
  const [receipt, setReceipt] = useState<CounterReceipt>();
  const fees = data.data;
  if (!fees) return null;
  return (
    <section className="panel panel-payments" aria-labelledby="payments-heading">
      <h2 id="payments-heading">Phí, lệ phí</h2>
      {fees.assessment.lines.length > 0 ? (
        <ul>
          {fees.assessment.lines.map((l) => (
            <li key={`${l.name}-${l.amountVnd}-${l.per}`}>
              {l.name}: {l.amountVnd === null ? 'cơ quan xác định' : money(l.amountVnd)}
              {l.per ? ` / ${l.per}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {fees.assessment.free
            ? 'Thủ tục miễn phí, lệ phí.'
            : 'Thủ tục không công bố khoản phí cố định.'}
        </p>
      )}
      <dl className="facts">
        <dt>Phải nộp</dt>
        <dd>{money(fees.totalVnd)}</dd>
        <dt>Đã nộp</dt>
        <dd>{money(fees.paidVnd)}</dd>
        <dt>Còn lại</dt>
        <dd>
          <strong>{money(fees.balanceVnd)}</strong>
        </dd>
      </dl>
      {fees.payments.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Các lần nộp</caption>
            <thead>
              <tr>
                <th scope="col">Số biên lai</th>
                <th scope="col">Hình thức</th>
                <th scope="col">Số tiền</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Người thu</th>
                <th scope="col">Thời điểm</th>
              </tr>
            </thead>
            <tbody>
              {fees.payments.map((p) => (
                <tr key={p.id}>
                  <td>{p.receiptNumber ?? '—'}</td>
                  <td>{p.methodLabel}</td>
                  <td>{money(p.amountVnd)}</td>
                  <td>{p.statusLabel}</td>
                  <td>{p.collectedBy ?? (p.gateway ? `Cổng ${p.gateway}` : '')}</td>
                  <td>{formatInstant(p.paidAt ?? p.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {fees.onlinePayment && fees.balanceVnd > 0 && (
        <p className="field-hint">
          Công dân có thể thanh toán trực tuyến tại <code>{fees.onlinePayment.url}</code> (cần 4 số
          cuối điện thoại hoặc số giấy tờ).
        </p>
      )}
      {receipt && <ReceiptView receipt={receipt} />}
      {fees.canCollect &&
        (fees.balanceVnd > 0 || fees.assessment.variable || fees.totalVnd === 0) && (
          <CollectForm
            key={fees.paidVnd}
            fees={fees}
            onPaid={(r) => {
              setReceipt(r);
              data.reload();
            }}
          />
        )}
    </section>
  );
}

function CollectForm({
  fees,
  onPaid,
}: {
  fees: DossierPayments;
  onPaid: (r: CounterReceipt) => void;
}) {
  const { submit, isPending, error } = useSubmission();
  const [method, setMethod] = useState('cash');
  const [amount, setAmount] = useState(fees.balanceVnd > 0 ? String(fees.balanceVnd) : '');
  const [payer, setPayer] = useState(fees.applicantName);
  const [reference, setReference] = useState('');
  async function handle(event: FormEvent) {
    event.preventDefault();
    const body = {
      method,
      ...(amount.trim() ? { amountVnd: Number(amount.replace(/\D/g, '')) } : {}),
      ...(payer.trim() ? { payerName: payer.trim() } : {}),
      ...(method === 'bank_transfer' && reference.trim()
        ? { transferReference: reference.trim() }
        : {}),
    };
    const receipt = await submit((key) =>
      apiWrite<CounterReceipt>(
        'POST',
        `/dossiers/${encodeURIComponent(fees.code)}/payments`,
        body,
        key,
      ),
    );
    if (receipt) onPaid(receipt);
  }
  return (
    <form className="action-form" aria-label="Thu phí tại quầy" onSubmit={handle} noValidate>
      <h3>Thu phí tại quầy</h3>
      <div className="form-grid">
        <SelectField
          label="Hình thức"
          value={method}
          onValueChange={setMethod}
          options={methodOptions}
        />
        <TextField
          label="Số tiền (đồng)"
          inputMode="numeric"
          value={amount}
          onValueChange={setAmount}
          hint={
            fees.assessment.variable
              ? 'Phí tính theo trang, bản hoặc chưa có mức cố định: nhập số tiền thu.'
              : undefined
          }
          error={findFieldError(error, 'amountVnd')}
        />
        <TextField
          label="Người nộp tiền"
          value={payer}
          onValueChange={setPayer}
          error={findFieldError(error, 'payerName')}
        />
        {method === 'bank_transfer' && (
          <TextField
            label="Số giao dịch chuyển khoản"
            value={reference}
            onValueChange={setReference}
            error={findFieldError(error, 'transferReference')}
          />
        )}
      </div>
      <FormError error={error} shownFields={['amountVnd', 'payerName', 'transferReference']} />
      <button type="submit" className="button-primary" disabled={isPending} aria-busy={isPending}>
        Thu tiền và cấp biên lai
      </button>
    </form>
  );
}

/** The receipt just issued, printable from the browser (Ctrl+P). */
function ReceiptView({ receipt }: { receipt: CounterReceipt }) {
  return (
    <section className="receipt subpanel" aria-labelledby="receipt-heading">
      <StatusMessage
        text={`Đã thu ${money(receipt.amountVnd)}, biên lai số ${receipt.receiptNumber}.`}
      />
      <h3 id="receipt-heading">Biên lai thu phí, lệ phí số {receipt.receiptNumber}</h3>
      <dl className="facts">
        <dt>Đơn vị thu</dt>
        <dd>{receipt.collectingUnit}</dd>
        <dt>Hồ sơ</dt>
        <dd>
          {receipt.dossierCode} — {receipt.procedureName}
        </dd>
        <dt>Người nộp</dt>
        <dd>{receipt.payerName}</dd>
        <dt>Số tiền</dt>
        <dd>
          {money(receipt.amountVnd)} ({receipt.methodLabel}
          {receipt.transferReference ? `, số giao dịch ${receipt.transferReference}` : ''})
        </dd>
        <dt>Người thu</dt>
        <dd>{receipt.collectedBy}</dd>
        <dt>Thời điểm</dt>
        <dd>{formatInstant(receipt.paidAt)}</dd>
      </dl>
      <button type="button" onClick={() => window.print()}>
        In biên lai
      </button>
    </section>
  );
}
