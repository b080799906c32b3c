import { formatInstant } from '../../lib/dates.ts';
import type { ManagedUser } from '../../lib/types.ts';
import { describeMembership, getUserStatus, userStatusLabels } from './user-status.ts';

/** Users with their memberships ("role @ unit") and status; "Quản lý" opens the user's dialog. */
export function UserTable({
  users,
  onManage,
}: {
  users: ManagedUser[];
  onManage: (user: ManagedUser) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Danh sách người dùng</caption>
        <thead>
          <tr>
            <th scope="col">Tên đăng nhập</th>
            <th scope="col">Họ và tên</th>
            <th scope="col">Vai trò @ đơn vị</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Đăng nhập gần nhất</th>
            <th scope="col">
              <span className="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const status = getUserStatus(user);
            return (
              <tr key={user.id}>
                <td className="nowrap">{user.username}</td>
                <td>
                  {user.fullName}
                  {user.title && <span className="muted small block">{user.title}</span>}
                </td>
                <td>
                  <ul className="plain-list">
                    {user.memberships.map((m) => (
                      <li key={m.id}>{describeMembership(m)}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  <span className={`chip chip-${status}`}>{userStatusLabels[status]}</span>
                </td>
                <td className="nowrap">{formatInstant(user.lastLoginAt) || '—'}</td>
                <td>
                  <button
                    type="button"
                    className="button-small"
                    aria-label={`Quản lý ${user.username}`}
                    onClick={() => onManage(user)}
                  >
                    Quản lý
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
