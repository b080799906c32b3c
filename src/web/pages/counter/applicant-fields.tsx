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
  /** "Đọc CCCD gắn chip": fills the identity number, name and address from the card. */
  onReadCard?: () => void;
  cardReaderLabel?: string;
  isReadingCard?: boolean;
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
export function ApplicantFields({
  value,
  onChange,
  onIdNumberBlur,
  error,
  onReadCard,
  cardReaderLabel,
  isReadingCard,
}: ApplicantFieldsProps) {
  const set = (field: keyof ApplicantDraft) => (next: string) =>
    onChange({ ...value, [field]: next });
  const fieldError = (field: string) => findFieldError(error, `applicant.${field}`);
  const isOrganisation = value.kind === 'organisation';
  return (
    <fieldset className="form-grid">
      <legend>Người nộp</legend>
      {onReadCard && (
        <div className="field field-wide card-reader">
          <button
            type="button"
            className="button-quiet"
            onClick={onReadCard}
            disabled={isReadingCard}
            aria-busy={isReadingCard}
            aria-describedby="card-reader-hint"
          >
            {isReadingCard ? 'Đang đọc thẻ…' : 'Đọc CCCD gắn chip'}
          </button>
          <p className="field-hint" id="card-reader-hint">
            Đặt thẻ lên {cardReaderLabel ?? 'đầu đọc'}: điền số định danh, họ tên, nơi cư trú; số
            điện thoại lấy từ hồ sơ trước của người này nếu có.
          </p>
        </div>
      )}
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
        name="applicant.idNumber"
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
        name="applicant.fullName"
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
        name="applicant.phone"
        autoComplete="off"
        required
        error={fieldError('phone')}
      />
      <TextField
        label="Thư điện tử"
        type="email"
        value={value.email}
        onValueChange={set('email')}
        name="applicant.email"
        autoComplete="off"
        hint="Không bắt buộc"
        error={fieldError('email')}
      />
      <TextField
        label="Địa chỉ"
        value={value.address}
        onValueChange={set('address')}
        name="applicant.address"
        autoComplete="off"
        required
        wide
        error={fieldError('address')}
      />
    </fieldset>
  );
}
