/**
 * Builds fixtures/procedures/demo-procedures.json from the real national-portal sample in
 * ../shared/data/procedures (not part of this repository): picks procedures, maps them to our
 * record schema and to the demo province's agencies, then appends the hand-written illustrative
 * procedures of fixtures/procedures/illustrative-procedures.json (health, education, labour: the
 * sample has none). Run: npx tsx scripts/build-demo-catalogue.ts
 * The output is committed; rerun only to change the selection. fixtures/procedures/README.md
 * explains the selection, the deadline fixes and the counts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  type DeadlineUnit,
  type ProcedureRecord,
  procedureRecordSchema,
} from '../src/core/catalogue/procedure-record.ts';

const source = new URL('../../shared/data/procedures/procedures-sample.json', import.meta.url);
const illustrativeFile = new URL(
  '../fixtures/procedures/illustrative-procedures.json',
  import.meta.url,
);
const output = new URL('../fixtures/procedures/demo-procedures.json', import.meta.url);
const departments = JSON.parse(
  readFileSync(new URL('../fixtures/org/departments.json', import.meta.url), 'utf8'),
);

// biome-ignore lint/suspicious/noExplicitAny: the source JSON is untyped; zod validates the result.
type Raw = Record<string, any>;

/**
 * The demo selection, in output order. The first 18 are the well-known procedures of issue #2
 * (keep them first, in this order). The rest (issue #3) spread over the fields a province and its
 * communes handle, local levels only (tỉnh, xã): no tax, customs, banking or treasury (central
 * or vertical bodies), no border-area or foreign-border transport procedures (Hưng Yên has no
 * land border), no "6.xxxxxx" internal procedures, no record with a fee flagged implausible.
 * Left out on purpose: 2.000986 (liên thông khai sinh – thường trú – BHYT): its long name repeats
 * "đăng ký", so word_similarity ranks it above 1.001193 for the typo query "dang ki kai sinh"
 * (tests/integration/catalogue-search.test.ts); see fixtures/procedures/README.md.
 */
