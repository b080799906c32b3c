import { DomainError } from '../../core/errors.ts';
import { hasScopeAnywhere, type Principal } from '../../core/organisation/permissions.ts';
import type { ServiceContext } from '../context.ts';

/**
 * What the chip of a citizen identity card (thẻ căn cước / CCCD gắn chip) gives a reader after
 * the officer's device authenticates to it. The officers' app reads cards through an adapter
 * (src/web/pages/counter/card-reader.ts); this is the payload shape it expects.
 */
export interface ChipCardPayload {
  idNumber: string;
  fullName: string;
  dateOfBirth: string;
  sex: 'Nam' | 'Nữ';
  nationality: string;
  placeOfOrigin: string;
  placeOfResidence: string;
  issuedOn: string;
  expiresOn: string | null;
  /** Where the data came from: a real reader says 'chip'; the demo stand-in says 'stand-in'. */
  source: 'chip' | 'stand-in';
}

/** A fictional citizen (the same one the test helpers use), never a real person. */
const fictionalCard: ChipCardPayload = {
  idNumber: '033095001234',
  fullName: 'Nguyễn Văn Bình',
  dateOfBirth: '1995-03-12',
  sex: 'Nam',
  nationality: 'Việt Nam',
  placeOfOrigin: 'Xã Tân Hưng, tỉnh Hưng Yên',
  placeOfResidence: 'Số 5, phường Phố Hiến, tỉnh Hưng Yên',
  issuedOn: '2021-04-10',
  expiresOn: '2035-03-12',
  source: 'stand-in',
};

/**
 * The demo's stand-in for a card reader: only in demo mode, only for reception officers. A real
 * deployment reads the card on the officer's computer (the reader is attached there), never here.
 */
export async function readStandInCard(
  ctx: ServiceContext,
  principal: Principal,
): Promise<ChipCardPayload> {
  if (!hasScopeAnywhere(principal, 'dossier.receive'))
    throw new DomainError('FORBIDDEN', 'Bạn không có quyền tiếp nhận hồ sơ.');
  if (!ctx.settings.demoMode) {
    throw new DomainError(
      'NOT_FOUND',
      'Chưa kết nối đầu đọc CCCD gắn chip tại máy này (đầu đọc mô phỏng chỉ có ở chế độ demo).',
    );
  }
  return fictionalCard;
}
