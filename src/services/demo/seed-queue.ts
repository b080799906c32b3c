import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { SeededOrganisation } from './seed-organisation.ts';

interface DemoService {
  prefix: string;
  name: string;
  fields: string[];
  minutes: number;
}

interface DemoCounter {
  /** Index in the unit's counters of the organisation tree (…Q1, …Q2). */
  q: number;
  number: number;
  name: string;
  prefixes: string[];
  isPriority?: boolean;
  /** Demo account serving it from the start (open). */
  officer?: string;
}

/** The provincial centre: one service per group of counters of the fixture, plus results. */
const centreServices: DemoService[] = [
  {
    prefix: 'A',
    name: 'Tư pháp – Hộ tịch, Chứng thực',
    minutes: 10,
    fields: [
      'Hộ tịch',
      'Chứng thực',
      'Nuôi con nuôi',
      'Công chứng',
      'Luật sư',
      'Đấu giá tài sản',
      'Trợ giúp pháp lý',
      'Giám định tư pháp',
      'Thử nghiệm',
    ],
  },
  {
    prefix: 'B',
    name: 'Đăng ký kinh doanh, Đầu tư, Lao động',
    minutes: 15,
    fields: [
      'Thành lập và hoạt động của doanh nghiệp',
      'Đầu tư tại Việt nam',
      'Lao động',
      'Việc làm',
    ],
  },
  {
    prefix: 'C',
    name: 'Xây dựng, Giao thông, Nhà ở',
    minutes: 15,
    fields: [
      'Hoạt động xây dựng',
      'Quy hoạch đô thị và nông thôn',
      'Kiến trúc',
      'Nhà ở và công sở',
      'Kinh doanh bất động sản',
      'Đường bộ',
      'Hàng hải và đường thủy nội địa',
    ],
  },
  {
    prefix: 'D',
    name: 'Đất đai, Môi trường',
    minutes: 20,
    fields: [
      'Đất đai',
      'Đăng ký biện pháp bảo đảm',
      'Môi trường',
      'Tài nguyên nước',
      'Địa chất và khoáng sản',
      'Quản lý Đê điều và Phòng, chống thiên tai',
      'Thủy lợi',
    ],
  },
  {
    prefix: 'E',
    name: 'Y tế, Giáo dục',
    minutes: 12,
    fields: ['Dược phẩm', 'Khám bệnh, chữa bệnh', 'Văn bằng, chứng chỉ', 'Giáo dục và Đào tạo'],
  },
  {
    prefix: 'F',
    name: 'Công an: cư trú, căn cước, lý lịch tư pháp',
    minutes: 12,
    fields: ['Đăng ký, quản lý cư trú', 'Cấp, quản lý căn cước', 'Lý lịch tư pháp'],
  },
  { prefix: 'K', name: 'Nhận kết quả', minutes: 5, fields: [] },
];

const centreCounters: DemoCounter[] = [
  { q: 1, number: 1, name: 'Quầy 1 – Tư pháp, Nội vụ', prefixes: ['A', 'K'], officer: 'tiepnhan' },
  { q: 2, number: 2, name: 'Quầy 2 – Tài chính, Đăng ký kinh doanh', prefixes: ['B', 'K'] },
  { q: 3, number: 3, name: 'Quầy 3 – Xây dựng, Công Thương', prefixes: ['C', 'K'] },
  { q: 4, number: 4, name: 'Quầy 4 – Nông nghiệp và Môi trường, Đất đai', prefixes: ['D', 'K'] },
  { q: 5, number: 5, name: 'Quầy 5 – Y tế, Giáo dục, Văn hóa', prefixes: ['E', 'K'] },
  { q: 6, number: 6, name: 'Quầy 6 – Công an (ngành dọc)', prefixes: ['F'] },
  {
    q: 7,
    number: 7,
    name: 'Quầy ưu tiên – Người cao tuổi, phụ nữ có thai, người khuyết tật',
    prefixes: ['A', 'B', 'C', 'D', 'E', 'F', 'K'],
    isPriority: true,
  },
];