const selection: Record<string, string[]> = {
  'issue #2': [
    '1.001193',
    '1.000894',
    '1.000656',
    '1.000689',
    '1.004884',
    '2.000806',
    '2.000635',
    '2.000815',
    '1.001612',
    '2.000720',
    '1.013225',
    '1.013229',
    '1.013231',
    '1.013978',
    '1.012753',
    '1.012783',
    '1.013831',
    '3.000333',
  ],
  'Hộ tịch (xã)': [
    '1.001022', // nhận cha, mẹ, con
    '1.004873', // xác nhận tình trạng hôn nhân
    '1.004859', // thay đổi, cải chính, bổ sung thông tin hộ tịch
    '1.004746', // đăng ký lại kết hôn
    '1.005461', // đăng ký lại khai tử
    '1.004772', // khai sinh cho người đã có hồ sơ, giấy tờ cá nhân
    '2.000528', // khai sinh có yếu tố nước ngoài
    '1.001766', // khai tử có yếu tố nước ngoài
    '1.001695', // khai sinh kết hợp nhận cha, mẹ, con có yếu tố nước ngoài
    '1.004837', // giám hộ
    '1.004845', // chấm dứt giám hộ
    '1.003583', // khai sinh lưu động
    '1.000593', // kết hôn lưu động
    '2.002189', // ghi vào Sổ hộ tịch việc kết hôn ở nước ngoài
    '2.000554', // ghi vào Sổ hộ tịch việc ly hôn ở nước ngoài
    '3.000323', // giám sát việc giám hộ
    '1.000419', // khai tử lưu động
    '3.000322', // chấm dứt giám sát việc giám hộ
  ],
  'Chứng thực, nuôi con nuôi, hòa giải (xã)': [
    '2.000884', // chứng thực chữ ký
    '2.000992', // chứng thực chữ ký người dịch là cộng tác viên
    '2.001008', // chứng thực chữ ký người dịch không phải cộng tác viên
    '2.000913', // chứng thực sửa đổi, bổ sung, hủy bỏ giao dịch
    '2.001016', // chứng thực văn bản từ chối nhận di sản
    '2.001019', // chứng thực di chúc
    '2.001406', // chứng thực văn bản phân chia di sản
    '2.001255', // đăng ký lại việc nuôi con nuôi trong nước
    '1.002211', // công nhận hòa giải viên
    '2.002080', // thanh toán thù lao cho hòa giải viên
  ],
  'Bổ trợ tư pháp, nuôi con nuôi (Sở Tư pháp)': [
    '1.003179', // đăng ký lại việc nuôi con nuôi có yếu tố nước ngoài
    '1.013834', // thành lập Văn phòng công chứng
    '1.013835', // đăng ký hoạt động Văn phòng công chứng
    '1.013859', // cấp thẻ công chứng viên
    '1.013830', // cấp lại thẻ công chứng viên
    '1.000828', // cấp chứng chỉ hành nghề luật sư
    '1.002153', // đăng ký hành nghề luật sư với tư cách cá nhân
    '1.002099', // đăng ký hoạt động chi nhánh của tổ chức hành nghề luật sư
    '1.003915', // cấp chứng chỉ hành nghề đấu giá
    '2.001395', // đăng ký hoạt động của doanh nghiệp đấu giá tài sản
    '2.001333', // thay đổi nội dung đăng ký hoạt động doanh nghiệp đấu giá
    '2.000587', // cấp thẻ cộng tác viên trợ giúp pháp lý
    '2.000596', // đăng ký tham gia trợ giúp pháp lý
    '1.000802', // cấp lại chứng chỉ hành nghề đấu giá
    '1.001122', // bổ nhiệm và cấp thẻ giám định viên tư pháp
  ],
  'Đăng ký kinh doanh: hộ kinh doanh, hợp tác xã (xã)': [
    '1.001570', // tạm ngừng, tiếp tục kinh doanh của hộ kinh doanh
    '1.001266', // chấm dứt hoạt động hộ kinh doanh
    '1.014034', // cập nhật, hiệu đính thông tin đăng ký hộ kinh doanh
    '2.000575', // cấp lại, cấp đổi Giấy chứng nhận đăng ký hộ kinh doanh
    '1.005280', // đăng ký thành lập hợp tác xã
    '1.005277', // đăng ký thay đổi nội dung đăng ký hợp tác xã
    '1.004982', // đăng ký giải thể hợp tác xã
    '1.004901', // cấp đổi Giấy chứng nhận đăng ký hợp tác xã
    '2.002637', // đăng ký thành lập tổ hợp tác
    '2.002641', // tạm ngừng, tiếp tục kinh doanh của tổ hợp tác, hợp tác xã
    '2.002638', // cấp lại Giấy chứng nhận đăng ký tổ hợp tác, hợp tác xã
  ],
  'Đăng ký doanh nghiệp, đầu tư (Sở Tài chính)': [
    '2.001610', // thành lập doanh nghiệp tư nhân
    '2.001583', // thành lập công ty TNHH một thành viên
    '2.001199', // thành lập công ty TNHH hai thành viên trở lên
    '2.002043', // thành lập công ty cổ phần
    '2.002029', // tạm ngừng, tiếp tục kinh doanh của doanh nghiệp
    '2.002023', // giải thể doanh nghiệp
    '1.010010', // dừng thực hiện thủ tục đăng ký doanh nghiệp
    '1.009664', // cấp Giấy chứng nhận đăng ký đầu tư
    '1.009665', // cấp lại, hiệu đính Giấy chứng nhận đăng ký đầu tư
  ],
  'Đất đai': [
    '1.012786', // cấp lại Giấy chứng nhận do bị mất
    '1.012784', // tách thửa, hợp thửa
    '1.012790', // đính chính Giấy chứng nhận
    '1.012787', // cấp Giấy chứng nhận cho người nhận chuyển nhượng
    '1.013833', // đăng ký biến động: đổi tên, thay đổi thông tin người sử dụng đất
    '1.013992', // chuyển mục đích sử dụng đất không phải xin phép
    '1.013988', // xóa ghi nợ tiền sử dụng đất, lệ phí trước bạ
    '1.013995', // đăng ký tài sản gắn liền với đất
    '1.012781', // cấp Giấy chứng nhận cho diện tích tăng thêm do thay đổi ranh giới
    '1.012812', // hòa giải tranh chấp đất đai (xã)
    '1.013967', // giải quyết tranh chấp đất đai của Chủ tịch UBND cấp xã
    '1.012796', // đính chính Giấy chứng nhận cấp lần đầu (xã)
    '1.012817', // xác định lại diện tích đất ở (xã)
    '1.013979', // tặng cho quyền sử dụng đất cho Nhà nước, mở đường (xã)
    '1.011441', // đăng ký thế chấp quyền sử dụng đất
    '1.011443', // xóa đăng ký thế chấp quyền sử dụng đất
    '1.011442', // đăng ký thay đổi thế chấp quyền sử dụng đất
  ],
  'Xây dựng, quy hoạch, kiến trúc': [
    '1.013226', // điều chỉnh giấy phép xây dựng cấp III, IV (xã)
    '1.013227', // gia hạn giấy phép xây dựng cấp III, IV (xã)
    '1.013228', // cấp lại giấy phép xây dựng cấp III, IV (xã)
    '1.013232', // giấy phép di dời cấp III, IV (xã)
    '1.013233', // gia hạn giấy phép xây dựng cấp đặc biệt, I, II
    '1.013235', // cấp lại giấy phép xây dựng cấp đặc biệt, I, II
    '1.014159', // cung cấp thông tin quy hoạch
    '1.008891', // cấp chứng chỉ hành nghề kiến trúc
    '1.008989', // cấp lại chứng chỉ hành nghề kiến trúc
  ],
  'Nhà ở, kinh doanh bất động sản': [
    '1.012888', // công nhận Ban quản trị nhà chung cư (xã)
    '1.014632', // đăng ký mua, thuê mua, thuê nhà ở xã hội (xã)
    '1.012896', // cho thuê, thuê mua nhà ở xã hội vốn đầu tư công
    '1.012890', // gia hạn sở hữu nhà ở của tổ chức, cá nhân nước ngoài
    '1.012891', // cho thuê nhà ở công vụ
    '1.012900', // giấy phép hoạt động sàn giao dịch bất động sản
    '1.012910', // cấp lại chứng chỉ hành nghề môi giới bất động sản
  ],
  'Giao thông: đường bộ, đường thủy nội địa': [
    '1.000703', // giấy phép kinh doanh vận tải bằng xe ô tô
    '2.002287', // cấp lại giấy phép kinh doanh vận tải (bị mất, hỏng)
    '2.002288', // cấp, cấp lại phù hiệu xe kinh doanh vận tải
    '2.002285', // đăng ký khai thác tuyến vận tải hành khách cố định
    '1.000028', // giấy phép lưu hành xe quá tải trọng, quá khổ giới hạn
    '1.013274', // sử dụng tạm thời lòng đường, vỉa hè
    '1.013061', // giấy phép thi công trên đường bộ đang khai thác
    '1.000660', // công bố đưa bến xe khách vào khai thác
    '1.001777', // giấy phép đào tạo lái xe, giấy phép xe tập lái
    '1.001765', // giấy chứng nhận giáo viên dạy thực hành lái xe
    '1.004088', // đăng ký phương tiện thủy nội địa lần đầu
    '1.004047', // đăng ký lần đầu phương tiện thủy nội địa đang khai thác
    '1.003930', // cấp lại Giấy chứng nhận đăng ký phương tiện thủy nội địa
    '2.001659', // xóa đăng ký phương tiện thủy nội địa
    '1.009454', // công bố hoạt động bến thủy nội địa (xã)
    '1.003658', // công bố lại hoạt động bến thủy nội địa (xã)
    '2.001215', // đăng ký phương tiện vui chơi, giải trí dưới nước (xã)
  ],
  'Công an tỉnh (lý lịch tư pháp, cư trú, căn cước)': [
    '3.000334', // phiếu lý lịch tư pháp theo yêu cầu của cơ quan, tổ chức
    '1.004222', // đăng ký thường trú
    '1.003197', // xóa đăng ký thường trú
    '1.004194', // đăng ký tạm trú
    '1.010041', // xác nhận thông tin về cư trú
    '1.010028', // xóa đăng ký tạm trú
    '1.010038', // tách hộ
    '1.014061', // cấp thẻ căn cước cho người từ đủ 14 tuổi
    '1.014064', // cấp lại thẻ căn cước
  ],
  'Môi trường, tài nguyên nước, khoáng sản, đê điều': [
    '1.010727', // giấy phép môi trường (cấp tỉnh)
    '1.010729', // điều chỉnh giấy phép môi trường
    '1.010733', // thẩm định báo cáo đánh giá tác động môi trường
    '1.010736', // tham vấn trong đánh giá tác động môi trường (xã)
    '1.004223', // giấy phép khai thác nước dưới đất
    '1.004122', // giấy phép hành nghề khoan nước dưới đất
    '2.001738', // gia hạn giấy phép hành nghề khoan nước dưới đất
    '1.004179', // giấy phép khai thác nước mặt
    '2.002835', // đăng ký khai thác nước mặt, sử dụng mặt nước
    '1.014279', // giấy phép khai thác tận thu khoáng sản
    '1.013644', // cấp phép hoạt động liên quan đến đê điều
    '1.004427', // giấy phép hoạt động trong phạm vi bảo vệ công trình thủy lợi
  ],
  'Nông nghiệp, giảm nghèo (xã)': [
    '1.008004', // chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa
    '1.012836', // hỗ trợ vật tư phối giống nhân tạo gia súc
    '2.001621', // hỗ trợ thủy lợi nhỏ, thủy lợi nội đồng
    '3.000250', // phương án quản lý rừng bền vững (hộ gia đình, cá nhân)
    '1.011607', // công nhận hộ nghèo, hộ cận nghèo thường xuyên
    '1.011608', // công nhận hộ thoát nghèo, thoát cận nghèo thường xuyên
  ],
};

