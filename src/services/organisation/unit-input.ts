import { z } from 'zod';
import { unitKinds } from '../../core/organisation/unit-kinds.ts';

const sessionSchema = z
  .object({ start: z.number().int().min(0).max(1440), end: z.number().int().min(0).max(1440) })
  .refine((s) => s.end > s.start, 'Giờ kết thúc phải sau giờ bắt đầu');

/** Unit fields an administrator edits; shared by the API schema and the services. */
export const unitInputSchema = z.object({
  code: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[A-Za-z0-9.\-_]+$/, 'Mã định danh chỉ gồm chữ, số, dấu chấm, gạch'),
  name: z.string().trim().min(2).max(300),
  shortName: z.string().trim().max(120).nullable().optional(),
  kind: z.enum(unitKinds),
  parentCode: z.string().trim().min(1).nullable().optional(),
  gsoCode: z.string().trim().max(10).nullable().optional(),
  address: z.string().trim().max(500).nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  email: z.email().nullable().optional(),
  website: z.url().nullable().optional(),
  contacts: z
    .array(
      z.object({
        name: z.string().trim().min(1),
        title: z.string().trim().min(1),
        phone: z.string().optional(),
        email: z.string().optional(),
      }),
    )
    .max(100)
    .optional(),
  openingHours: z.string().trim().max(500).nullable().optional(),
  officeSessions: z
    .array(sessionSchema)
    .min(1)
    .max(4)
    .refine(
      (sessions) => sessions.every((s, i) => i === 0 || s.start > sessions[i - 1]!.end),
      'Các buổi làm việc phải theo thứ tự, không chồng nhau và có nghỉ giữa buổi',
    )
    .nullable()
    .optional(),
  sortOrder: z.number().int().optional(),
  validFrom: z.iso.date().nullable().optional(),
  validTo: z.iso.date().nullable().optional(),
  isActive: z.boolean().optional(),
});
export type UnitInput = z.infer<typeof unitInputSchema>;
export const unitPatchSchema = unitInputSchema.partial();
export type UnitPatch = z.infer<typeof unitPatchSchema>;