/** A ward centre with its two counters; counter 1 doubles as the priority counter. */
const communeServices: DemoService[] = [
  {
    prefix: 'A',
    name: 'Hộ tịch, Chứng thực',
    minutes: 8,
    fields: ['Hộ tịch', 'Chứng thực', 'Nuôi con nuôi', 'Hòa giải ở cơ sở', 'Thử nghiệm'],
  },
  {
    prefix: 'B',
    name: 'Đất đai, Xây dựng, Kinh tế',
    minutes: 15,
    fields: [
      'Đất đai',
      'Hoạt động xây dựng',
      'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
      'Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã',
      'Nhà ở và công sở',
    ],
  },
  {
    prefix: 'C',
    name: 'Văn hóa – Xã hội, Giáo dục',
    minutes: 10,
    fields: ['Giảm nghèo', 'Bảo trợ xã hội', 'Giáo dục và Đào tạo'],
  },
  { prefix: 'K', name: 'Nhận kết quả', minutes: 5, fields: [] },
];

const communeCounters: DemoCounter[] = [
  {
    q: 1,
    number: 1,
    name: 'Quầy 1 – Hộ tịch, Văn hóa – Xã hội (ưu tiên)',
    prefixes: ['A', 'C', 'K'],
    isPriority: true,
    officer: 'tiepnhan.phohien',
  },
  { q: 2, number: 2, name: 'Quầy 2 – Đất đai, Xây dựng, Kinh tế', prefixes: ['B', 'K'] },
];

/**
 * The demo queue (issue #5 item 1): services and counters of the provincial centre (where the
 * demo account `tiepnhan` works) and of Phường Phố Hiến's centre (`tiepnhan.phohien`); each of
 * those officers starts with counter 1 open.
 */
export async function seedDemoQueue(trx: Trx, org: SeededOrganisation): Promise<void> {
  const officers = new Map(
    (await trx.selectFrom('users').select(['id', 'username']).execute()).map((u) => [
      u.username,
      u.id,
    ]),
  );
  const commune = org.communes.find((c) => c.name === 'Phường Phố Hiến') ?? org.communes[0]!;
  await seedUnitQueue(trx, org, '000.00.31.H31', centreServices, centreCounters, officers);
  await seedUnitQueue(trx, org, commune.centreCode, communeServices, communeCounters, officers);
}

async function seedUnitQueue(
  trx: Trx,
  org: SeededOrganisation,
  unitCode: string,
  services: DemoService[],
  counters: DemoCounter[],
  officers: Map<string, string>,
): Promise<void> {
  const unitId = org.unitIdByCode.get(unitCode);
  if (!unitId) throw new Error(`demo queue: unknown unit ${unitCode}`);
  const serviceIds = new Map(services.map((s) => [s.prefix, newId()]));
  await trx
    .insertInto('queueServices')
    .values(
      services.map((s, i) => ({
        id: serviceIds.get(s.prefix)!,
        tenantId: org.tenantId,
        unitId,
        prefix: s.prefix,
        name: s.name,
        fields: s.fields,
        averageServiceMinutes: s.minutes,
        // Results are collected without an appointment.
        bookingEnabled: s.prefix !== 'K',
        sortOrder: i,
      })),
    )
    .execute();
  for (const c of counters) {
    const id = newId();
    const officerId = c.officer ? (officers.get(c.officer) ?? null) : null;
    await trx
      .insertInto('queueCounters')
      .values({
        id,
        tenantId: org.tenantId,
        unitId,
        counterUnitId: org.unitIdByCode.get(`${unitCode}.Q${c.q}`) ?? null,
        number: c.number,
        name: c.name,
        isPriority: c.isPriority ?? false,
        status: officerId ? 'open' : 'closed',
        officerId,
        statusChangedAt: officerId ? new Date() : null,
      })
      .execute();
    await trx
      .insertInto('queueCounterServices')
      .values(c.prefixes.map((p) => ({ counterId: id, serviceId: serviceIds.get(p)! })))
      .execute();
  }
}
