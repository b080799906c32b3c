import type { Role } from '../../core/organisation/roles.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { hashPassword } from '../auth/passwords.ts';

export const demoPassword = 'demo12345';

export interface DemoAccount {
  username: string;
  fullName: string;
  title: string;
  memberships: Array<{ unitCode: string; role: Role }>;
}

/** One account per role (issue #2), plus a commune team for Phường Phố Hiến. Names are fictional. */
export const demoAccounts: DemoAccount[] = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    title: 'Quản trị viên',
    memberships: [{ unitCode: '000.00.00.H31', role: 'admin' }],
  },
  {
    username: 'tiepnhan',
    fullName: 'Nguyễn Thị Hoa',
    title: 'Công chức tiếp nhận',
    memberships: [{ unitCode: '000.00.31.H31', role: 'reception' }],
  },
  {
    username: 'chuyenvien',
    fullName: 'Trần Văn Minh',
    title: 'Chuyên viên',
    memberships: [{ unitCode: '000.01.03.H31', role: 'specialist' }],
  },
  {
    username: 'truongphong',
    fullName: 'Lê Thị Lan',
    title: 'Trưởng phòng Hành chính tư pháp',
    memberships: [{ unitCode: '000.01.03.H31', role: 'head' }],
  },
  {
    username: 'lanhdao',
    fullName: 'Phạm Quốc Hùng',
    title: 'Giám đốc Sở Tư pháp',
    memberships: [{ unitCode: '000.00.03.H31', role: 'leader' }],
  },
  {
    username: 'giamsat',
    fullName: 'Vũ Thị Mai',
    title: 'Chuyên viên giám sát, Văn phòng UBND tỉnh',
    memberships: [{ unitCode: '000.00.00.H31', role: 'monitor' }],
  },
  {
    username: 'kiemsoat',
    fullName: 'Đỗ Văn Nam',
    title: 'Công chức kiểm soát TTHC',
    memberships: [{ unitCode: '000.00.00.H31', role: 'catalogue' }],
  },
  {
    // A second province-level catalogue officer: review and publication need four eyes.
    username: 'kiemsoat.duyet',
    fullName: 'Phan Thị Hạnh',
    title: 'Công chức kiểm soát TTHC (duyệt)',
    memberships: [{ unitCode: '000.00.00.H31', role: 'catalogue' }],
  },
  {
    username: 'tiepnhan.phohien',
    fullName: 'Hoàng Thị Thu',
    title: 'Công chức tiếp nhận phường Phố Hiến',
    memberships: [{ unitCode: 'H31.11953.TT', role: 'reception' }],
  },
  {
    username: 'chuyenvien.phohien',
    fullName: 'Ngô Văn Tuấn',
    title: 'Công chức tư pháp – hộ tịch',
    memberships: [{ unitCode: 'H31.11953.01', role: 'specialist' }],
  },
  {
    username: 'truongphong.phohien',
    fullName: 'Bùi Thị Hằng',
    title: 'Chánh Văn phòng HĐND và UBND phường',
    memberships: [{ unitCode: 'H31.11953.01', role: 'head' }],
  },
  {
    username: 'lanhdao.phohien',
    fullName: 'Đặng Văn Long',
    title: 'Phó Chủ tịch UBND phường Phố Hiến',
    memberships: [{ unitCode: 'H31.11953', role: 'leader' }],
  },
];

export async function seedDemoUsers(
  trx: Trx,
  tenantId: string,
  unitIdByCode: Map<string, string>,
): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  for (const account of demoAccounts) {
    const userId = newId();
    await trx
      .insertInto('users')
      .values({
        id: userId,
        tenantId,
        username: account.username,
        fullName: account.fullName,
        title: account.title,
        passwordHash,
        isDemo: true,
      })
      .execute();
    for (const m of account.memberships) {
      const unitId = unitIdByCode.get(m.unitCode);
      if (!unitId) throw new Error(`demo account ${account.username}: unknown unit ${m.unitCode}`);
      await trx
        .insertInto('memberships')
        .values({ id: newId(), tenantId, userId, unitId, role: m.role })
        .execute();
    }
  }
}