interface DeadlineFix {
  amount: number;
  unit: DeadlineUnit;
  why: string;
}

/**
 * Procedures whose published deadline is missing or wrong on the portal: every channel takes
 * what the law (or the procedure's own steps text) says.
 */
const deadlineFixes: Record<string, DeadlineFix> = {
  '1.001193': {
    amount: 0,
    unit: 'same_day',
    why: 'Luật Hộ tịch 2014 Điều 16: ngay trong ngày tiếp nhận hồ sơ đầy đủ',
  },
  '1.000894': {
    amount: 0,
    unit: 'same_day',
    why: 'Luật Hộ tịch 2014 Điều 18: ngay sau khi nhận đủ giấy tờ',
  },
  '1.000656': {
    amount: 0,
    unit: 'same_day',
    why: 'Luật Hộ tịch 2014 Điều 34: ngay sau khi nhận đủ giấy tờ',
  },
  '2.000635': {
    amount: 0,
    unit: 'same_day',
    why: 'cấp bản sao trích lục: trong ngày; sau 15:00 trả ngày làm việc tiếp theo',
  },
  '2.000815': {
    amount: 0,
    unit: 'same_day',
    why: 'Nghị định 23/2015 Điều 7: trong ngày; sau 15:00 trả ngày làm việc tiếp theo',
  },
  '1.001612': { amount: 3, unit: 'working_days', why: 'đăng ký hộ kinh doanh: 03 ngày làm việc' },
  '2.000720': {
    amount: 3,
    unit: 'working_days',
    why: 'thay đổi đăng ký hộ kinh doanh: 03 ngày làm việc',
  },
  // Issue #3. Civil status: the portal's bare "1" means "on the day" for these.
  '2.000528': {
    amount: 0,
    unit: 'same_day',
    why: 'khai sinh có yếu tố nước ngoài: ngay sau khi nhận đủ giấy tờ; sau 15:00 trả ngày làm việc tiếp theo (trình tự trên Cổng)',
  },
  '1.001766': {
    amount: 0,
    unit: 'same_day',
    why: 'khai tử có yếu tố nước ngoài: ngay sau khi nhận đủ giấy tờ; sau 15:00 trả ngày làm việc tiếp theo (trình tự trên Cổng)',
  },
  '1.004859': {
    amount: 3,
    unit: 'working_days',
    why: 'Luật Hộ tịch 2014 Điều 28: thay đổi, cải chính hộ tịch 03 ngày làm việc (bổ sung thông tin: trong ngày); Cổng ghi "1" không đơn vị',
  },
  // Certification: the portal states no time at all.
  '2.000884': {
    amount: 0,
    unit: 'same_day',
    why: 'Nghị định 23/2015 Điều 7: chứng thực chữ ký trong ngày; sau 15:00 trả ngày làm việc tiếp theo',
  },
  '2.000992': {
    amount: 0,
    unit: 'same_day',
    why: 'Nghị định 23/2015 Điều 7: chứng thực chữ ký người dịch trong ngày; sau 15:00 trả ngày làm việc tiếp theo',
  },
  '2.001008': {
    amount: 0,
    unit: 'same_day',
    why: 'Nghị định 23/2015 Điều 7: chứng thực chữ ký người dịch trong ngày; sau 15:00 trả ngày làm việc tiếp theo',
  },
  '2.000913': {
    amount: 2,
    unit: 'working_days',
    why: 'Nghị định 23/2015 Điều 7: chứng thực hợp đồng, giao dịch và việc sửa đổi, bổ sung, hủy bỏ không quá 02 ngày làm việc',
  },
  '2.001016': {
    amount: 2,
    unit: 'working_days',
    why: 'Nghị định 23/2015 Điều 7: chứng thực hợp đồng, giao dịch không quá 02 ngày làm việc',
  },
  '2.001019': {
    amount: 2,
    unit: 'working_days',
    why: 'Nghị định 23/2015 Điều 7: chứng thực hợp đồng, giao dịch không quá 02 ngày làm việc',
  },
  '2.001406': {
    amount: 2,
    unit: 'working_days',
    why: 'Nghị định 23/2015 Điều 7: chứng thực hợp đồng, giao dịch không quá 02 ngày làm việc',
  },
  // Business registration: the portal shows "1" where the steps text gives a longer time.
  '1.001266': {
    amount: 5,
    unit: 'working_days',
    why: 'trình tự trên Cổng: trong 05 ngày làm việc kể từ ngày nhận hồ sơ, cơ quan đăng ký kinh doanh cấp xã chuyển tình trạng pháp lý của hộ kinh doanh; Cổng ghi "1"',
  },
  '1.014034': {
    amount: 3,
    unit: 'working_days',
    why: 'trình tự trên Cổng: cập nhật, bổ sung thông tin 01 ngày làm việc, hiệu đính 03 ngày làm việc (lấy thời hạn dài hơn); Cổng ghi "1"',
  },
  '2.000575': {
    amount: 3,
    unit: 'working_days',
    why: 'trình tự trên Cổng: cấp lại 01 ngày làm việc, cấp đổi 03 ngày làm việc (lấy thời hạn dài hơn); Cổng ghi "1"',
  },
  '2.002023': {
    amount: 5,
    unit: 'working_days',
    why: 'trình tự trên Cổng: trong 05 ngày làm việc kể từ ngày nhận hồ sơ đăng ký giải thể, Cơ quan đăng ký kinh doanh cấp tỉnh chuyển tình trạng pháp lý; Cổng ghi "1"',
  },
};

