import type { ComplaintChannel, SurveyQuestionKind } from '@clubkit/core/service';

/**
 * Words of the desk's conduct complaint and feedback survey sections (A4 §3.3.6 5, §3.3.5 3),
 * loaded with them. Dates, figures and rates arrive formatted.
 */
export interface DeskRecordsMessages {
  /** What a conduct complaint is and who sees it, above its form. */
  conductIntro: string;
  /** The conduct complaint form's fields. */
  name: string;
  phone: string;
  unit: string;
  content: string;
  channel: string;
  channels: Readonly<Record<ComplaintChannel, string>>;
  category: string;
  /** The staff member picker's label. */
  staffId: string;
  /** No staff member chosen from the list (only a name typed). */
  staffIdInvalid: string;
  /** A logged conduct complaint's staff member and handler (their manager). */
  accused: string;
  handler: string;
  /** The witnesses' group, a witness's fields, and its add button. */
  witnesses: string;
  witness(n: number): string;
  witnessName: string;
  statement: string;
  addWitness: string;
  /** The evidence's group, a piece's fields, and its add button. */
  evidence: string;
  exhibit(n: number): string;
  description: string;
  reference: string;
  addEvidence: string;
  /** The form's submit button. */
  file: string;
  /** A required field left empty. */
  required: string;
  /** Announced when the complaint is logged; `reference` its number. */
  filed(reference: string): string;
  /** A complaint or survey action the Club API refused; `reason` from the server. */
  refused(reason: string): string;

  /** Announced when the surveys have loaded: `count` questionnaires, `waiting` requests without answers. */
  surveysLoaded(count: number, waiting: number): string;
  /** The satisfaction report: its heading, the month picker, and its figures. */
  statsTitle: string;
  month: string;
  stats(sent: string, answered: string, rate: string | undefined): string;
  /** The new questionnaire form. */
  newSurvey: string;
  surveyTitle: string;
  question(n: number): string;
  prompt: string;
  kind: string;
  kinds: Readonly<Record<SurveyQuestionKind, string>>;
  create: string;
  /** A questionnaire without any question. */
  needQuestion: string;
  /** Announced when a questionnaire is written. */
  created(title: string): string;
  /** The send form. */
  sendTitle: string;
  survey: string;
  noSurvey: string;
  send: string;
  /** No unit has the house number typed. */
  noUnit(number: string): string;
  /** Announced when a survey is sent to a unit's owner. */
  sent(owner: string, unit: string): string;
  /** The requests awaiting answers. */
  waitingTitle: string;
  noWaiting: string;
  /** A request in the list: the owner, the questionnaire, when it was sent. */
  request(owner: string, survey: string, sentAt: string): string;
  /** The button that opens a request's answer form, and the form's submit button. */
  record(owner: string): string;
  saveAnswers: string;
  cancel: string;
  /** The rating choices, 1 to 5. */
  ratings: readonly [string, string, string, string, string];
  /** An answer form with nothing answered. */
  needAnswer: string;
  /** Announced when the answers are recorded. */
  answered(owner: string): string;
}

/** Traditional Chinese. */
export const deskRecordsZhHant: DeskRecordsMessages = {
  conductIntro: '投訴某位員工的行為：由該員工的主管處理，被投訴的員工看不到此投訴。',
  name: '投訴人',
  phone: '電話',
  unit: '房號',
  content: '事情經過',
  channel: '投訴方式',
  channels: { hotline: '電話', web: '網上', visit: '來訪', letter: '來信' },
  category: '類別',
  staffId: '被投訴員工',
  staffIdInvalid: '請從清單選出被投訴的員工。',
  accused: '被投訴員工',
  handler: '處理人（其主管）',
  witnesses: '證明人',
  witnessName: '姓名',
  witness: (n) => `證明人 ${n}`,
  statement: '證言（選填）',
  addWitness: '新增證明人',
  evidence: '證物',
  exhibit: (n) => `證物 ${n}`,
  description: '證物說明',
  reference: '存放位置（選填）',
  addEvidence: '新增證物',
  file: '登記投訴',
  required: '請填寫此欄。',
  filed: (r) => `已登記投訴 ${r}，交由該員工的主管處理。`,
  refused: (r) => `未能完成：${r}`,

  surveysLoaded: (n, w) => `共 ${n} 份問卷${w > 0 ? `，${w} 份待記錄答覆` : ''}。`,
  statsTitle: '業主滿意度',
  month: '月份',
  stats: (s, a, r) => `寄出 ${s} 份，收回 ${a} 份；${r === undefined ? '本月沒有評分。' : `滿意（4 分以上）佔 ${r}。`}`,
  newSurvey: '新問卷',
  surveyTitle: '問卷標題',
  prompt: '題目',
  question: (n) => `第 ${n} 題`,
  kind: '題型',
  kinds: { rating: '評分（1 至 5 分）', text: '文字' },
  create: '建立問卷',
  needQuestion: '至少填寫一題。',
  created: (t) => `已建立問卷「${t}」。`,
  sendTitle: '寄送給業主',
  survey: '問卷',
  noSurvey: '請先建立問卷。',
  send: '寄送',
  noUnit: (n) => `找不到房號 ${n}。`,
  sent: (o, u) => `已寄送給 ${o}（${u}）。`,
  waitingTitle: '待記錄答覆',
  noWaiting: '沒有待記錄的答覆。',
  request: (o, s, d) => `${o}：${s}（${d} 寄出）`,
  record: (o) => `記錄 ${o} 的答覆`,
  saveAnswers: '記錄答覆',
  cancel: '取消',
  ratings: ['1 非常不滿意', '2 不滿意', '3 普通', '4 滿意', '5 非常滿意'],
  needAnswer: '至少回答一題。',
  answered: (o) => `已記錄 ${o} 的答覆。`,
};
