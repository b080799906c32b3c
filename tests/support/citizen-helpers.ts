import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { multipart } from './sample-files.ts';
import type { TestApp } from './test-app.ts';

export interface CitizenSession {
  cookie: string;
  csrf: string;
  citizenId: string;
}

/** The last one-time code written to the outbox for this address (as the demo mailbox shows it). */
export async function readOtpFromOutbox(t: TestApp, address: string) {
  const row = await t.database.db
    .selectFrom('notifications')
    .selectAll()
    .where('template', '=', 'citizen.otp')
    .where('recipientAddress', '=', address)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const code = /\b(\d{6})\b/.exec(row.body)?.[1];
  if (!code) throw new Error(`no code in ${row.body}`);
  return { code, row };
}

export async function requestCode(t: TestApp, destination: string, ip = '10.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/sign-in/code',
    payload: { destination },
    remoteAddress: ip,
  });
}

export async function verifyCode(t: TestApp, challengeId: string, code: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/sign-in/verify',
    payload: { challengeId, code },
  });
}

/** Signs in by phone or e-mail with the code read from the outbox. */
export async function signInCitizen(
  t: TestApp,
  destination: string,
  address = destination,
  ip = '10.0.0.1',
): Promise<CitizenSession> {
  const requested = await requestCode(t, destination, ip);
  expect(requested.statusCode, requested.body).toBe(201);
  const { code } = await readOtpFromOutbox(t, address);
  const verified = await verifyCode(t, requested.json().challengeId, code);
  expect(verified.statusCode, verified.body).toBe(200);
  const cookie = verified.cookies.find((c) => c.name === 'mc_citizen')!;
  return {
    cookie: `mc_citizen=${cookie.value}`,
    csrf: verified.json().csrfToken,
    citizenId: verified.json().citizenId,
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export function citizenCall(
  t: TestApp,
  session: CitizenSession | undefined,
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: {
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
      ...headers,
    },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

export function uploadToDraft(
  t: TestApp,
  session: CitizenSession,
  draftId: string,
  requirementNo: number,
  file: { name: string; bytes: Buffer; contentType?: string },
) {
  const body = multipart({ requirementNo: String(requirementNo) }, file);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/citizen/drafts/${draftId}/files`,
    headers: { ...body.headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
    payload: body.payload,
  });
}

export const citizenApplicant = {
  kind: 'person',
  fullName: 'Phạm Thị Lan',
  idNumber: '033185006789',
  phone: '0912345678',
  email: 'lan@example.vn',
  address: 'Số 12 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên',
};

/** A complete draft of 9.999001 with one PDF per common document; returns its id. */
export async function prepareDraft(
  t: TestApp,
  session: CitizenSession,
  pdf: Buffer,
  procedureCode = '9.999001',
): Promise<string> {
  const started = await citizenCall(t, session, 'POST', '/api/v1/citizen/drafts', {
    procedureCode,
  });
  expect(started.statusCode, started.body).toBe(201);
  const id = started.json().id as string;
  const saved = await citizenCall(t, session, 'PATCH', `/api/v1/citizen/drafts/${id}`, {
    applicant: citizenApplicant,
    deliveryMethod: 'in_person',
  });
  expect(saved.statusCode, saved.body).toBe(200);
  for (const doc of saved.json().documents as Array<{ no: number; caseName: string | null }>) {
    const up = await uploadToDraft(t, session, id, doc.no, {
      name: `giay-to-${doc.no}.pdf`,
      bytes: pdf,
    });
    expect(up.statusCode, up.body).toBe(201);
  }
  return id;
}