/**
 * Procedures whose portal deadline is a bare number ("5", no unit): the figure is kept and read
 * in working days, the unit civil-status and business-registration deadlines are counted in.
 * Only the channels without a unit are touched.
 */
const bareFigureInWorkingDays: Record<string, string> = {
  '1.000689': 'Luật Hộ tịch 2014 Điều 25: 03 ngày làm việc',
  '1.004884': 'đăng ký lại khai sinh: thời hạn hộ tịch tính theo ngày làm việc',
  '2.000806': 'kết hôn có yếu tố nước ngoài: thời hạn hộ tịch tính theo ngày làm việc',
  '1.001022': 'Luật Hộ tịch 2014 Điều 25: 03 ngày làm việc',
  '1.004873': 'xác nhận tình trạng hôn nhân: 03 ngày làm việc (trình tự trên Cổng)',
  '1.004746': 'đăng ký lại kết hôn: thời hạn hộ tịch tính theo ngày làm việc',
  '1.005461': 'đăng ký lại khai tử: thời hạn hộ tịch tính theo ngày làm việc',
  '1.004772': 'thời hạn hộ tịch tính theo ngày làm việc',
  '2.002189': 'ghi chú kết hôn: thời hạn hộ tịch tính theo ngày làm việc',
  '2.000554': 'ghi chú ly hôn: thời hạn hộ tịch tính theo ngày làm việc',
  '3.000323': 'đăng ký giám sát việc giám hộ: thời hạn hộ tịch tính theo ngày làm việc',
  '3.000322': 'chấm dứt giám sát việc giám hộ: thời hạn hộ tịch tính theo ngày làm việc',
  '1.001570': 'trình tự trên Cổng: trong thời hạn 01 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ',
  '2.002029': 'trình tự trên Cổng: trong thời hạn 01 ngày làm việc kể từ ngày nhận hồ sơ',
};

