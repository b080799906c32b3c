/**
 * How a unit is named at the head of a form (Decree 30/2020 on clerical work: the governing body
 * above the issuing body, then the place and date). Input: the unit's ancestors from the root
 * down to the unit itself.
 */
export interface UnitLine {
  kind: string;
  name: string;
  shortName: string | null;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "Ủy ban nhân dân phường Phố Hiến" for a commune; the province's own name already says it. */
function committeeName(unit: UnitLine): string {
  if (unit.kind === 'commune' || unit.kind === 'district')
    return /^(ủy ban|ubnd)/i.test(unit.name)
      ? unit.name
      : `Ủy ban nhân dân ${lowerFirst(unit.name)}`;
  return unit.name;
}

/**
 * The governing body: the agency above a division or a counter; for an agency, a service centre
 * or a reception point, the People's Committee it answers to (province or commune).
 */
export function describeSuperior(chain: readonly UnitLine[]): string | null {
  const unit = chain[chain.length - 1];
  const parent = chain[chain.length - 2];
  if (!unit || !parent) return null;
  if (unit.kind === 'division' && parent.kind !== 'commune') return parent.name;
  for (let i = chain.length - 2; i >= 0; i--) {
    const kind = chain[i]!.kind;
    if (kind === 'commune' || kind === 'district' || kind === 'province')
      return committeeName(chain[i]!);
  }
  return parent.name;
}

/** The place before the date: the commune's short name, else the province's ("Hưng Yên"). */
export function describePlace(chain: readonly UnitLine[]): string {
  const local =
    [...chain].reverse().find((u) => u.kind === 'commune') ??
    chain.find((u) => u.kind === 'province') ??
    chain[0];
  if (!local) return '';
  const name = local.kind === 'commune' && local.shortName ? local.shortName : local.name;
  return name
    .replace(/^(ủy ban nhân dân|ubnd)\s+/i, '')
    .replace(/^(tỉnh|thành phố|phường|xã|đặc khu)\s+/i, '');
}
