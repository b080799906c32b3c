import { SelectField, TextField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { applicantKindOptions } from '../../lib/labels.ts';
import type { Applicant } from '../../lib/types.ts';

export type ApplicantDraft = Omit<Applicant, 'email'> & { email: string };

export const emptyApplicant: ApplicantDraft = {
  kind: 'person',
  fullName: '',
  idNumber: '',
  phone: '',
  email: '',
  address: '',
};

interface ApplicantFieldsProps {
  value: ApplicantDraft;
  onChange: (value: ApplicantDraft) => void;
  onIdNumberBlur: () => void;
  error: unknown;
}

export const applicantFieldNames = [
  'kind',
  'fullName',
  'idNumber',
  'phone',
  'email',
  'address',
].map((name) => `applicant.${name}`);

/** "Người nộp". The identity number comes first: leaving it fills the rest from an earlier dossier. */
export function ApplicantFields({ value, onChange, onIdNumberBlur, error }: ApplicantFieldsProps) {
  const set = (field: keyof ApplicantDraft) => (next: string) =>
    onChange({ ...value, [field]: next });
  const fieldError = (field: string) => findFieldError(error, `applicant.${field}`);
  const isOrganisation = value.kind === 'organisation';
  return (
    <fieldset className="form-grid">
      <legend>Người nộp</legend>
      <SelectField
        label="Loại người nộp"
        value={value.kind}
        onValueChange={set('kind')}
        options={applicantKindOptions}
        error={fieldError('kind')}
      />
      <TextField
        label="Số định danh / CCCD"
        value={value.idNumber}
        onValueChange={set('idNumber')}
        onBlur={onIdNumberBlur}
        hint={isOrganisation ? 'Mã số doanh nghiệp hoặc mã số thuế' : '12 số trên thẻ căn cước'}
        inputMode={isOrganisation ? 'text' : 'numeric'}
        autoComplete="off"
        required
        error={fieldError('idNumber')}
      />
      <TextField
        label="Họ và tên"
        value={value.fullName}
        onValueChange={set('fullName')}
        hint={isOrganisation ? 'Tên tổ chức' : undefined}
        autoComplete="off"
        required
        error={fieldError('fullName')}
      />
      <TextField
        label="Số điện thoại"
        type="tel"
        value={value.phone}
        onValueChange={set('phone')}
        autoComplete="off"
        required
        error={fieldError('phone')}
      />
      <TextField
        label="Thư điện tử"
        type="email"
        value={value.email}
        onValueChange={set('email')}
        autoComplete="off"
        hint="Không bắt buộc"
        error={fieldError('email')}
      />
      <TextField
        label="Địa chỉ"
        value={value.address}
        onValueChange={set('address')}
        autoComplete="off"
        required
        wide
        error={fieldError('address')}
      />
    </fieldset>
  );
}
