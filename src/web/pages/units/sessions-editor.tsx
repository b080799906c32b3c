import { TextField } from '../../components/field.tsx';
import { parseMinutes } from '../../lib/dates.ts';
import type { OfficeSession } from '../../lib/types.ts';

export interface SessionDraft {
  start: string;
  end: string;
}

/** Parsed sessions, or the Vietnamese reason they cannot be saved (bad time, wrong order, overlap). */
export function readSessions(
  drafts: SessionDraft[],
): { sessions: OfficeSession[] } | { problem: string } {
  const sessions: OfficeSession[] = [];
  for (const [index, draft] of drafts.entries()) {
    const start = parseMinutes(draft.start);
    const end = parseMinutes(draft.end);
    if (start === null || end === null)
      return { problem: `Buổi ${index + 1}: giờ phải có dạng HH:mm, ví dụ 07:30.` };
    if (end <= start) return { problem: `Buổi ${index + 1}: giờ kết thúc phải sau giờ bắt đầu.` };
    const previous = sessions[sessions.length - 1];
    if (previous && start < previous.end) {
      return { problem: `Buổi ${index + 1} phải bắt đầu sau khi buổi ${index} kết thúc.` };
    }
    sessions.push({ start, end });
  }
  return { sessions };
}

interface SessionsEditorProps {
  sessions: SessionDraft[];
  onChange: (sessions: SessionDraft[]) => void;
}

/** Office sessions as HH:mm–HH:mm pairs; none = the default 07:30–11:30 and 13:30–17:30. */
export function SessionsEditor({ sessions, onChange }: SessionsEditorProps) {
  const update = (index: number, patch: Partial<SessionDraft>) =>
    onChange(sessions.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <fieldset className="field-wide">
      <legend>Buổi làm việc</legend>
      <p className="field-hint">
        Để trống để dùng giờ chung của tỉnh (07:30–11:30 và 13:30–17:30, thứ Hai đến thứ Sáu).
      </p>
      <div className="editor-rows">
        {sessions.map((session, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
            <div className="editor-row sessions" key={index}>
              <TextField
                label={`Bắt đầu buổi ${n}`}
                inputMode="numeric"
                placeholder="07:30"
                value={session.start}
                onValueChange={(start) => update(index, { start })}
              />
              <TextField
                label={`Kết thúc buổi ${n}`}
                inputMode="numeric"
                placeholder="11:30"
                value={session.end}
                onValueChange={(end) => update(index, { end })}
              />
              <button
                type="button"
                className="button-quiet button-small"
                onClick={() => onChange(sessions.filter((_, i) => i !== index))}
              >
                Xóa buổi {n}
              </button>
            </div>
          );
        })}
      </div>
      {sessions.length < 4 && (
        <button
          type="button"
          className="button-quiet button-small"
          onClick={() =>
            onChange([
              ...sessions,
              sessions.length === 0
                ? { start: '07:30', end: '11:30' }
                : { start: '13:30', end: '17:30' },
            ])
          }
        >
          Thêm buổi làm việc
        </button>
      )}
    </fieldset>
  );
}
