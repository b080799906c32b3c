import { expect } from 'vitest';
import { call, login, type Session, type TestApp } from './test-app.ts';

export const applicant = {
  kind: 'person' as const,
  fullName: 'Nguyễn Văn Bình',
  idNumber: '033095001234',
  phone: '0912345678',
  email: 'binh@example.vn',
  address: 'Số 5, phường Phố Hiến, tỉnh Hưng Yên',
};

export interface Officers {
  reception: Session;
  head: Session;
  specialist: Session;
  leader: Session;
}

export async function loginOfficers(t: TestApp): Promise<Officers> {
  const [reception, head, specialist, leader] = await Promise.all([
    login(t.app, 'tiepnhan'),
    login(t.app, 'truongphong'),
    login(t.app, 'chuyenvien'),
    login(t.app, 'lanhdao'),
  ]);
  return { reception: reception!, head: head!, specialist: specialist!, leader: leader! };
}

/** Receives the fictional procedure 9.999001 (3 working days, Sở Tư pháp) at the provincial centre. */
export async function receiveTestDossier(
  t: TestApp,
  reception: Session,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const response = await call(t.app, reception, 'POST', '/api/v1/dossiers', {
    procedureCode: '9.999001',
    channel: 'in_person',
    applicant,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().code as string;
}

export async function act(
  t: TestApp,
  session: Session,
  code: string,
  body: Record<string, unknown>,
) {
  return call(t.app, session, 'POST', `/api/v1/dossiers/${code}/actions`, body);
}

/** The action must succeed; returns the dossier detail. */
export async function must(
  t: TestApp,
  session: Session,
  code: string,
  body: Record<string, unknown>,
) {
  const response = await act(t, session, code, body);
  expect(response.statusCode, `${body.type}: ${response.body}`).toBe(200);
  return response.json();
}

/** The action must be refused with this status and rule (or code). */
export async function refused(
  t: TestApp,
  session: Session,
  code: string,
  body: Record<string, unknown>,
  status: number,
  rule?: string,
) {
  const response = await act(t, session, code, body);
  expect(response.statusCode, response.body).toBe(status);
  if (rule) expect(response.json().details.rule).toBe(rule);
  return response.json();
}
