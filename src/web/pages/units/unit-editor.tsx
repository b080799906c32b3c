import { type FormEvent, useEffect, useRef, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { ApiError, apiWrite, findFieldError } from '../../lib/api.ts';
import { formatMinutes } from '../../lib/dates.ts';
import { toNullable } from '../../lib/text.ts';
import type { Contact, Unit } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { ContactsEditor } from './contacts-editor.tsx';
import { readSessions, type SessionDraft, SessionsEditor } from './sessions-editor.tsx';

const shownFields = ['name', 'shortName', 'address', 'phone', 'email', 'openingHours'];

/** Edit form of one unit; saves with PATCH /units/:code and hands the saved unit back. */
export function UnitEditor({ unit, onSaved }: { unit: Unit; onSaved: (unit: Unit) => void }) {
  const [name, setName] = useState(unit.name);
  const [shortName, setShortName] = useState(unit.shortName ?? '');
  const [address, setAddress] = useState(unit.address ?? '');
  const [phone, setPhone] = useState(unit.phone ?? '');
  const [email, setEmail] = useState(unit.email ?? '');
  const [openingHours, setOpeningHours] = useState(unit.openingHours ?? '');
  const [isActive, setActive] = useState(unit.isActive);
  const [sessions, setSessions] = useState<SessionDraft[]>(
    (unit.officeSessions ?? []).map((s) => ({
      start: formatMinutes(s.start),
      end: formatMinutes(s.end),
    })),
  );
  const [contacts, setContacts] = useState<Contact[]>(unit.contacts ?? []);
  const [saved, setSaved] = useState('');
  const { isPending, error, submit } = useSubmission();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Picking a unit in a long tree moves the keyboard user straight to its form.
  useEffect(() => headingRef.current?.focus(), []);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const read = readSessions(sessions);
    const officeSessions = 'sessions' in read ? read.sessions : [];
    const body = {
      name: name.trim(),
      shortName: toNullable(shortName),
      address: toNullable(address),
      phone: toNullable(phone),
      email: toNullable(email),
      openingHours: toNullable(openingHours),
      isActive,
      officeSessions: officeSessions.length ? officeSessions : null,
      contacts: contacts
        .filter((c) => c.name.trim() || c.title.trim())
        .map((c) => ({
          name: c.name.trim(),
          title: c.title.trim(),
          ...(c.phone?.trim() ? { phone: c.phone.trim() } : {}),
        })),
    };
    const result = await submit(async (key) => {
      if ('problem' in read) throw new ApiError(400, 'VALIDATION_FAILED', read.problem);
      return apiWrite<Unit>('PATCH', `/units/${encodeURIComponent(unit.code)}`, body, key);
    });
    if (result) {
      setSaved(`Đã lưu thay đổi của ${result.name}.`);
      onSaved(result);
    }
  }

  return (
    <form
      className="panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="unit-editor-heading"
    >
      <h2 id="unit-editor-heading" ref={headingRef} tabIndex={-1}>
        {unit.name}
      </h2>
      <p className="muted">
        {unit.code} · {unit.kindLabel}
        {unit.parentCode ? ` · trực thuộc ${unit.parentCode}` : ''}
      </p>
      <div className="form-grid">
        <TextField
          label="Tên đơn vị"
          value={name}
          onValueChange={setName}
          wide
          required
          error={findFieldError(error, 'name')}
        />
        <TextField
          label="Tên viết tắt"
          value={shortName}
          onValueChange={setShortName}
          error={findFieldError(error, 'shortName')}
        />
        <TextField
          label="Số điện thoại"
          type="tel"
          value={phone}
          onValueChange={setPhone}
          error={findFieldError(error, 'phone')}
        />
        <TextField
          label="Địa chỉ"
          value={address}
          onValueChange={setAddress}
          wide
          error={findFieldError(error, 'address')}
        />
        <TextField
          label="Thư điện tử"
          type="email"
          value={email}
          onValueChange={setEmail}
          error={findFieldError(error, 'email')}
        />
        <TextField
          label="Giờ tiếp nhận (công bố)"
          value={openingHours}
          onValueChange={setOpeningHours}
          hint="Ví dụ: Sáng 07:30–11:30, chiều 13:30–17:30, thứ Hai đến thứ Sáu"
          error={findFieldError(error, 'openingHours')}
        />
        <SessionsEditor sessions={sessions} onChange={setSessions} />
        <ContactsEditor contacts={contacts} onChange={setContacts} />
        <label className="check field-wide">
          <input type="checkbox" checked={isActive} onChange={(e) => setActive(e.target.checked)} />
          <span>Đang hoạt động</span>
        </label>
      </div>
      <FormError error={error} shownFields={shownFields} />
      <StatusMessage text={saved} />
      <button type="submit" className="button-primary" disabled={isPending} aria-busy={isPending}>
        Lưu
      </button>
    </form>
  );
}