/** Fully online (toàn trình) in national practice; the rest with an online channel: partial. */
const fullyOnline = new Set([
  '1.001193', // khai sinh
  '1.000656', // khai tử
  '2.000635', // bản sao trích lục hộ tịch
  '1.004873', // xác nhận tình trạng hôn nhân
  '1.001612', // hộ kinh doanh: thành lập, thay đổi, tạm ngừng, chấm dứt, cập nhật, cấp lại
  '2.000720',
  '1.001570',
  '1.001266',
  '1.014034',
  '2.000575',
  '2.001610', // doanh nghiệp: thành lập, tạm ngừng
  '2.001583',
  '2.001199',
  '2.002043',
  '2.002029',
  '3.000333', // phiếu lý lịch tư pháp
  '1.004222', // cư trú
  '1.003197',
  '1.004194',
  '1.010041',
  '1.010028',
  '2.002288', // phù hiệu xe
  '1.000703', // giấy phép kinh doanh vận tải
]);

/** Steps or legal-basis texts longer than this are cut (with an ellipsis and a pointer). */
const maxTextLength = 8000;

/** Divisions of provincial agencies by field, when it is not the agency's first division. */
const provinceDivision: Record<string, string> = {
  'Đất đai': 'Văn phòng Đăng ký đất đai',
  'Đăng ký biện pháp bảo đảm': 'Văn phòng Đăng ký đất đai',
  'Môi trường': 'Phòng Môi trường',
  'Tài nguyên nước': 'Phòng Tài nguyên nước, khoáng sản',
  'Địa chất và khoáng sản': 'Phòng Tài nguyên nước, khoáng sản',
  'Quản lý Đê điều và Phòng, chống thiên tai': 'Phòng Tài nguyên nước, khoáng sản',
  'Thủy lợi': 'Phòng Tài nguyên nước, khoáng sản',
  'Nhà ở và công sở': 'Phòng Quản lý nhà và thị trường bất động sản',
  'Kinh doanh bất động sản': 'Phòng Quản lý nhà và thị trường bất động sản',
  'Đường bộ': 'Phòng Quản lý vận tải, phương tiện và người lái',
  'Hàng hải và đường thủy nội địa': 'Phòng Quản lý vận tải, phương tiện và người lái',
  'Công chứng': 'Phòng Bổ trợ tư pháp',
  'Luật sư': 'Phòng Bổ trợ tư pháp',
  'Đấu giá tài sản': 'Phòng Bổ trợ tư pháp',
  'Giám định tư pháp': 'Phòng Bổ trợ tư pháp',
  'Trợ giúp pháp lý': 'Phòng Bổ trợ tư pháp',
  'Đầu tư tại Việt nam': 'Phòng Đầu tư',
  'Đăng ký, quản lý cư trú': 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
  'Cấp, quản lý căn cước': 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
};

