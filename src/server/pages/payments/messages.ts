import type { Lang } from '../i18n/index.ts';

/**
 * Text of the payment, gateway and rating pages (issue #5 items 6 and 8): Vietnamese is the
 * reference, English has the same keys (the type checks it). Kept beside the pages so the shared
 * portal catalogue stays small.
 */
const vi = {
  money: (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} đồng`,
  checkLabel: '4 số cuối điện thoại hoặc số giấy tờ tùy thân của người nộp',
  checkHint: 'Để bảo vệ thông tin, trang chỉ hiện hồ sơ khi nhập đúng yếu tố xác minh.',
  continue: 'Tiếp tục',
  back: 'Quay lại',
  payTitle: (code: string) => `Thanh toán phí, lệ phí hồ sơ ${code}`,
  feeLines: 'Các khoản phí, lệ phí theo thủ tục đã công bố',
  feePer: (per: string) => `/ ${per}`,
  feeUnpriced: 'do cơ quan xác định',
  total: 'Tổng phải nộp',
  paid: 'Đã nộp',
  balance: 'Còn phải nộp',
  receipts: 'Biên lai đã cấp',
  receiptNo: 'Số biên lai',
  payOnline: 'Thanh toán trực tuyến',
  payOnlineNote:
    'Ông/Bà sẽ được chuyển sang cổng thanh toán. Khoản tiền được ghi nhận khi cổng báo thành công (Điều 24 Nghị định 118/2025/NĐ-CP).',
  nothingToPay: 'Hồ sơ không còn khoản phí, lệ phí nào phải nộp.',
  variableFee:
    'Phí của hồ sơ do cán bộ xác định khi tiếp nhận; vui lòng nộp tại quầy hoặc chờ thông báo.',
  onlineOff: 'Thanh toán trực tuyến hiện chưa hoạt động; vui lòng nộp tại Bộ phận Một cửa.',
  resultTitle: 'Kết quả thanh toán',
  resultPaid: (amount: string, receipt: string) =>
    `Đã thanh toán thành công ${amount}. Số biên lai điện tử: ${receipt}.`,
  resultPending: 'Đang chờ cổng thanh toán xác nhận… Trang tự cập nhật sau vài giây.',
  resultFailed: 'Thanh toán không thành công. Ông/Bà có thể thử lại.',
  tryAgain: 'Thử lại',
  lookup: 'Xem tình trạng hồ sơ',
  rateTitle: (code: string) => `Đánh giá việc giải quyết hồ sơ ${code}`,
  rateIntro:
    'Ý kiến của Ông/Bà được dùng để đánh giá chất lượng phục vụ của cơ quan và cán bộ (Điều 33, 34 Nghị định 118/2025/NĐ-CP). Mỗi hồ sơ đánh giá một lần trên mỗi kênh.',
  notApplicable: 'Không áp dụng',
  overall: 'Nhìn chung, Ông/Bà hài lòng ở mức nào?',
  comment: 'Ý kiến khác (không bắt buộc)',
  submitRating: 'Gửi đánh giá',
  thanks: 'Cảm ơn Ông/Bà đã đánh giá!',
  thanksDetail: 'Đánh giá đã được ghi nhận.',
  tabletTitle: (counter: number) => `Đánh giá tại quầy số ${counter}`,
  tabletWaiting: 'Mời Ông/Bà chờ cán bộ mời đánh giá.',
  tabletServed: (officer: string) => `Cán bộ phục vụ: ${officer}`,
  dossier: 'Hồ sơ',
  procedure: 'Thủ tục',
  applicant: 'Người nộp',
  errorTitle: 'Chưa thực hiện được',
  simTitle: 'Cổng thanh toán mô phỏng',
  simBanner: 'MÔ PHỎNG — dùng cho thử nghiệm và trình diễn, không trừ tiền thật.',
  simOrder: 'Đơn thanh toán',
  simAmount: 'Số tiền',
  simContent: 'Nội dung',
  simStatus: 'Trạng thái',
  simSucceed: 'Thanh toán thành công',
  simFail: 'Thất bại',
  simDone: 'Đơn đã được xử lý.',
  simBackToMerchant: 'Quay lại trang của cơ quan',
  simResend: 'Gửi lại thông báo cho cơ quan',
  simCallbacks: (n: number, status: number | null) =>
    `Đã gửi thông báo ${n} lần${status !== null ? ` (lần cuối: HTTP ${status || 'không kết nối được'})` : ''}.`,
  simStatuses: { created: 'Chờ thanh toán', succeeded: 'Thành công', failed: 'Thất bại' } as Record<
    string,
    string
  >,
};

const en: typeof vi = {
  money: (n: number) => `${new Intl.NumberFormat('en-US').format(n)} VND`,
  checkLabel: "Last 4 digits of the applicant's phone, or the applicant's ID number",
  checkHint: 'To protect personal data, the dossier shows only with the right check value.',
  continue: 'Continue',
  back: 'Back',
  payTitle: (code: string) => `Pay the fees of dossier ${code}`,
  feeLines: 'Fees and charges as published for the procedure',
  feePer: (per: string) => `/ ${per}`,
  feeUnpriced: 'set by the agency',
  total: 'Total due',
  paid: 'Paid',
  balance: 'Balance',
  receipts: 'Receipts issued',
  receiptNo: 'Receipt no.',
  payOnline: 'Pay online',
  payOnlineNote:
    'You will be taken to the payment gateway. The payment counts once the gateway confirms it (Decree 118/2025, Art. 24).',
  nothingToPay: 'Nothing is left to pay for this dossier.',
  variableFee:
    'The fee of this dossier is set by the officer; please pay at the counter or wait for notice.',
  onlineOff: 'Online payment is not available; please pay at the one-stop desk.',
  resultTitle: 'Payment result',
  resultPaid: (amount: string, receipt: string) => `Paid ${amount}. E-receipt number: ${receipt}.`,
  resultPending: 'Waiting for the gateway to confirm… This page refreshes in a few seconds.',
  resultFailed: 'The payment failed. You may try again.',
  tryAgain: 'Try again',
  lookup: 'Dossier status',
  rateTitle: (code: string) => `Rate the handling of dossier ${code}`,
  rateIntro:
    'Your answers are used to evaluate the agency and its officers (Decree 118/2025, Arts. 33–34). One rating per dossier per channel.',
  notApplicable: 'Not applicable',
  overall: 'Overall, how satisfied are you?',
  comment: 'Other comments (optional)',
  submitRating: 'Send rating',
  thanks: 'Thank you for your rating!',
  thanksDetail: 'Your rating has been recorded.',
  tabletTitle: (counter: number) => `Rating at counter ${counter}`,
  tabletWaiting: 'Please wait until the officer invites you to rate.',
  tabletServed: (officer: string) => `Served by: ${officer}`,
  dossier: 'Dossier',
  procedure: 'Procedure',
  applicant: 'Applicant',
  errorTitle: 'Not done',
  simTitle: 'Simulated payment gateway',
  simBanner: 'SIMULATION — for tests and demonstrations, no real money moves.',
  simOrder: 'Order',
  simAmount: 'Amount',
  simContent: 'Description',
  simStatus: 'Status',
  simSucceed: 'Payment succeeds',
  simFail: 'Payment fails',
  simDone: 'This order has been processed.',
  simBackToMerchant: 'Back to the agency',
  simResend: 'Send the notification again',
  simCallbacks: (n: number, status: number | null) =>
    `Notification sent ${n} time(s)${status !== null ? ` (last: HTTP ${status || 'no connection'})` : ''}.`,
  simStatuses: { created: 'Awaiting payment', succeeded: 'Succeeded', failed: 'Failed' },
};

export type PaymentMessages = typeof vi;

export function paymentMessages(lang: Lang): PaymentMessages {
  return lang === 'en' ? en : vi;
}
