import {
  buildWorkingCalendar,
  type CalendarOverride,
  DEFAULT_SESSIONS,
  type OfficeSession,
  type WorkingCalendar,
} from '../../core/calendar/index.ts';
import type { Executor } from '../../db/database.ts';
import { listTenantOverrides, listUnitCalendarSettings } from '../../db/repositories/calendar.ts';

/** Years every working calendar covers; dates outside give CALENDAR_OUT_OF_RANGE. */
export const calendarYears = { from: 2000, to: 2100 } as const;

interface TenantCalendarData {
  loadedAt: number;
  provinceOverrides: CalendarOverride[];
  unitOverrides: Map<string, CalendarOverride[]>;
  units: Map<string, { parentId: string | null; sessions: OfficeSession[] | null }>;
}

/**
 * Working calendars per unit: province overrides, then the overrides of the unit and its
 * ancestors (root first, so the nearest wins), with the nearest ancestor's office sessions.
 * Calendars are shared between units with the same inputs. Cached for `ttlMs` and invalidated
 * locally on every change, so several app processes agree within `ttlMs`.
 */
export class CalendarProvider {
  private readonly tenants = new Map<string, TenantCalendarData>();
  private readonly calendars = new Map<string, WorkingCalendar>();

  constructor(private readonly ttlMs = 60_000) {}

  async forUnit(db: Executor, tenantId: string, unitId: string | null): Promise<WorkingCalendar> {
    const data = await this.load(db, tenantId);
    const chain = unitId ? this.ancestorChain(data, unitId) : [];
    const overrides = [
      ...data.provinceOverrides,
      ...chain.flatMap((id) => data.unitOverrides.get(id) ?? []),
    ];
    const sessions =
      [...chain]
        .reverse()
        .map((id) => data.units.get(id)?.sessions)
        .find((s) => s && s.length > 0) ?? DEFAULT_SESSIONS;
    const key = JSON.stringify([
      tenantId,
      sessions,
      chain.filter((id) => data.unitOverrides.has(id)),
    ]);
    let calendar = this.calendars.get(key);
    if (!calendar) {
      calendar = buildWorkingCalendar({
        fromYear: calendarYears.from,
        toYear: calendarYears.to,
        overrides,
        sessions,
      });
      this.calendars.set(key, calendar);
    }
    return calendar;
  }

  invalidate(tenantId: string): void {
    this.tenants.delete(tenantId);
    for (const key of this.calendars.keys())
      if (key.startsWith(`["${tenantId}"`)) this.calendars.delete(key);
  }

  private async load(db: Executor, tenantId: string): Promise<TenantCalendarData> {
    const cached = this.tenants.get(tenantId);
    if (cached && Date.now() - cached.loadedAt < this.ttlMs) return cached;
    if (cached) this.invalidate(tenantId);
    const [overrides, units] = await Promise.all([
      listTenantOverrides(db, tenantId),
      listUnitCalendarSettings(db, tenantId),
    ]);
    const data: TenantCalendarData = {
      loadedAt: Date.now(),
      provinceOverrides: [],
      unitOverrides: new Map(),
      units: new Map(
        units.map((u) => [u.id, { parentId: u.parentId, sessions: u.officeSessions }]),
      ),
    };
    for (const row of overrides) {
      const override: CalendarOverride = {
        date: row.date,
        kind: row.kind,
        name: row.name,
        ...(row.reason ? { reason: row.reason } : {}),
        ...(row.occasion ? { occasion: row.occasion } : {}),
      };
      if (!row.unitId) data.provinceOverrides.push(override);
      else
        data.unitOverrides.set(row.unitId, [
          ...(data.unitOverrides.get(row.unitId) ?? []),
          override,
        ]);
    }
    this.tenants.set(tenantId, data);
    return data;
  }

  /** Root first, the unit last. */
  private ancestorChain(data: TenantCalendarData, unitId: string): string[] {
    const chain: string[] = [];
    let current: string | null = unitId;
    while (current && chain.length < 20) {
      chain.unshift(current);
      current = data.units.get(current)?.parentId ?? null;
    }
    return chain;
  }
}
