import ExcelJS from 'exceljs';
import type { ReconciliationReport } from './reconcile-payments.ts';
import type { FeeSettlementReport } from './report-fee-settlement.ts';

type Sheet = ExcelJS.Worksheet;
const money = '#,##0';

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Array<{ header: string; key: string; width: number; money?: boolean }>,
): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    ...(c.money ? { style: { numFmt: money } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

const groups = [
  ['matched', 'Khớp'],
  ['missingOnOurSide', 'Cổng đã thu, hệ thống chưa ghi nhận'],
  ['missingOnGateway', 'Hệ thống ghi đã thu, cổng không có'],
  ['amountMismatches', 'Lệch số tiền'],
] as const;

/** The reconciliation report as a workbook: one row per order with its finding, and the totals. */
export async function renderReconciliationXlsx(report: ReconciliationReport, now: Date) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Một Cửa';
  workbook.created = now;
  const sheet = addSheet(workbook, 'Đối soát', [
    { header: 'Kết quả đối soát', key: 'finding', width: 34 },
    { header: 'Mã hồ sơ', key: 'dossierCode', width: 28 },
    { header: 'Mã giao dịch (hệ thống)', key: 'paymentId', width: 38 },
    { header: 'Mã đơn (cổng)', key: 'gatewayOrderId', width: 38 },
    { header: 'Số tiền ghi nhận (đồng)', key: 'ourAmountVnd', width: 16, money: true },
    { header: 'Số tiền cổng (đồng)', key: 'gatewayAmountVnd', width: 16, money: true },
    { header: 'Thời điểm thanh toán', key: 'paidAt', width: 26 },
    { header: 'Thời điểm chuyển về tài khoản', key: 'settledAt', width: 26 },
    { header: 'Chuyển trong 8 giờ làm việc (Điều 24)', key: 'settlement', width: 34 },
  ]);
  for (const [key, finding] of groups) {
    for (const pair of report[key]) {
      sheet.addRow({ ...pair, finding, settlement: pair.settlement?.label ?? '' });
    }
  }
  const totals = addSheet(workbook, 'Tổng hợp', [
    { header: 'Chỉ tiêu', key: 'label', width: 44 },
    { header: 'Số tiền (đồng)', key: 'value', width: 20, money: true },
  ]);
  totals.addRows([
    { label: `Kỳ: ${report.from} – ${report.to}`, value: null },
    { label: 'Cổng thanh toán đã thu', value: report.totals.gatewayVnd },
    { label: 'Hệ thống ghi nhận thu trực tuyến', value: report.totals.recordedVnd },
    { label: 'Chênh lệch', value: report.totals.differenceVnd },
    { label: 'Thu tiền mặt tại quầy', value: report.totals.cashVnd },
    { label: 'Thu chuyển khoản', value: report.totals.transferVnd },
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Fees per agency per month as a workbook (Decree 118/2025 Art. 12 monthly settlement). */
export async function renderSettlementXlsx(report: FeeSettlementReport, now: Date) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Một Cửa';
  workbook.created = now;
  const sheet = addSheet(workbook, 'Quyết toán phí theo tháng', [
    { header: 'Tháng', key: 'month', width: 10 },
    { header: 'Mã cơ quan', key: 'agencyCode', width: 18 },
    { header: 'Cơ quan giải quyết', key: 'agencyName', width: 40 },
    { header: 'Số khoản thu', key: 'count', width: 12 },
    { header: 'Tiền mặt (đồng)', key: 'cashVnd', width: 16, money: true },
    { header: 'Chuyển khoản (đồng)', key: 'transferVnd', width: 16, money: true },
    { header: 'Trực tuyến (đồng)', key: 'onlineVnd', width: 16, money: true },
    { header: 'Tổng cộng (đồng)', key: 'totalVnd', width: 18, money: true },
    { header: 'Trực tuyến chuyển đúng 8 giờ', key: 'onTime', width: 14 },
    { header: 'Trực tuyến chuyển quá 8 giờ', key: 'late', width: 14 },
    { header: 'Trực tuyến chưa chuyển', key: 'unsettled', width: 14 },
  ]);
  for (const row of report.rows) {
    sheet.addRow({
      ...row,
      agencyCode: row.agency.code,
      agencyName: row.agency.name,
      onTime: row.onlineSettlement.on_time,
      late: row.onlineSettlement.late,
      unsettled: row.onlineSettlement.pending + row.onlineSettlement.overdue,
    });
  }
  const total = sheet.addRow({ agencyName: 'Tổng cộng', totalVnd: report.totalVnd });
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
