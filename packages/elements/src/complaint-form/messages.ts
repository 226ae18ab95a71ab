import type { ComplaintCategory } from '@clubkit/core/service';

/** Messages of `<club-complaint-form>` (all keys start with `form`). */
export interface ComplaintFormMessages {
  /** Label of the complainant's name. */
  formName: string;
  /** Label of the company, for office tenants. */
  formCompany: string;
  /** Added to the label of an optional field. */
  formOptional: string;
  /** Legend of the unit / plate / member-card group. */
  formSubjectLegend: string;
  /** Hint of that group: one of the three is enough. */
  formSubjectHint: string;
  /** Label of the unit number. */
  formUnit: string;
  /** Hint of the unit number. */
  formUnitHint: string;
  /** Label of the vehicle plate. */
  formPlate: string;
  /** Label of the member card number. */
  formCardNumber: string;
  /** Hint of the member card number. */
  formCardNumberHint: string;
  /** Label of the category select. */
  formCategory: string;
  /** The empty first option of the category select. */
  formCategoryChoose: string;
  /** The name of each complaint category. */
  formCategories: Record<ComplaintCategory, string>;
  /** Label of the complaint text. */
  formContent: string;
  /** Hint of the complaint text; `max` is its length limit. */
  formContentHint(max: number): string;
  /** Label of the phone number. */
  formPhone: string;
  /** Hint of the phone number. */
  formPhoneHint: string;
  /** The submit button. */
  formSubmit: string;
  /** The submit button while sending. */
  formSubmitting: string;
  /** Status line while a complaint is being sent. */
  formSending: string;
  /** Status line when an earlier draft was restored. */
  formRestored: string;
  /** Status line when a complaint sent before a reload is being confirmed. */
  formResuming: string;
  /** Button that throws the restored draft away. */
  formDiscard: string;
  /** Heading of the error summary; `count` is the number of problems. */
  formSummaryTitle(count: number): string;
  /** An error-summary entry: the field's label and its error. */
  formSummaryItem(label: string, error: string): string;
  /** A required field is empty. */
  formErrorRequired: string;
  /** None of unit, plate and member card was given. */
  formErrorSubjectRequired: string;
  /** No category was chosen. */
  formErrorCategoryRequired: string;
  /** Too short; `min` is the least number of characters when known. */
  formErrorTooShort(min: number | undefined): string;
  /** Too long; `max` is the most characters allowed when known. */
  formErrorTooLong(max: number | undefined): string;
  /** Only white space was typed. */
  formErrorBlank: string;
  /** A phone number with other characters than digits, spaces, + and -. */
  formErrorPhoneFormat: string;
  /** A member card number that is not 16 digits. */
  formErrorCardNumberFormat: string;
  /** Any other value in the wrong format. */
  formErrorFormat: string;
  /** A value that is not one of the choices. */
  formErrorChoose: string;
  /** Any other problem with a value. */
  formErrorInvalid: string;
  /** Heading of the receipt. */
  formReceivedTitle: string;
  /** Label of the reference number. */
  formReference: string;
  /** Asks to keep the reference. */
  formReferenceHint: string;
  /** The promise of a follow-up; `when` is the formatted date and time. */
  formFollowUp(when: string): string;
  /** Button to file another complaint. */
  formNew: string;
}

