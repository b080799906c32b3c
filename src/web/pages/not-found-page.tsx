import { Link } from '../components/link.tsx';
import { appBase } from '../lib/router.ts';
import { usePageTitle } from '../lib/use-page-title.ts';

export function NotFoundPage() {
  usePageTitle('Không tìm thấy trang');
  return (
    <div className="page">
      <h1>Không tìm thấy trang</h1>
      <p>
        Địa chỉ này không có trong hệ thống. <Link href={`${appBase}/`}>Về trang đầu</Link>
      </p>
    </div>
  );
}
