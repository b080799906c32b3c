/**
 * Kinds of organisation units (DESIGN §2.1). The tree is data; these kinds only say what a unit is.
 * Decree 118/2025 Art. 7: provincial and commune public administrative service centres (TTPVHCC)
 * with reception points; the district level ended on 1/7/2025 but stays representable for history.
 */
export const unitKinds = [
  'province', // Tỉnh / UBND tỉnh — the root of a tenant
  'department', // Sở, ban, ngành; also Văn phòng UBND tỉnh
  'division', // Phòng (of a department or of a commune)
  'service_centre', // Trung tâm Phục vụ hành chính công tỉnh
  'commune', // UBND xã, phường
  'commune_centre', // Trung tâm Phục vụ hành chính công xã, phường
  'reception_point', // Điểm tiếp nhận / chi nhánh
  'counter', // Quầy tiếp nhận và trả kết quả
  'district', // Huyện (legacy, before 1/7/2025)
  'external', // vertically organised central agency (tax, police, social insurance…)
] as const;

export type UnitKind = (typeof unitKinds)[number];

export const unitKindLabels: Record<UnitKind, string> = {
  province: 'Tỉnh',
  department: 'Sở, ban, ngành',
  division: 'Phòng',
  service_centre: 'Trung tâm Phục vụ hành chính công tỉnh',
  commune: 'Xã, phường',
  commune_centre: 'Trung tâm Phục vụ hành chính công xã',
  reception_point: 'Điểm tiếp nhận',
  counter: 'Quầy',
  district: 'Huyện (trước 01/7/2025)',
  external: 'Cơ quan ngành dọc',
};

/** Which kinds may sit under which: keeps the tree meaningful without hard-coding a shape. */
const allowedParents: Record<UnitKind, readonly (UnitKind | null)[]> = {
  province: [null],
  department: ['province'],
  division: ['department', 'commune', 'district', 'external'],
  service_centre: ['province', 'department'],
  commune: ['province', 'district'],
  commune_centre: ['commune'],
  reception_point: ['service_centre', 'commune_centre'],
  counter: ['service_centre', 'commune_centre', 'reception_point'],
  district: ['province'],
  external: ['province'],
};

export function canNest(child: UnitKind, parent: UnitKind | null): boolean {
  return allowedParents[child].includes(parent);
}

/** Units whose staff receive dossiers (Bộ phận Một cửa, Decree 118/2025 Art. 3.3). */
export function isOneStopKind(kind: UnitKind): boolean {
  return (
    kind === 'service_centre' ||
    kind === 'commune_centre' ||
    kind === 'reception_point' ||
    kind === 'counter'
  );
}
