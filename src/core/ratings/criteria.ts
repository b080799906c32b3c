import { z } from 'zod';

/** The three-level satisfaction scale of the national evaluation (domain.md §7.1). */
export const satisfactionLevels = [3, 2, 1] as const;
export type SatisfactionLevel = (typeof satisfactionLevels)[number];
export const satisfactionLabels: Record<SatisfactionLevel, string> = {
  3: 'Rất hài lòng',
  2: 'Hài lòng',
  1: 'Không hài lòng',
};

export const ratingChannels = ['counter', 'qr', 'online'] as const;
export type RatingChannel = (typeof ratingChannels)[number];
export const ratingChannelLabels: Record<RatingChannel, string> = {
  counter: 'Máy tính bảng tại quầy',
  qr: 'Mã QR trên phiếu hẹn',
  online: 'Trực tuyến',
};

/**
 * What citizens rate (Decree 118/2025 Art. 33 a–h; (i) "other matters" is the comment). Criteria
 * (g) and (h) apply only to someone who gave feedback or used the online service: "not
 * applicable" is allowed there, every other criterion needs an answer.
 */
export const ratingCriteria = [
  {
    key: 'returnTime',
    letter: 'a',
    label: 'Thời gian trả kết quả so với thời hạn quy định',
    optional: false,
  },
  {
    key: 'bodiesContacted',
    letter: 'b',
    label: 'Số cơ quan, đơn vị phải liên hệ để hoàn thiện hồ sơ',
    optional: false,
  },
  {
    key: 'timesContacted',
    letter: 'c',
    label: 'Số lần phải liên hệ với nơi tiếp nhận hồ sơ',
    optional: false,
  },
  {
    key: 'informationAccuracy',
    letter: 'd',
    label: 'Thông tin thủ tục hành chính được công khai chính xác, đầy đủ',
    optional: false,
  },
  {
    key: 'staffAttitude',
    letter: 'đ',
    label: 'Thái độ của cán bộ, công chức, viên chức',
    optional: false,
  },
  {
    key: 'lawfulness',
    letter: 'e',
    label: 'Kết quả và chi phí đúng quy định, không có chi phí không chính thức',
    optional: false,
  },
  {
    key: 'feedbackExplanations',
    letter: 'g',
    label: 'Thời gian, chất lượng giải thích khi có phản ánh, kiến nghị',
    optional: true,
  },
  {
    key: 'onlineQuality',
    letter: 'h',
    label: 'Tiến độ, chất lượng dịch vụ công trực tuyến',
    optional: true,
  },
] as const;
export type CriterionKey = (typeof ratingCriteria)[number]['key'];

const level = (label: string) =>
  z.coerce
    .number({ error: `Chọn mức hài lòng: ${label}` })
    .int({ error: `Chọn mức hài lòng: ${label}` })
    .min(1, `Chọn mức hài lòng: ${label}`)
    .max(3, `Chọn mức hài lòng: ${label}`);

/** Empty, "na" or absent means "not applicable" for the optional criteria. */
const optionalLevel = (label: string) =>
  z.preprocess(
    (v) => (v === '' || v === 'na' || v === undefined ? null : v),
    level(label).nullable(),
  );

export const ratingAnswersSchema = z.object({
  returnTime: level(ratingCriteria[0].label),
  bodiesContacted: level(ratingCriteria[1].label),
  timesContacted: level(ratingCriteria[2].label),
  informationAccuracy: level(ratingCriteria[3].label),
  staffAttitude: level(ratingCriteria[4].label),
  lawfulness: level(ratingCriteria[5].label),
  feedbackExplanations: optionalLevel(ratingCriteria[6].label),
  onlineQuality: optionalLevel(ratingCriteria[7].label),
  overall: level('Mức độ hài lòng chung'),
  comment: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(2000, 'Ý kiến khác tối đa 2000 ký tự').optional(),
  ),
});
export type RatingAnswers = z.infer<typeof ratingAnswersSchema>;

/** Counts per level of one criterion and the satisfaction rate (satisfied or very satisfied). */
export interface LevelCounts {
  verySatisfied: number;
  satisfied: number;
  notSatisfied: number;
  answered: number;
  /** Share of answers at "Hài lòng" or "Rất hài lòng", 0–1; null with no answer. */
  satisfactionRate: number | null;
}

export function countLevels(levels: Array<number | null>): LevelCounts {
  return levelCounts(
    levels.filter((v) => v === 3).length,
    levels.filter((v) => v === 2).length,
    levels.filter((v) => v === 1).length,
  );
}

/** The counts of one criterion and its satisfaction rate, rounded to 4 decimals. */
export function levelCounts(
  verySatisfied: number,
  satisfied: number,
  notSatisfied: number,
): LevelCounts {
  const answered = verySatisfied + satisfied + notSatisfied;
  return {
    verySatisfied,
    satisfied,
    notSatisfied,
    answered,
    satisfactionRate:
      answered === 0
        ? null
        : Math.round(((verySatisfied + satisfied) / answered) * 10_000) / 10_000,
  };
}
