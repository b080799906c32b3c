import { readFileSync } from 'node:fs';

/** Reads a JSON file from the repository's fixtures/ directory. */
export function readFixture<T>(path: string): T {
  return JSON.parse(
    readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8'),
  ) as T;
}

export interface DepartmentsFixture {
  province: { code: string; name: string; shortName: string; address: string };
  serviceCentre: {
    code: string;
    name: string;
    parentCode: string;
    address: string;
    openingHours: string;
    counters: string[];
  };
  departments: Array<{
    code: string;
    name: string;
    confirmed: boolean;
    divisions: string[];
    fields: string[];
  }>;
  external: Array<{ code: string; name: string; divisions: string[]; fields: string[] }>;
  commune: {
    divisionsXa: string[];
    divisionsPhuong: string[];
    fieldDivision: Record<string, string>;
  };
}

export interface CommunesFixture {
  province: { code: string; name: string };
  communes: Array<{
    code: string;
    name: string;
    shortName: string;
    kind: 'xã' | 'phường';
    formedFrom: Array<{ name: string; oldCode: string; oldDistrict: string; oldProvince: string }>;
  }>;
}

export interface DemoProcedure {
  record: unknown;
  agency:
    | { level: 'commune'; division: string }
    | { level: 'province'; agencyCode: string; division: string };
  fictional?: boolean;
}
