import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { call, type Session } from '../support/test-app.ts';

/** The provincial centre (demo account `tiepnhan`) and Phường Phố Hiến's centre. */
export const centre = '000.00.31.H31';
export const wardCentre = 'H31.11953.TT';

export async function loadServices(app: FastifyInstance, unit = centre) {
  const r = await call(app, undefined, 'GET', `/api/v1/queue/units/${unit}/services`);
  expect(r.statusCode, r.body).toBe(200);
  const items = r.json().items as Array<{ id: string; prefix: string }>;
  return new Map(items.map((s) => [s.prefix, s.id]));
}

export async function loadCounters(app: FastifyInstance, session: Session, unit = centre) {
  const r = await call(app, session, 'GET', `/api/v1/queue/units/${unit}/counters`);
  expect(r.statusCode, r.body).toBe(200);
  const items = r.json().counters as Array<{ id: string; number: number }>;
  return new Map(items.map((c) => [c.number, c.id]));
}

export async function issueTicket(
  app: FastifyInstance,
  serviceId: string,
  priority = 'none',
  unit = centre,
) {
  const r = await call(app, undefined, 'POST', `/api/v1/queue/units/${unit}/tickets`, {
    serviceId,
    priority,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as {
    id: string;
    displayCode: string;
    ahead: number;
    expectedWaitMinutes: number;
  };
}

/** An officer action that must succeed; returns the JSON answer. */
export async function act(app: FastifyInstance, session: Session, path: string, body?: unknown) {
  const r = await call(app, session, 'POST', `/api/v1/queue/${path}`, body ?? {});
  expect(r.statusCode, `${path}: ${r.body}`).toBe(200);
  return r.json();
}

/** A new reception officer at `unitCode`, created by the admin, logged in. */
export async function createOfficer(
  app: FastifyInstance,
  admin: Session,
  username: string,
  unitCode = centre,
  role = 'reception',
) {
  const r = await call(app, admin, 'POST', '/api/v1/users', {
    username,
    fullName: `Cán bộ ${username}`,
    title: 'Công chức tiếp nhận',
    password: 'MatKhau2026',
    memberships: [{ unitCode, role }],
  });
  expect(r.statusCode, r.body).toBe(201);
}
