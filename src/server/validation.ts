import type { z } from 'zod';
import { DomainError } from '../core/errors.ts';

/** Parses input with a zod schema; on failure a 400 naming each bad field in Vietnamese. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || where,
    message: translateIssue(issue),
  }));
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  throw new DomainError('VALIDATION_FAILED', `Dữ liệu không hợp lệ (${where}) — ${summary}`, {
    fields,
  });
}

function translateIssue(issue: z.core.$ZodIssue): string {
  // Custom messages written in Vietnamese in the schemas pass through unchanged.
  if (
    issue.message &&
    /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i.test(issue.message)
  ) {
    return issue.message;
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'bắt buộc' : `sai kiểu (cần ${issue.expected})`;
    case 'too_small':
      return issue.origin === 'string'
        ? `quá ngắn (tối thiểu ${issue.minimum} ký tự)`
        : `quá nhỏ (tối thiểu ${issue.minimum})`;
    case 'too_big':
      return issue.origin === 'string'
        ? `quá dài (tối đa ${issue.maximum} ký tự)`
        : `quá lớn (tối đa ${issue.maximum})`;
    case 'invalid_value':
      return `giá trị không hợp lệ (cho phép: ${issue.values.map(String).join(', ')})`;
    case 'invalid_format':
      return `sai định dạng (${issue.format})`;
    case 'unrecognized_keys':
      return `trường không được phép: ${issue.keys.join(', ')}`;
    default:
      return 'không hợp lệ';
  }
}
