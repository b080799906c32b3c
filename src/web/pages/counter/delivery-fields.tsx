import { SelectField, TextField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { type DeliveryMethod, deliveryOptions } from './intake-types.ts';

export interface DeliveryDraft {
  deliveryMethod: DeliveryMethod;
  deliveryAddress: string;
  setsCount: number;
}

export const emptyDelivery: DeliveryDraft = {
  deliveryMethod: 'in_person',
  deliveryAddress: '',
  setsCount: 1,
};

export const deliveryFieldNames = ['deliveryMethod', 'deliveryAddress', 'setsCount'];

/**
 * "Trả kết quả": how the result goes back (Decree 118/2025 Art. 22) — printed on the receipt —
 * the address for the post, and how many sets of the dossier were handed in.
 */
export function DeliveryFields({
  value,
  onChange,
  applicantAddress,
  error,
}: {
  value: DeliveryDraft;
  onChange: (value: DeliveryDraft) => void;
  applicantAddress: string;
  error: unknown;
}) {
  const isPostal = value.deliveryMethod === 'postal';
  return (
    <fieldset className="form-grid">
      <legend>Trả kết quả</legend>
      <SelectField
        label="Cách nhận kết quả"
        value={value.deliveryMethod}
        onValueChange={(next) => {
          const method = next as DeliveryMethod;
          // The post goes to the applicant's address unless the officer types another.
          const address =
            method === 'postal' && !value.deliveryAddress
              ? applicantAddress
              : value.deliveryAddress;
          onChange({ ...value, deliveryMethod: method, deliveryAddress: address });
        }}
        options={deliveryOptions}
        error={findFieldError(error, 'deliveryMethod')}
      />
      <TextField
        label="Số bộ hồ sơ"
        type="number"
        min={1}
        max={20}
        value={String(value.setsCount)}
        onValueChange={(next) => onChange({ ...value, setsCount: Math.max(1, Number(next) || 1) })}
        error={findFieldError(error, 'setsCount')}
      />
      {isPostal && (
        <TextField
          label="Địa chỉ nhận kết quả qua bưu chính"
          value={value.deliveryAddress}
          onValueChange={(next) => onChange({ ...value, deliveryAddress: next })}
          required
          wide
          autoComplete="off"
          hint="Mặc định là địa chỉ của người nộp; sửa nếu gửi nơi khác."
          error={findFieldError(error, 'deliveryAddress')}
        />
      )}
    </fieldset>
  );
}