const levelMap: Record<string, ProcedureRecord['levels'][number]> = {
  'trung ương': 'central',
  tỉnh: 'province',
  xã: 'commune',
  khác: 'other',
  huyện: 'commune',
};
const channelMap = { truc_tiep: 'in_person', truc_tuyen: 'online', buu_chinh: 'postal' } as const;

function trimText(text: string): string {
  if (text.length <= maxTextLength) return text;
  const cut = text.lastIndexOf('\n', maxTextLength);
  const head = text.slice(0, cut > maxTextLength / 2 ? cut : maxTextLength).trimEnd();
  return `${head}\n… (Đã rút gọn cho bản demo; toàn văn trên Cổng Dịch vụ công quốc gia.)`;
}

/** Converts one sample record, or explains why it cannot be used. */
function convert(raw: Raw): ProcedureRecord {
  const fix = deadlineFixes[raw.code];
  const bare = bareFigureInWorkingDays[raw.code];
  for (const c of raw.channels as Raw[])
    for (const f of c.fees as Raw[])
      if (f.amountFlag === 'implausible_small') throw new Error('implausible fee');
  const channels = (raw.channels as Raw[]).map((c) => {
    const amount: number | null = c.deadline?.amount ?? null;
    const unit: DeadlineUnit | null = c.deadline?.unit ?? null;
    let deadline: { amount: number; unit: DeadlineUnit } | null = null;
    let why: string | undefined;
    if (fix) {
      deadline = { amount: fix.amount, unit: fix.unit };
      why = fix.why;
    } else if (amount !== null && unit) {
      deadline = { amount, unit };
    } else if (amount !== null && bare) {
      deadline = { amount, unit: 'working_days' };
      why = `${bare}; Cổng ghi "${c.deadlineText}" không kèm đơn vị, đọc là ${String(amount).padStart(2, '0')} ngày làm việc`;
    }
    if (!deadline) throw new Error(`channel ${c.kind} without a usable deadline`);
    return {
      kind: channelMap[c.kind as keyof typeof channelMap],
      deadline,
      deadlineText: c.deadlineText ?? why ?? null,
      fees: (c.fees as Raw[]).map((f) => ({
        name: f.name,
        amountVnd: f.amountVnd ?? null,
        per: f.per ?? null,
        note: f.note ?? null,
      })),
      feeText: c.feeText ?? null,
      free: c.free ?? null,
      description: c.description ?? (why ? `Thời hạn: ${why}.` : null),
    };
  });
  const hasOnline = channels.some((c) => c.kind === 'online');
  return procedureRecordSchema.parse({
    code: raw.code,
    name: raw.name,
    field: raw.field,
    levels: [...new Set((raw.level as string[]).map((l) => levelMap[l]!))],
    procedureType: raw.procedureType ?? null,
    steps: trimText(raw.steps),
    channels,
    documents: (raw.documents as Raw[])
      .filter((d) => d.name)
      .map((d) => ({
        caseName: d.caseName ?? null,
        name: d.name,
        originals: d.originals ?? null,
        copies: d.copies ?? null,
        formTemplate: d.formTemplate ?? null,
      })),
    subjects: raw.subjects ?? [],
    implementingAgency: raw.agency ?? null,
    competentAgency: raw.competentAgency ?? null,
    coordinatingAgency: raw.coordinatingAgency ?? null,
    receivingAddress: raw.receivingAddress ?? null,
    result: raw.result,
    resultItems: (raw.resultItems ?? []).filter((r: Raw) => r.name),
    legalBases: (raw.legalBases as Raw[])
      .filter((l) => l.summary)
      .map((l) => ({
        number: l.number ?? null,
        summary: trimText(l.summary),
        issuedOn: l.issuedOn ?? null,
        issuer: l.issuer ?? null,
      })),
    requirements: raw.requirements ?? null,
    keywords: [],
    onlineLevel: hasOnline ? (fullyOnline.has(raw.code) ? 'full' : 'partial') : null,
    boundaryFree: !['Đất đai', 'Hoạt động xây dựng'].includes(raw.field),
    interAgency: /^Liên thông/.test(raw.name),
    decisionNumber: raw.decisionNumber ?? null,
    sourceUrl: raw.sourceUrl ?? null,
  });
}

