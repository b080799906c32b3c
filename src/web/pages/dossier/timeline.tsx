import { formatInstant } from '../../lib/dates.ts';
import { roleLabels } from '../../lib/labels.ts';
import type { DossierAction, DossierNotification } from '../../lib/types.ts';
import { chainModeLabels } from '../../lib/workflow-labels.ts';
import { ApplicantMessages } from './applicant-messages.tsx';

const proposalLabels: Record<string, string> = {
  approve: 'Đề nghị giải quyết',
  refuse: 'Đề nghị từ chối',
};
const methodLabels: Record<string, string> = {
  in_person: 'Trực tiếp',
  postal: 'Bưu chính',
  electronic: 'Điện tử',
};

const list = (value: unknown) =>
  Array.isArray(value) ? value.map(String).join('; ') : String(value);
const instant = (value: unknown) => formatInstant(String(value));

/** Payload keys worth showing to people, in reading order, with how to print each. */
const shownKeys: [string, string, (value: unknown) => string][] = [
  ['assigneeName', 'Giao cho', String],
  ['reasons', 'Lý do', list],
  ['documents', 'Giấy tờ', list],
  ['unitName', 'Cơ quan', String],
  ['question', 'Nội dung xin ý kiến', String],
  ['answer', 'Ý kiến trả lời', String],
  // `mode` is also the reception's own kind (received/submitted): only chain modes are shown.
  ['mode', 'Cách chuyển', (v) => chainModeLabels[v as keyof typeof chainModeLabels] ?? ''],
  [
    'parts',
    'Cơ quan phối hợp',
    (v) => (Array.isArray(v) ? `${v.length} cơ quan, ${v.length} phiếu chuyển xử lý` : ''),
  ],
  ['result', 'Kết quả', String],
  ['summary', 'Kết quả thẩm định', String],
  ['proposal', 'Đề xuất', (v) => proposalLabels[String(v)] ?? String(v)],
  ['reason', 'Lý do', String],
  ['proposedDueAt', 'Ngày hẹn đề nghị', instant],
  ['newDueAt', 'Ngày hẹn mới', instant],
  ['resultName', 'Tên kết quả', String],
  ['documentNumber', 'Số, ký hiệu', String],
  ['method', 'Hình thức trả', (v) => methodLabels[String(v)] ?? String(v)],
  ['collectedBy', 'Người nhận', String],
  ['collectorIdNumber', 'Số giấy tờ người nhận', String],
  ['dueAt', 'Hạn trả', instant],
  ['note', 'Ghi chú', String],
];

function describeActor(action: DossierAction): string {
  const role = action.actorRole
    ? (roleLabels as Record<string, string>)[action.actorRole]
    : undefined;
  const name = action.actorName ?? 'Hệ thống';
  return role ? `${name} (${role})` : name;
}

/** "Quá trình xử lý": the append-only action log, oldest first, with what each told the applicant. */
export function Timeline({
  actions,
  notifications = [],
}: {
  actions: DossierAction[];
  notifications?: DossierNotification[];
}) {
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Quá trình xử lý</h2>
      <ol className="timeline">
        {actions.map((action) => (
          <li key={action.seq}>
            <p className="timeline-head">
              <time dateTime={action.at}>{formatInstant(action.at)}</time>{' '}
              <strong>{action.label}</strong>
            </p>
            <p className="muted">{describeActor(action)}</p>
            <dl className="facts compact">
              {shownKeys.map(([key, label, print]) => {
                const value = action.payload?.[key];
                if (value === undefined || value === null) return null;
                const text = print(value);
                if (!text) return null;
                return (
                  <div key={key} className="fact-row">
                    <dt>{key === 'dueAt' && action.type === 'consult' ? 'Hạn trả lời' : label}</dt>
                    <dd>{text}</dd>
                  </div>
                );
              })}
            </dl>
            <ApplicantMessages items={notifications.filter((n) => n.actionSeq === action.seq)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
