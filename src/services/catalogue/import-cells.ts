import {
  deadlineUnitLabels,
  deadlineUnits,
  procedureLevelLabels,
  procedureLevels,
} from '../../core/catalogue/procedure-record.ts';
import { channelLabels, channels } from '../../core/dossiers/statuses.ts';
import { type CellInput, type CellKind, no, onlineLevelLabels, yes } from './catalogue-table.ts';

/**
 * Reading a cell back: the inverse of `formatCell` in catalogue-table.ts, tolerant of what a
 * person or a spreadsheet program does to a cell (enum keys or labels in any case, numbers typed
 * with thousands separators, codes turned into numbers, dates as DD/MM/YYYY or date cells).
 */
export type CellRead = { ok: true; value: unknown } | { ok: false; message: string };

const normaliseLabel = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

function lookup<T extends string>(
  keys: readonly T[],
  labels: Record<T, string>,
  aliases: Record<string, T> = {},
) {
  const byLabel = new Map<string, T>();
  for (const key of keys) {
    byLabel.set(normaliseLabel(key), key);
    byLabel.set(normaliseLabel(labels[key]), key);
  }
  for (const [alias, key] of Object.entries(aliases)) byLabel.set(normaliseLabel(alias), key);
  const allowed = keys.map((k) => labels[k]).join(', ');
  return (text: string): CellRead => {
    const key = byLabel.get(normaliseLabel(text));
    return key
      ? { ok: true, value: key }
      : { ok: false, message: `“${text}” không hợp lệ; dùng một trong: ${allowed}.` };
  };
}

const readChannel = lookup(channels, channelLabels, {
  'bưu chính công ích': 'postal',
  'bưu chính': 'postal',
});
const readDeadlineUnit = lookup(deadlineUnits, deadlineUnitLabels);
const readLevel = lookup(procedureLevels, procedureLevelLabels, {
  'trung ương': 'central',
  tỉnh: 'province',
  xã: 'commune',
});
const readOnlineLevel = lookup(['full', 'partial'] as const, onlineLevelLabels);
const booleans = new Map<string, boolean>(
  [
    [yes, true],
    ['x', true],
    ['1', true],
    ['true', true],
    ['đúng', true],
    [no, false],
    ['0', false],
    ['false', false],
    ['sai', false],
  ].map(([k, v]) => [normaliseLabel(k as string), v as boolean]),
);

/** Reads a cell of a column's kind; blank cells read as null (or an empty list). */
export function readCell(kind: CellKind, input: CellInput): CellRead {
  const text = cellText(kind, input);
  if (text === null) {
    if (kind === 'list' || kind === 'levels') return { ok: true, value: [] };
    return { ok: true, value: kind === 'json' ? undefined : null };
  }
  switch (kind) {
    case 'list':
      return { ok: true, value: splitList(text) };
    case 'levels': {
      const levels: unknown[] = [];
      for (const part of splitList(text)) {
        const level = readLevel(part);
        if (!level.ok) return level;
        levels.push(level.value);
      }
      return { ok: true, value: levels };
    }
    case 'channel':
      return readChannel(text);
    case 'deadlineUnit':
      return readDeadlineUnit(text);
    case 'onlineLevel':
      return readOnlineLevel(text);
    case 'bool': {
      if (typeof input === 'boolean') return { ok: true, value: input };
      const value = booleans.get(normaliseLabel(text));
      return value === undefined
        ? { ok: false, message: `“${text}” không hợp lệ; ghi “${yes}” hoặc “${no}”.` }
        : { ok: true, value };
    }
    case 'int':
    case 'number':
      return readNumber(kind, input, text);
    case 'date':
      return readDate(input, text);
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch (error) {
        return { ok: false, message: `JSON không hợp lệ (${(error as Error).message}).` };
      }
    default:
      return { ok: true, value: text };
  }
}

/** The trimmed text of a cell, or null when blank. */
function cellText(kind: CellKind, input: CellInput): string | null {
  if (input === null || input === undefined) return null;
  if (input instanceof Date) return isoDateOf(input);
  // A code typed into a spreadsheet may have become a number and lost its trailing zeros.
  if (typeof input === 'number' && kind === 'code') return input.toFixed(6);
  const text = String(input).trim();
  return text === '' ? null : text;
}

function splitList(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function readNumber(kind: 'int' | 'number', input: CellInput, text: string): CellRead {
  let value: number;
  if (typeof input === 'number') value = input;
  // Amounts in đồng are often typed with thousands separators: 50.000 or 50 000.
  else if (kind === 'int' && /^\d{1,3}([. ]\d{3})+$/.test(text))
    value = Number(text.replace(/[. ]/g, ''));
  else if (/^-?\d+([.,]\d+)?$/.test(text)) value = Number(text.replace(',', '.'));
  else return { ok: false, message: `“${text}” không phải là số.` };
  if (kind === 'int' && !Number.isInteger(value))
    return { ok: false, message: `“${text}” phải là số nguyên.` };
  return { ok: true, value };
}

function readDate(input: CellInput, text: string): CellRead {
  if (typeof input === 'number') {
    // A date cell read without its format: days since 1899-12-30 (the spreadsheet epoch).
    return { ok: true, value: isoDateOf(new Date(Date.UTC(1899, 11, 30) + input * 86_400_000)) };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { ok: true, value: text };
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (dmy)
    return { ok: true, value: `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` };
  return { ok: false, message: `“${text}” không phải ngày (dạng YYYY-MM-DD hoặc DD/MM/YYYY).` };
}

/** Spreadsheet dates carry no time zone; readers hand them over as UTC midnight. */
function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