/**
 * Which demo agency implements a procedure: the police (Công an tỉnh) for its own fields at any
 * level; commune-only procedures at every commune (division by field); the rest at the provincial
 * agency whose fields list the procedure's field. An unmapped field is an error, not a default.
 */
function assignAgency(record: ProcedureRecord) {
  const external = departments.external.find((d: Raw) => d.fields.includes(record.field));
  if (external) {
    const division = provinceDivision[record.field] ?? external.divisions[0];
    return { level: 'province', agencyCode: external.code, division };
  }
  if (record.levels.includes('commune') && !record.levels.includes('province')) {
    const division = departments.commune.fieldDivision[record.field];
    if (!division) throw new Error(`no commune division for field "${record.field}"`);
    return { level: 'commune', division };
  }
  const agency = departments.departments.find((d: Raw) => d.fields.includes(record.field));
  if (!agency) throw new Error(`no provincial agency for field "${record.field}"`);
  const division = provinceDivision[record.field] ?? agency.divisions[0];
  if (!agency.divisions.includes(division)) throw new Error(`${agency.code} has no ${division}`);
  return { level: 'province', agencyCode: agency.code, division };
}

const raws = JSON.parse(readFileSync(source, 'utf8')) as Raw[];
const byCode = new Map(raws.map((r) => [r.code, r]));
const codes = Object.values(selection).flat();
if (new Set(codes).size !== codes.length) throw new Error('a code is selected twice');
const items: Array<{ record: ProcedureRecord; agency: unknown }> = [];
for (const code of codes) {
  const raw = byCode.get(code);
  if (!raw) throw new Error(`missing ${code}`);
  let record: ProcedureRecord;
  try {
    record = convert(raw);
  } catch (error) {
    // A selected procedure that cannot be used is dropped, loudly.
    console.warn(`dropped ${code}: ${error instanceof Error ? error.message : error}`);
    continue;
  }
  items.push({ record, agency: assignAgency(record) });
}
const real = items.length;

