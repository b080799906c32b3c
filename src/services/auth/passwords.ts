import { hash, verify } from '@node-rs/argon2';

// argon2id (algorithm 2) with the OWASP minimum: m=19 MiB, t=2, p=1 (~14 ms here, stack.md §9).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('không-có-người-dùng-này');
  return dummyHash;
}

export function validatePasswordStrength(password: string): string | undefined {
  if (password.length < 8) return 'Mật khẩu phải có ít nhất 8 ký tự.';
  if (password.length > 200) return 'Mật khẩu quá dài (tối đa 200 ký tự).';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'Mật khẩu phải có cả chữ và số.';
  return undefined;
}