/** English. */
export const complaintFormEn: ComplaintFormMessages = {
  formName: 'Your name',
  formCompany: 'Company',
  formOptional: '(optional)',
  formSubjectLegend: 'What the complaint is about',
  formSubjectHint: 'Give at least one: your unit, your vehicle plate or your member card number.',
  formUnit: 'Unit',
  formUnitHint: 'As the building writes it, for example A-1203.',
  formPlate: 'Vehicle plate',
  formCardNumber: 'Member card number',
  formCardNumberHint: '16 digits; spaces between groups of four are fine.',
  formCategory: 'Category',
  formCategoryChoose: 'Choose a category',
  formCategories: {
    'service-attitude': 'Staff attitude',
    'service-quality': 'Quality of service',
    'broken-promise': 'A promise not kept',
    repair: 'Repairs',
    billing: 'Fees and billing',
    merchant: 'A partner merchant',
    membership: 'Membership and card',
    facility: 'Facilities',
    suggestion: 'Suggestion',
    other: 'Something else',
  },
  formContent: 'What happened',
  formContentHint: (max) => `Tell us in your own words, up to ${max.toLocaleString('en')} characters.`,
  formPhone: 'Phone number',
  formPhoneHint: 'We call you back on this number. Digits, spaces, + and - only.',
  formSubmit: 'Send complaint',
  formSubmitting: 'Sending…',
  formSending: 'Sending your complaint…',
  formRestored: 'We restored what you typed earlier. It stays on this device until the club has received it.',
  formResuming: 'Your complaint was being sent when the page closed. Checking that the club received it…',
  formDiscard: 'Start over',
  formSummaryTitle: (n) => (n === 1 ? 'Please correct 1 field' : `Please correct ${n} fields`),
  formSummaryItem: (label, error) => `${label}: ${error}`,
  formErrorRequired: 'Fill in this field.',
  formErrorSubjectRequired: 'Give a unit, a vehicle plate or a member card number.',
  formErrorCategoryRequired: 'Choose a category.',
  formErrorTooShort: (min) =>
    min === undefined ? 'This is too short.' : `Use at least ${min} ${min === 1 ? 'character' : 'characters'}.`,
  formErrorTooLong: (max) =>
    max === undefined
      ? 'This is too long.'
      : `Use at most ${max.toLocaleString('en')} ${max === 1 ? 'character' : 'characters'}.`,
  formErrorBlank: 'Type more than spaces.',
  formErrorPhoneFormat: 'Use digits, spaces, + and - only.',
  formErrorCardNumberFormat: 'Enter the 16 digits of the card number.',
  formErrorFormat: 'Check the format.',
  formErrorChoose: 'Choose one of the options.',
  formErrorInvalid: 'Check this field.',
  formReceivedTitle: 'Thank you. The club has received your complaint.',
  formReference: 'Reference number',
  formReferenceHint: 'Quote this number whenever you contact the club about it.',
  formFollowUp: (when) => `We will get back to you by ${when}.`,
  formNew: 'File another complaint',
};

/** Traditional Chinese. */
export const complaintFormZhHant: ComplaintFormMessages = {
  formName: '您的姓名',
  formCompany: '公司',
  formOptional: '（選填）',
  formSubjectLegend: '投訴涉及',
  formSubjectHint: '請至少填寫一項：單位、車牌或會員卡號。',
  formUnit: '單位',
  formUnitHint: '依大樓的寫法，例如 A-1203。',
  formPlate: '車牌號碼',
  formCardNumber: '會員卡號',
  formCardNumberHint: '16 位數字，每四位之間可留空格。',
  formCategory: '類別',
  formCategoryChoose: '請選擇類別',
  formCategories: {
    'service-attitude': '服務態度',
    'service-quality': '服務品質',
    'broken-promise': '承諾未兌現',
    repair: '維修',
    billing: '收費與帳單',
    merchant: '特約商戶',
    membership: '會籍與會員卡',
    facility: '設施',
    suggestion: '建議',
    other: '其他',
  },
  formContent: '投訴內容',
  formContentHint: (max) => `請描述經過，最多 ${max} 字。`,
  formPhone: '聯絡電話',
  formPhoneHint: '我們會以此號碼回電。只可填數字、空格、+ 與 -。',
  formSubmit: '送出投訴',
  formSubmitting: '送出中…',
  formSending: '正在送出您的投訴…',
  formRestored: '已為您還原先前填寫的內容。在俱樂部收到之前，內容會保留在此裝置上。',
  formResuming: '頁面關閉時您的投訴正在送出，正在確認俱樂部是否已收到…',
  formDiscard: '重新填寫',
  formSummaryTitle: (n) => `請修正 ${n} 個欄位`,
  formSummaryItem: (label, error) => `${label}：${error}`,
  formErrorRequired: '請填寫此欄位。',
  formErrorSubjectRequired: '請填寫單位、車牌號碼或會員卡號其中一項。',
  formErrorCategoryRequired: '請選擇類別。',
  formErrorTooShort: (min) => (min === undefined ? '內容太短。' : `請至少輸入 ${min} 個字元。`),
  formErrorTooLong: (max) => (max === undefined ? '內容太長。' : `請勿超過 ${max} 個字元。`),
  formErrorBlank: '請勿只輸入空格。',
  formErrorPhoneFormat: '只可使用數字、空格、+ 與 -。',
  formErrorCardNumberFormat: '請輸入 16 位數字的會員卡號。',
  formErrorFormat: '格式不正確，請檢查。',
  formErrorChoose: '請從選項中選擇一項。',
  formErrorInvalid: '請檢查此欄位。',
  formReceivedTitle: '謝謝您，俱樂部已收到您的投訴。',
  formReference: '投訴編號',
  formReferenceHint: '日後查詢此投訴時，請提供這個編號。',
  formFollowUp: (when) => `我們會在 ${when} 前與您聯絡。`,
  formNew: '提出另一宗投訴',
};

