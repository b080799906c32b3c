import { SelectField } from '../../components/field.tsx';
import type { UnitRef } from '../../lib/types.ts';
import type { UnitChoice } from './use-reception-preview.ts';

const choiceLabels: Record<string, string> = {
  competentUnitCode: 'Cơ quan giải quyết',
  receivingUnitCode: 'Nơi tiếp nhận',
};

/**
 * "Phường Phố Hiến" → "Phố Hiến (phường)", sorted: the distinctive word comes first, so the
 * select's type-ahead reaches a commune by its first letters without typing the common prefix.
 */
function listUnitOptions(units: UnitRef[]) {
  const collator = new Intl.Collator('vi');
  return units
    .map((u) => {
      const prefix = /^(Phường|Xã|Thị trấn|Đặc khu) (.+)$/.exec(u.name);
      return {
        value: u.code,
        label: prefix ? `${prefix[2]} (${prefix[1]?.toLowerCase()})` : u.name,
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The agency the officer must pick when the server cannot infer it (422 with `details.options`). */
export function UnitChoiceField({
  choice,
  value,
  onValueChange,
}: {
  choice: UnitChoice;
  value: string;
  onValueChange: (code: string) => void;
}) {
  return (
    <SelectField
      label={choiceLabels[choice.field] ?? choice.field}
      value={value}
      onValueChange={onValueChange}
      options={[{ value: '', label: '— Chọn đơn vị —' }, ...listUnitOptions(choice.options)]}
      hint="Thủ tục do nhiều cơ quan giải quyết: chọn cơ quan nhận hồ sơ này."
    />
  );
}