const illustrative = JSON.parse(readFileSync(illustrativeFile, 'utf8')) as Array<{
  record: unknown;
  agency: { level: string; agencyCode?: string; division: string };
}>;
const allAgencies = [...departments.departments, ...departments.external];
for (const item of illustrative) {
  const record = procedureRecordSchema.parse(item.record);
  if (!/^9\.1\d{5}$/.test(record.code)) throw new Error(`illustrative code ${record.code}`);
  if (!record.description?.startsWith('Nội dung minh họa'))
    throw new Error(`${record.code} is not marked illustrative`);
  if (record.channels.some((c) => !c.deadline)) throw new Error(`${record.code}: no deadline`);
  if (item.agency.level === 'province') {
    const agency = allAgencies.find((a: Raw) => a.code === item.agency.agencyCode);
    if (!agency?.divisions.includes(item.agency.division))
      throw new Error(`${record.code}: unknown agency or division`);
  } else if (!departments.commune.divisionsXa.includes(item.agency.division)) {
    throw new Error(`${record.code}: unknown commune division`);
  }
  items.push({ record, agency: item.agency });
}
const seen = new Set<string>();
for (const { record } of items) {
  if (seen.has(record.code)) throw new Error(`duplicate code ${record.code}`);
  seen.add(record.code);
}

const text = `${JSON.stringify(items, null, 1)}\n`;
writeFileSync(output, text);
console.log(
  `wrote ${items.length} procedures (${real} real, ${items.length - real} illustrative), ${Math.round(Buffer.byteLength(text) / 1024)} KiB`,
);
