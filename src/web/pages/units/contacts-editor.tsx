import { TextField } from '../../components/field.tsx';
import type { Contact } from '../../lib/types.ts';

interface ContactsEditorProps {
  contacts: Contact[];
  onChange: (contacts: Contact[]) => void;
}

/** The published contact list (leaders and seconded officers, public by law). */
export function ContactsEditor({ contacts, onChange }: ContactsEditorProps) {
  const update = (index: number, patch: Partial<Contact>) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="field-wide">
      <legend>Danh bạ công khai</legend>
      {contacts.length === 0 && <p className="muted">Chưa có người liên hệ.</p>}
      <div className="editor-rows">
        {contacts.map((contact, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
            <div className="editor-row" key={index}>
              <TextField
                label={`Họ tên liên hệ ${n}`}
                value={contact.name}
                onValueChange={(name) => update(index, { name })}
              />
              <TextField
                label={`Chức vụ liên hệ ${n}`}
                value={contact.title}
                onValueChange={(title) => update(index, { title })}
              />
              <TextField
                label={`Điện thoại liên hệ ${n}`}
                type="tel"
                value={contact.phone ?? ''}
                onValueChange={(phone) => update(index, { phone })}
              />
              <button
                type="button"
                className="button-quiet button-small"
                onClick={() => onChange(contacts.filter((_, i) => i !== index))}
              >
                Xóa liên hệ {n}
              </button>
            </div>
          );
        })}
      </div>
      <button
        type="button"
        className="button-quiet button-small"
        onClick={() => onChange([...contacts, { name: '', title: '', phone: '' }])}
      >
        Thêm người liên hệ
      </button>
    </fieldset>
  );
}
