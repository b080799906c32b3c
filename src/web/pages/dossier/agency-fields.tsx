import { SelectField, TextField } from '../../components/field.tsx';
import type { DossierDetail, Unit } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';

export type AllottedUnit = 'working_days' | 'working_hours';

const collator = new Intl.Collator('vi');

/**
 * Agencies a dossier can be sent to for an opinion or a part of an inter-agency chain:
 * departments and external (vertical) agencies, other than the ones already handling it.
 */
export function useAgencyOptions(dossier: DossierDetail) {
  const units = useApiData<{ items: Unit[] }>('/units');
  const own = new Set([dossier.competentUnit?.code, dossier.handlingUnit?.code]);
  const options = (units.data?.items ?? [])
    .filter((u) => u.isActive && (u.kind === 'department' || u.kind === 'external'))
    .filter((u) => !own.has(u.code))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
  const empty = units.isLoading ? 'Đang tải…' : '— Chọn cơ quan —';
  return { options: [{ value: '', label: empty }, ...options], error: units.error };
}

interface AllottedFieldsProps {
  label: string;
  amount: string;
  unit: AllottedUnit;
  onAmountChange: (value: string) => void;
  onUnitChange: (value: AllottedUnit) => void;
  error?: string;
}

/** An allotted time: amount and unit (working days or hours), as the schema's `allotted`. */
export function AllottedFields({
  label,
  amount,
  unit,
  onAmountChange,
  onUnitChange,
  error,
}: AllottedFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        type="number"
        inputMode="decimal"
        min={0.5}
        step={0.5}
        value={amount}
        onValueChange={onAmountChange}
        error={error}
      />
      <SelectField
        label={`Đơn vị của ${label.toLowerCase()}`}
        value={unit}
        onValueChange={(value) => onUnitChange(value as AllottedUnit)}
        options={[
          { value: 'working_days', label: 'ngày làm việc' },
          { value: 'working_hours', label: 'giờ làm việc' },
        ]}
      />
    </>
  );
}

/** "4" → 4; blank, zero or unreadable → null. */
export function parseAmount(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  return text.trim() && Number.isFinite(value) && value > 0 ? value : null;
}
