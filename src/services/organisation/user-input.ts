import { z } from 'zod';
import { roles } from '../../core/organisation/roles.ts';

export const membershipInputSchema = z.object({
  unitCode: z.string().trim().min(1),
  role: z.enum(roles),
});

export const userInputSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/, 'Tên đăng nhập 3–64 ký tự: chữ thường không dấu, số, . _ -'),
  fullName: z.string().trim().min(2).max(200),
  title: z.string().trim().max(200).nullable().optional(),
  email: z.email().nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  password: z.string().min(1).max(200),
  memberships: z.array(membershipInputSchema).max(50).default([]),
});
export type UserInput = z.infer<typeof userInputSchema>;

export const userPatchSchema = z.object({
  fullName: z.string().trim().min(2).max(200).optional(),
  title: z.string().trim().max(200).nullable().optional(),
  email: z.email().nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  password: z.string().min(1).max(200).optional(),
  isActive: z.boolean().optional(),
  unlock: z.literal(true).optional(),
});
export type UserPatch = z.infer<typeof userPatchSchema>;
