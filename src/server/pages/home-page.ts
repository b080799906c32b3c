import { html } from './html.ts';
import { renderLayout } from './layout.ts';

/** The public home page (the portal of issue #3 grows from here). */
export function renderHomePage(): string {
  return renderLayout({
    title: 'Trang chủ',
    body: html`<h1>Hệ thống giải quyết thủ tục hành chính</h1>
<p>Tiếp nhận, xử lý và trả kết quả hồ sơ theo cơ chế một cửa, một cửa liên thông
(Nghị định 118/2025/NĐ-CP).</p>
<div class="card">
<h2>Cán bộ, công chức</h2>
<p><a href="/app/login">Đăng nhập hệ thống xử lý hồ sơ</a></p>
</div>
<div class="card">
<h2>Lịch làm việc</h2>
<p>Tra cứu ngày nghỉ lễ, nghỉ bù và ngày làm bù:
<a href="/api/v1/calendar/days?from=2026-01-01&amp;to=2026-12-31">lịch năm 2026 (JSON)</a>.</p>
</div>`,
  });
}
