import { describe, expect, it } from 'vitest';
import { formatDateTime, formatPlaceDate, lookupUrl } from './form-text.ts';
import { describePlace, describeSuperior, type UnitLine } from './form-units.ts';

const province: UnitLine = {
  kind: 'province',
  name: 'Ủy ban nhân dân tỉnh Hưng Yên',
  shortName: 'UBND tỉnh Hưng Yên',
};
const office: UnitLine = {
  kind: 'department',
  name: 'Văn phòng Ủy ban nhân dân tỉnh',
  shortName: null,
};
const centre: UnitLine = {
  kind: 'service_centre',
  name: 'Trung tâm Phục vụ hành chính công tỉnh Hưng Yên',
  shortName: null,
};
const justice: UnitLine = { kind: 'department', name: 'Sở Tư pháp', shortName: null };
const division: UnitLine = { kind: 'division', name: 'Phòng Hành chính tư pháp', shortName: null };
const ward: UnitLine = { kind: 'commune', name: 'Phường Phố Hiến', shortName: 'Phố Hiến' };
const wardCentre: UnitLine = {
  kind: 'commune_centre',
  name: 'Trung tâm Phục vụ hành chính công phường Phố Hiến',
  shortName: null,
};

describe('the head of a form (Decree 30/2020: governing body, then place and date)', () => {
  it('names the People’s Committee above a centre or an agency, the agency above its division', () => {
    expect(describeSuperior([province, office, centre])).toBe('Ủy ban nhân dân tỉnh Hưng Yên');
    expect(describeSuperior([province, justice])).toBe('Ủy ban nhân dân tỉnh Hưng Yên');
    expect(describeSuperior([province, justice, division])).toBe('Sở Tư pháp');
    expect(describeSuperior([province, ward, wardCentre])).toBe('Ủy ban nhân dân phường Phố Hiến');
    expect(describeSuperior([province])).toBeNull();
  });

  it('writes the place as the commune’s short name, else the province’s', () => {
    expect(describePlace([province, office, centre])).toBe('Hưng Yên');
    expect(describePlace([province, ward, wardCentre])).toBe('Phố Hiến');
  });

  it('dates in Vietnam time, whatever the instant’s offset', () => {
    expect(formatPlaceDate('Hưng Yên', '2026-03-01T18:30:00Z')).toBe(
      'Hưng Yên, ngày 02 tháng 03 năm 2026',
    );
    expect(formatDateTime('2026-03-01T18:30:00Z')).toBe('01:30 02/03/2026');
    expect(formatDateTime(null)).toBe('');
  });

  it('points the QR code at the look-up page with the code', () => {
    expect(lookupUrl('https://dichvucong.example.vn/', '000.00.03.H31-260302-0001')).toBe(
      'https://dichvucong.example.vn/tra-cuu?ma=000.00.03.H31-260302-0001',
    );
  });
});
