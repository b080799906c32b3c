import { channelLabels, channelOptions } from '../../lib/labels.ts';
import type { Channel, RecordDeadline } from '../../lib/types.ts';
import { deadlineUnitOptions } from './catalogue-labels.ts';
import { ListEditor } from './list-editor.tsx';
import { PathArea, PathNumber, PathSelect, PathText } from './record-fields.tsx';
import { blankChannel, blankFee, type ChannelOffer, type FeeLine } from './record-shape.ts';

/**
 * Cách thức thực hiện: each channel with its own deadline and fees (deadlines and fees differ per
 * channel, domain.md §10; Decree 118/2025 Art. 24 charges what the channel publishes).
 */
export function ChannelsEditor({
  channels,
  onChange,
  error,
}: {
  channels: ChannelOffer[];
  onChange: (channels: ChannelOffer[]) => void;
  error?: string;
}) {
  return (
    <ListEditor
      legend="Cách thức thực hiện, thời hạn và phí, lệ phí"
      itemLabel={(i) => `Cách thức ${i + 1}`}
      items={channels}
      onChange={onChange}
      createItem={blankChannel}
      addLabel="Thêm cách thức"
      error={error}
      renderItem={(channel, i, update) => (
        <ChannelFields channel={channel} index={i} update={update} />
      )}
    />
  );
}

function ChannelFields({
  channel,
  index,
  update,
}: {
  channel: ChannelOffer;
  index: number;
  update: (next: ChannelOffer) => void;
}) {
  const path = `record.channels.${index}`;
  const n = index + 1;
  const set = (patch: Partial<ChannelOffer>) => update({ ...channel, ...patch });
  const unit = channel.deadline?.unit ?? '';
  return (
    <div className="form-grid">
      <PathSelect
        path={`${path}.kind`}
        label={`Hình thức nộp (cách thức ${n})`}
        value={channel.kind}
        options={channelOptions}
        onValueChange={(kind) => set({ kind: kind as Channel })}
      />
      <div className="inline-pair">
        <PathNumber
          path={`${path}.deadline.amount`}
          label={`Thời hạn (cách thức ${n})`}
          step="any"
          disabled={unit === '' || unit === 'same_day'}
          value={channel.deadline?.amount ?? null}
          onValueChange={(amount) =>
            channel.deadline && set({ deadline: { ...channel.deadline, amount: amount ?? 0 } })
          }
        />
        <PathSelect
          path={`${path}.deadline.unit`}
          label={`Đơn vị thời hạn (cách thức ${n})`}
          value={unit}
          options={deadlineUnitOptions}
          onValueChange={(next) =>
            set({
              deadline:
                next === ''
                  ? null
                  : {
                      amount: next === 'same_day' ? 0 : (channel.deadline?.amount ?? 1),
                      unit: next as RecordDeadline['unit'],
                    },
            })
          }
        />
      </div>
      <PathText
        path={`${path}.deadlineText`}
        label={`Thời hạn như công bố (cách thức ${n})`}
        hint="Nguyên văn, ví dụ “03 ngày làm việc”"
        value={channel.deadlineText}
        onValueChange={(deadlineText) => set({ deadlineText })}
      />
      <PathSelect
        path={`${path}.free`}
        label={`Phí, lệ phí (cách thức ${n})`}
        value={channel.free === null ? '' : channel.free ? 'free' : 'paid'}
        options={[
          { value: '', label: 'Không nêu' },
          { value: 'free', label: 'Miễn phí' },
          { value: 'paid', label: 'Có thu phí, lệ phí' },
        ]}
        onValueChange={(v) => set({ free: v === '' ? null : v === 'free' })}
      />
      <PathText
        path={`${path}.feeText`}
        label={`Phí, lệ phí như công bố (cách thức ${n})`}
        wide
        value={channel.feeText}
        onValueChange={(feeText) => set({ feeText })}
      />
      <FeesEditor
        channelLabel={`${channelLabels[channel.kind]} (cách thức ${n})`}
        path={`${path}.fees`}
        fees={channel.fees}
        onChange={(fees) => set({ fees })}
      />
      <PathArea
        path={`${path}.description`}
        label={`Mô tả cách thức ${n}`}
        rows={2}
        value={channel.description}
        onValueChange={(description) => set({ description })}
      />
    </div>
  );
}

function FeesEditor({
  channelLabel,
  path,
  fees,
  onChange,
}: {
  channelLabel: string;
  path: string;
  fees: FeeLine[];
  onChange: (fees: FeeLine[]) => void;
}) {
  return (
    <ListEditor
      legend={`Các khoản phí, lệ phí — ${channelLabel}`}
      itemLabel={(i) => `Khoản phí ${i + 1} của ${channelLabel}`}
      items={fees}
      onChange={onChange}
      createItem={blankFee}
      addLabel={`Thêm khoản phí — ${channelLabel}`}
      emptyText="Không có khoản phí, lệ phí nào."
      className="nested"
      renderItem={(fee, i, update) => {
        const at = `${path}.${i}`;
        const set = (patch: Partial<FeeLine>) => update({ ...fee, ...patch });
        const n = `khoản phí ${i + 1}`;
        return (
          <div className="editor-row fee-row">
            <PathText
              path={`${at}.name`}
              label={`Tên ${n}`}
              value={fee.name}
              onValueChange={(name) => set({ name })}
            />
            <PathNumber
              path={`${at}.amountVnd`}
              label={`Mức thu ${n} (đồng)`}
              hint="Để trống nếu không nêu mức"
              value={fee.amountVnd}
              onValueChange={(amountVnd) => set({ amountVnd })}
            />
            <PathText
              path={`${at}.per`}
              label={`Tính theo (${n})`}
              hint="Ví dụ: hồ sơ, trang, bản"
              value={fee.per}
              onValueChange={(per) => set({ per })}
            />
            <PathText
              path={`${at}.note`}
              label={`Ghi chú ${n}`}
              value={fee.note}
              onValueChange={(note) => set({ note })}
            />
          </div>
        );
      }}
    />
  );
}