/** Simplified Chinese. */
export const complaintFormZhHans: ComplaintFormMessages = {
  formName: '您的姓名',
  formCompany: '公司',
  formOptional: '（选填）',
  formSubjectLegend: '投诉涉及',
  formSubjectHint: '请至少填写一项：单元、车牌或会员卡号。',
  formUnit: '单元',
  formUnitHint: '按楼宇的写法，例如 A-1203。',
  formPlate: '车牌号码',
  formCardNumber: '会员卡号',
  formCardNumberHint: '16 位数字，每四位之间可留空格。',
  formCategory: '类别',
  formCategoryChoose: '请选择类别',
  formCategories: {
    'service-attitude': '服务态度',
    'service-quality': '服务质量',
    'broken-promise': '承诺未兑现',
    repair: '维修',
    billing: '收费与账单',
    merchant: '特约商户',
    membership: '会籍与会员卡',
    facility: '设施',
    suggestion: '建议',
    other: '其他',
  },
  formContent: '投诉内容',
  formContentHint: (max) => `请描述经过，最多 ${max} 字。`,
  formPhone: '联系电话',
  formPhoneHint: '我们会用此号码回电。只能填数字、空格、+ 和 -。',
  formSubmit: '提交投诉',
  formSubmitting: '提交中…',
  formSending: '正在提交您的投诉…',
  formRestored: '已为您恢复之前填写的内容。在俱乐部收到之前，内容会保存在此设备上。',
  formResuming: '页面关闭时您的投诉正在提交，正在确认俱乐部是否已收到…',
  formDiscard: '重新填写',
  formSummaryTitle: (n) => `请修改 ${n} 个字段`,
  formSummaryItem: (label, error) => `${label}：${error}`,
  formErrorRequired: '请填写此字段。',
  formErrorSubjectRequired: '请填写单元、车牌号码或会员卡号其中一项。',
  formErrorCategoryRequired: '请选择类别。',
  formErrorTooShort: (min) => (min === undefined ? '内容太短。' : `请至少输入 ${min} 个字符。`),
  formErrorTooLong: (max) => (max === undefined ? '内容太长。' : `请勿超过 ${max} 个字符。`),
  formErrorBlank: '请勿只输入空格。',
  formErrorPhoneFormat: '只能使用数字、空格、+ 和 -。',
  formErrorCardNumberFormat: '请输入 16 位数字的会员卡号。',
  formErrorFormat: '格式不正确，请检查。',
  formErrorChoose: '请从选项中选择一项。',
  formErrorInvalid: '请检查此字段。',
  formReceivedTitle: '谢谢您，俱乐部已收到您的投诉。',
  formReference: '投诉编号',
  formReferenceHint: '日后查询此投诉时，请提供这个编号。',
  formFollowUp: (when) => `我们会在 ${when} 前与您联系。`,
  formNew: '提交另一宗投诉',
};
