import { apiWrite } from '../../lib/api.ts';
import type { ApplicantDraft } from './applicant-fields.tsx';

/**
 * The adapter point for a chip identity-card reader (đầu đọc CCCD gắn chip) at the counter.
 *
 * The reader is attached to the officer's computer, so it is read in the browser, not on the
 * server. A deployment provides a reader by defining `window.motCuaCardReader` before the app
 * loads (a vendor's local agent or browser extension), implementing `CardReader`: `read()`
 * resolves with what the chip gives after the reader authenticates to it (`ChipCardPayload`, the
 * same shape as services/dossiers/card-reader-standin.ts), or rejects with a message to show.
 * Without one, the demo's stand-in asks the server for a fictional card (demo mode only; 404
 * otherwise, shown as "no reader connected"). Nothing else in the app knows about readers.
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
  source: 'chip' | 'stand-in';
}

export interface CardReader {
  /** Shown on the button's hint: "Đầu đọc …" */
  label: string;
  read(): Promise<ChipCardPayload>;
}

declare global {
  interface Window {
    motCuaCardReader?: CardReader;
  }
}

const standIn: CardReader = {
  label: 'đầu đọc mô phỏng (chế độ demo)',
  read: () => apiWrite<ChipCardPayload>('POST', '/counter/card-reader/stand-in'),
};

export function getCardReader(): CardReader {
  return window.motCuaCardReader ?? standIn;
}

/**
 * The applicant from a card: identity number, name and residence come from the chip; the phone
 * and e-mail are not on it, so they are kept (or filled from an earlier dossier afterwards).
 */
export function fillFromCard(current: ApplicantDraft, card: ChipCardPayload): ApplicantDraft {
  return {
    ...current,
    kind: 'person',
    idNumber: card.idNumber,
    fullName: card.fullName.normalize('NFC'),
    address: card.placeOfResidence.normalize('NFC'),
  };
}
