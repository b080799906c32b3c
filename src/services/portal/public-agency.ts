import type { UnitRow } from '../../db/schema.ts';

/** A published contact of a unit: Decree 118/2025 Art. 9 makes leaders' and seconded officers' names, titles and phones public. */
export interface PublicContact {
  name: string;
  title: string;
  phone: string | null;
}

/** What the portal may show of a unit: its public identity and contacts, never internal fields. */
export interface PublicAgency {
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: string | null;
  contacts: PublicContact[];
}

/** Unit kinds a citizen deals with; divisions, counters and legacy districts are not agencies. */
export const publicAgencyKinds = [
  'province',
  'service_centre',
  'department',
  'external',
  'commune',
  'commune_centre',
  'reception_point',
] as const;

export function presentPublicAgency(unit: UnitRow): PublicAgency {
  const contacts = Array.isArray(unit.contacts) ? unit.contacts : [];
  return {
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    kind: unit.kind,
    address: unit.address,
    phone: unit.phone,
    email: unit.email,
    website: unit.website,
    openingHours: unit.openingHours,
    contacts: contacts
      .filter((c) => c && typeof c.name === 'string' && typeof c.title === 'string')
      .map((c) => ({ name: c.name, title: c.title, phone: c.phone ?? null })),
  };
}
