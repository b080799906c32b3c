/**
 * The one door to the JSON API: same-origin cookie session, CSRF header and an Idempotency-Key on
 * every write, errors turned into `ApiError` with the server's Vietnamese message.
 */
import type { ApiErrorBody } from './types.ts';

const base = '/api/v1';
let csrfToken = '';
let onUnauthorized: () => void = () => {};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorBody['details'] = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called on any 401 outside the login and session probes: the app sends the user to log in. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** A v4 UUID; falls back to getRandomValues where randomUUID is missing (plain-HTTP intranets). */
export function createIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function buildPath(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function apiGet<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', buildPath(path, query), undefined, undefined, signal);
}

/**
 * A write. One key per user submission; a dropped connection is retried once with the same key,
 * so the server applies the submission at most once.
 */
export async function apiWrite<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  key: string = createIdempotencyKey(),
): Promise<T> {
  try {
    return await request<T>(method, path, body, key);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NETWORK')
      return request<T>(method, path, body, key);
    throw error;
  }
}

async function request<T>(
  method: string,
  path: string,
  body: unknown,
  key: string | undefined,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    if (key) headers['idempotency-key'] = key;
  }
  let response: Response;
  try {
    response = await fetch(base + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return data as T;
  const error = toApiError(response.status, data);
  const isProbe = path.startsWith('/auth/login') || path.startsWith('/auth/me');
  if (response.status === 401 && !isProbe) onUnauthorized();
  throw error;
}

function toApiError(status: number, data: unknown): ApiError {
  const body = data as Partial<ApiErrorBody> | null;
  if (body && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(status, body.code, body.message, body.details);
  }
  return new ApiError(status, 'INTERNAL', `Máy chủ trả lỗi ${status}. Vui lòng thử lại.`);
}

/** The message of one field from a VALIDATION_FAILED error (`details.fields[].field`). */
export function findFieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return undefined;
  return error.details?.fields?.find((f) => f.field === field)?.message;
}
