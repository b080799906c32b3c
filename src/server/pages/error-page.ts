import type { ErrorBody } from '../http-errors.ts';
import { html } from './html.ts';
import { renderLayout } from './layout.ts';
import type { PageContext } from './page-context.ts';

const titles: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Cần đăng nhập',
  403: 'Không có quyền truy cập',
  404: 'Không tìm thấy trang',
  409: 'Xung đột dữ liệu',
  413: 'Dữ liệu quá lớn',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
  503: 'Hệ thống tạm thời gián đoạn',
};

/** A clear Vietnamese error page for people, with the request id for support. */
export function renderErrorPage(status: number, body: ErrorBody): string {
  const title = titles[status] ?? 'Đã xảy ra lỗi';
  return renderLayout({
    title,
    body: html`<div class="card" role="alert">
<h1>${title}</h1>
<p>${body.message}</p>
<p><small>Mã lỗi: ${body.code}${body.requestId ? html` · Mã yêu cầu: ${body.requestId}` : ''}</small></p>
<p><a href="/">Về trang chủ</a></p>
</div>`,
  });
}

/** The portal's own "not found" page, in the visitor's language, with a way back to search. */
export function renderNotFoundPage(page: PageContext, message: string): string {
  const { t } = page;
  return renderLayout({
    title: t.notFoundTitle,
    page,
    body: html`<div class="card" role="alert">
<h1>${t.notFoundTitle}</h1>
<p>${message}</p>
<p><a href="/thu-tuc">${t.notFoundSearchInstead}</a> · <a href="/">${t.backHome}</a></p>
</div>`,
  });
}
