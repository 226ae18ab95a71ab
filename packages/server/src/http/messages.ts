import type { ClubLocale } from '@clubkit/core';

type Text = Record<ClubLocale, string>;

/** Problem titles by error code, in the three locales the API speaks. */
const titles: Record<string, Text> = {
  'invalid-input': {
    en: 'The request has invalid fields.',
    'zh-Hant': '請求中有欄位不正確。',
    'zh-Hans': '请求中有字段不正确。',
  },
  'invalid-json': {
    en: 'The request body is not valid JSON.',
    'zh-Hant': '請求內容不是有效的 JSON。',
    'zh-Hans': '请求内容不是有效的 JSON。',
  },
  'payload-too-large': {
    en: 'The request body is larger than 64 KiB.',
    'zh-Hant': '請求內容超過 64 KiB。',
    'zh-Hans': '请求内容超过 64 KiB。',
  },
  'unsupported-media-type': {
    en: 'Send the body as application/json.',
    'zh-Hant': '請以 application/json 傳送內容。',
    'zh-Hans': '请以 application/json 发送内容。',
  },
  'not-found': { en: 'Nothing was found here.', 'zh-Hant': '找不到所要求的資料。', 'zh-Hans': '找不到所请求的数据。' },
  'method-not-allowed': {
    en: 'This method is not allowed here.',
    'zh-Hant': '此處不接受這個方法。',
    'zh-Hans': '此处不接受这个方法。',
  },
  'auth/missing-key': {
    en: 'An API key or a session is required.',
    'zh-Hant': '需要 API 金鑰或工作階段。',
    'zh-Hans': '需要 API 密钥或会话。',
  },
  'auth/invalid-key': { en: 'The API key is not valid.', 'zh-Hant': 'API 金鑰無效。', 'zh-Hans': 'API 密钥无效。' },
  'auth/session-expired': {
    en: 'The session has expired or is not valid.',
    'zh-Hant': '工作階段已過期或無效。',
    'zh-Hans': '会话已过期或无效。',
  },
  'staff/disabled': {
    en: 'This staff account is disabled.',
    'zh-Hant': '此員工帳號已停用。',
    'zh-Hans': '此员工账号已停用。',
  },
  'auth/origin-not-allowed': {
    en: 'This key may not be used from this origin.',
    'zh-Hant': '此金鑰不可在這個來源使用。',
    'zh-Hans': '此密钥不可在这个来源使用。',
  },
  'auth/secret-key-in-browser': {
    en: 'Secret keys must never be used from a browser.',
    'zh-Hant': '秘密金鑰絕不可在瀏覽器中使用。',
    'zh-Hans': '秘密密钥绝不可在浏览器中使用。',
  },
  'access/forbidden': {
    en: 'This caller may not do that.',
    'zh-Hant': '沒有這項權限。',
    'zh-Hans': '没有这项权限。',
  },
  'rate-limited': {
    en: 'Too many requests; retry later.',
    'zh-Hant': '請求過多，請稍後再試。',
    'zh-Hans': '请求过多，请稍后再试。',
  },
  'idempotency/key-reused': {
    en: 'This Idempotency-Key was already used with a different request.',
    'zh-Hant': '此 Idempotency-Key 已用於不同的請求。',
    'zh-Hans': '此 Idempotency-Key 已用于不同的请求。',
  },
  'idempotency/in-progress': {
    en: 'A request with this Idempotency-Key is still being processed.',
    'zh-Hant': '使用此 Idempotency-Key 的請求仍在處理中。',
    'zh-Hans': '使用此 Idempotency-Key 的请求仍在处理中。',
  },
  'idempotency/invalid-key': {
    en: 'The Idempotency-Key header must be 16 to 255 letters, digits, "_" or "-" (a UUID fits).',
    'zh-Hant': 'Idempotency-Key 標頭須為 16 至 255 個英文字母、數字、「_」或「-」（UUID 即可）。',
    'zh-Hans': 'Idempotency-Key 标头须为 16 至 255 个英文字母、数字、“_”或“-”（UUID 即可）。',
  },
  'invalid-cursor': {
    en: 'The pagination cursor is not valid.',
    'zh-Hant': '分頁游標無效。',
    'zh-Hans': '分页游标无效。',
  },
  internal: { en: 'Something went wrong on our side.', 'zh-Hant': '伺服器發生錯誤。', 'zh-Hans': '服务器发生错误。' },
  'vip/order-already-paid': {
    en: 'This VIP order is paid already.',
    'zh-Hant': '此VIP訂單已付款。',
    'zh-Hans': '此VIP订单已付款。',
  },
  'vip/order-cancelled': {
    en: 'This VIP order was cancelled.',
    'zh-Hant': '此VIP訂單已取消。',
    'zh-Hans': '此VIP订单已取消。',
  },
  'vip/order-expired': {
    en: 'This VIP order was not paid in time; place a new one.',
    'zh-Hant': '此VIP訂單逾時未付款，請重新下單。',
    'zh-Hans': '此VIP订单逾时未付款，请重新下单。',
  },
  'vip/order-superseded': {
    en: 'A later renewal follows this order; cancel the latest order first.',
    'zh-Hant': '此訂單之後已有續約訂單，請先取消最新的訂單。',
    'zh-Hans': '此订单之后已有续费订单，请先取消最新的订单。',
  },
  'vip/renewal-too-early': {
    en: 'The VIP card is already paid a year ahead.',
    'zh-Hant': 'VIP卡已預繳一年，暫不能再續約。',
    'zh-Hans': 'VIP卡已预缴一年，暂不能再续费。',
  },
  'vip/code-invalid': {
    en: 'This member code is not valid.',
    'zh-Hant': '此會員碼無效。',
    'zh-Hans': '此会员码无效。',
  },
  'vip/code-expired': {
    en: 'This member code has expired; ask for a fresh one.',
    'zh-Hant': '此會員碼已過期，請會員出示新的會員碼。',
    'zh-Hans': '此会员码已过期，请会员出示新的会员码。',
  },
  'vip/code-used': {
    en: 'This member code was used already.',
    'zh-Hant': '此會員碼已使用過。',
    'zh-Hans': '此会员码已使用过。',
  },
  'vip/code-required': {
    en: "A discount is recorded only with the member's live code, not a card number.",
    'zh-Hant': '折扣須以會員出示的動態會員碼登記，不能只憑卡號。',
    'zh-Hans': '折扣须以会员出示的动态会员码登记，不能只凭卡号。',
  },
  'vip/card-not-valid': {
    en: 'This card is not a valid VIP card today.',
    'zh-Hant': '此卡今日不是有效的VIP卡。',
    'zh-Hans': '此卡今日不是有效的VIP卡。',
  },
  'vip/no-offer': {
    en: 'No offer of this merchant applies to this bill.',
    'zh-Hant': '本商戶沒有適用於此帳單的優惠。',
    'zh-Hans': '本商户没有适用于此账单的优惠。',
  },
  'vip/offer-mismatch': {
    en: "This offer is not this merchant's best offer for the bill.",
    'zh-Hant': '此優惠不是本商戶對此帳單的最佳優惠。',
    'zh-Hans': '此优惠不是本商户对此账单的最佳优惠。',
  },
  'vip/not-a-member': {
    en: 'Club activities are for members with a valid membership or VIP card.',
    'zh-Hant': '俱樂部活動僅限會籍或VIP卡有效的會員參加。',
    'zh-Hans': '俱乐部活动仅限会籍或VIP卡有效的会员参加。',
  },
  'vip/sign-up-closed': {
    en: 'Sign-up for this activity is not open today.',
    'zh-Hant': '此活動今天不在報名期間。',
    'zh-Hans': '此活动今天不在报名期间。',
  },
  'vip/activity-full': {
    en: 'Every seat of this activity is taken.',
    'zh-Hant': '此活動名額已滿。',
    'zh-Hans': '此活动名额已满。',
  },
  'vip/already-signed-up': {
    en: 'You have signed up for this activity already.',
    'zh-Hant': '您已報名此活動。',
    'zh-Hans': '您已报名此活动。',
  },
  'vip/activity-started': {
    en: 'The activity has started; the sign-up can no longer be cancelled.',
    'zh-Hant': '活動已開始，報名無法再取消。',
    'zh-Hans': '活动已开始，报名无法再取消。',
  },
  'vip/sign-up-cancelled': {
    en: 'This sign-up was cancelled already.',
    'zh-Hant': '此報名已取消。',
    'zh-Hans': '此报名已取消。',
  },
  'membership/duplicate-vehicle': {
    en: 'This vehicle already backs another membership.',
    'zh-Hant': '此車輛已屬另一會籍（一車一會員）。',
    'zh-Hans': '此车辆已属另一会籍（一车一会员）。',
  },
  'membership/application-decided': {
    en: 'This application was already decided.',
    'zh-Hant': '此申請已審核。',
    'zh-Hans': '此申请已审核。',
  },
  'membership/cancelled': {
    en: 'This membership is cancelled.',
    'zh-Hant': '此會籍已取消。',
    'zh-Hans': '此会籍已取消。',
  },
  'membership/card-not-in-use': {
    en: 'This card is no longer in use.',
    'zh-Hant': '此會員卡已停用。',
    'zh-Hans': '此会员卡已停用。',
  },
  'membership/policy-mismatch': {
    en: 'The policy belongs to another member or vehicle.',
    'zh-Hant': '保單屬於其他會員或車輛。',
    'zh-Hans': '保单属于其他会员或车辆。',
  },
  'membership/renewal-not-later': {
    en: 'The new policy must end after the current one.',
    'zh-Hant': '新保單必須在現有保單之後到期。',
    'zh-Hans': '新保单必须在现有保单之后到期。',
  },
  'complaint/invalid-transition': {
    en: 'That step does not fit the complaint’s status.',
    'zh-Hant': '此步驟不符合投訴目前的狀態。',
    'zh-Hans': '此步骤不符合投诉目前的状态。',
  },
  'membership/renewal-gap': {
    en: 'The new policy leaves a gap after the current membership.',
    'zh-Hant': '新保單與現有會籍之間有空檔。',
    'zh-Hans': '新保单与现有会籍之间有空档。',
  },
  'membership/policy-expired': {
    en: 'The policy has already expired.',
    'zh-Hant': '此保單已過期。',
    'zh-Hans': '此保单已过期。',
  },
  'complaint/follow-up-required': {
    en: 'A complaint is closed only after a follow-up.',
    'zh-Hant': '投訴須經回訪後才能結案。',
    'zh-Hans': '投诉须经回访后才能结案。',
  },
  'complaint/reference-mistyped': {
    en: 'That complaint reference has a typing error; check it against the receipt.',
    'zh-Hant': '投訴編號有誤，請對照回執檢查。',
    'zh-Hans': '投诉编号有误，请对照回执检查。',
  },
  'complaint/daily-quota-exceeded': {
    en: 'This site has filed its complaints for today; retry after the time in Retry-After or call the hotline.',
    'zh-Hant': '本網站今日的投訴數量已達上限，請於 Retry-After 所示時間後再試，或致電熱線。',
    'zh-Hans': '本网站今日的投诉数量已达上限，请于 Retry-After 所示时间后再试，或致电热线。',
  },
  'repair/invalid-transition': {
    en: 'That step does not fit the repair order’s status.',
    'zh-Hant': '此步驟不符合維修單目前的狀態。',
    'zh-Hans': '此步骤不符合维修单目前的状态。',
  },
  'repair/assessment-required': {
    en: 'This repair must be assessed by engineering first.',
    'zh-Hant': '此維修須先經工程部評估。',
    'zh-Hans': '此维修须先经工程部评估。',
  },
  'repair/material-check-failed': {
    en: 'Customer-supplied material has not passed its check.',
    'zh-Hant': '客戶自備材料尚未通過檢驗。',
    'zh-Hans': '客户自备材料尚未通过检验。',
  },
  'paid-service/invalid-transition': {
    en: 'That step does not fit the paid service’s status.',
    'zh-Hant': '此步驟不符合有償服務目前的狀態。',
    'zh-Hans': '此步骤不符合有偿服务目前的状态。',
  },
  'visit/invalid-transition': {
    en: 'That step does not fit the visit’s status.',
    'zh-Hant': '此步驟不符合回訪目前的狀態。',
    'zh-Hans': '此步骤不符合回访目前的状态。',
  },
  'service/event-out-of-order': {
    en: 'The event is dated before the record’s last event.',
    'zh-Hant': '事件時間早於此紀錄的最後事件。',
    'zh-Hans': '事件时间早于此记录的最后事件。',
  },
  'service/unknown-step': {
    en: 'This procedure has no such step.',
    'zh-Hant': '此程序沒有這個步驟。',
    'zh-Hans': '此程序没有这个步骤。',
  },
  'service/wrong-department': {
    en: 'That department does not sign this step.',
    'zh-Hant': '此步驟不由該部門簽核。',
    'zh-Hans': '此步骤不由该部门签核。',
  },
  'alliance/fine-below-minimum': {
    en: 'A counterfeit fine is at least 50,000 CNY.',
    'zh-Hant': '售假罰金最低為伍萬元。',
    'zh-Hans': '售假罚金最低为伍万元。',
  },
  'alliance/not-a-member': {
    en: 'This dealer is not an alliance member.',
    'zh-Hant': '此經銷商不是聯銷體成員。',
    'zh-Hans': '此经销商不是联销体成员。',
  },
  'alliance/no-counties': {
    en: 'This salesperson has no county to pay on.',
    'zh-Hant': '此業務員沒有負責的縣，無從計算工資。',
    'zh-Hans': '此业务员没有负责的县，无从计算工资。',
  },
  'alliance/already-recorded': {
    en: 'This was already recorded.',
    'zh-Hant': '此項已有紀錄。',
    'zh-Hans': '此项已有记录。',
  },
  'alliance/no-sheet': {
    en: 'The sales centre has not published an assessment sheet yet.',
    'zh-Hant': '此銷售中心尚未發布考核表。',
    'zh-Hans': '此销售中心尚未发布考核表。',
  },
  'alliance/sheet-not-100': {
    en: 'The items of an assessment sheet add up to exactly 100 points.',
    'zh-Hant': '考核表各項分數合計必須恰為100分。',
    'zh-Hans': '考核表各项分数合计必须恰为100分。',
  },
  'alliance/score-above-points': {
    en: 'An item is scored above the points the sheet gives it.',
    'zh-Hant': '有項目的得分超過考核表所定的分數。',
    'zh-Hans': '有项目的得分超过考核表所定的分数。',
  },
  'alliance/step-out-of-order': {
    en: 'This assessment is not waiting for that step.',
    'zh-Hant': '此考核目前不在該審批步驟。',
    'zh-Hans': '此考核目前不在该审批步骤。',
  },
  'alliance/reward-exceeds-fund': {
    en: 'The reward is more than what is left of the half-year’s reward fund.',
    'zh-Hant': '獎金超過本半年度獎勵基金的餘額。',
    'zh-Hans': '奖金超过本半年度奖励基金的余额。',
  },
  'alliance/successor-not-a-member': {
    en: 'Only a member dealer of this alliance on the replacement day can be developed into its primary dealer.',
    'zh-Hant': '只有在更換當日為本聯銷體成員的二級經銷商，才能發展為一級經銷商。',
    'zh-Hans': '只有在更换当日为本联销体成员的二级经销商，才能发展为一级经销商。',
  },
  'alliance/same-primary-dealer': {
    en: 'That dealer is the primary dealer already.',
    'zh-Hant': '該經銷商已是一級經銷商。',
    'zh-Hans': '该经销商已是一级经销商。',
  },
  'alliance/replacement-out-of-order': {
    en: 'A replacement must come after the first day of the primary dealer it replaces.',
    'zh-Hant': '更換日期須晚於現任一級經銷商的起始日。',
    'zh-Hans': '更换日期须晚于现任一级经销商的起始日。',
  },
  'alliance/county-choice-full': {
    en: 'This county has two candidates chosen already; take one back first.',
    'zh-Hant': '此縣已選定兩家二級客戶，請先取消其中一家。',
    'zh-Hans': '此县已选定两家二级客户，请先取消其中一家。',
  },
  'alliance/no-market-data': {
    en: 'This county has no market volume yet: enter its thousand-person analysis before choosing a second candidate.',
    'zh-Hant': '此縣尚無千人月消費分析，選定第二家前請先填入市場容量。',
    'zh-Hans': '此县尚无千人月消费分析，选定第二家前请先填入市场容量。',
  },
  'alliance/outside-promotion-period': {
    en: 'This promotion does not take enrolments today: it runs only from its first to its last day.',
    'zh-Hant': '此促銷活動今日不受理報名：僅於活動期間內受理。',
    'zh-Hans': '此促销活动今日不受理报名：仅于活动期间内受理。',
  },
  'alliance/already-enrolled': {
    en: 'This dealer is enrolled in this promotion already.',
    'zh-Hant': '此經銷商已報名參加此促銷活動。',
    'zh-Hans': '此经销商已报名参加此促销活动。',
  },
  'alliance/reward-already-paid': {
    en: 'This dealer’s reward for the promotion has been paid already.',
    'zh-Hant': '此經銷商的促銷獎勵已發放。',
    'zh-Hans': '此经销商的促销奖励已发放。',
  },
  'alliance/list-replaced': {
    en: 'A newer list has replaced this one: choose on the newest list.',
    'zh-Hant': '此一覽表已由較新的一覽表取代，請在最新的一覽表上選定。',
    'zh-Hans': '此一览表已由较新的一览表取代，请在最新的一览表上选定。',
  },
  'procedure/invalid-event': {
    en: 'The procedure does not take that step now.',
    'zh-Hant': '此手續目前不接受該項操作。',
    'zh-Hans': '此手续目前不接受该项操作。',
  },
  'procedure/precondition-unmet': {
    en: 'That step waits for something the procedure still lacks.',
    'zh-Hant': '此步驟仍待前置條件完成。',
    'zh-Hans': '此步骤仍待前置条件完成。',
  },
  'procedure/contractor-unqualified': {
    en: 'The contractor’s qualification is below grade 2: no renovation permit can be issued to it.',
    'zh-Hant': '施工單位資質低於二級，不能發放二次裝修施工許可證。',
    'zh-Hans': '施工单位资质低于二级，不能发放二次装修施工许可证。',
  },
  'procedure/fine-unpublished': {
    en: 'That is not the club’s published fine for this kind of violation, or it is retired.',
    'zh-Hant': '此項不是本會公佈的該類違章罰款，或已停用。',
    'zh-Hans': '此项不是本会公布的该类违章罚款，或已停用。',
  },
  'paid-service/price-unavailable': {
    en: 'That price is not on the price list or is retired.',
    'zh-Hant': '價目表上沒有此收費項目，或已停用。',
    'zh-Hans': '价目表上没有此收费项目，或已停用。',
  },
  'membership/handbook-backdated': {
    en: 'A handbook version takes effect today or later, and not before the latest version does.',
    'zh-Hant': '會員手冊的新版本須自今日或之後生效，且不得早於最新版本的生效日。',
    'zh-Hans': '会员手册的新版本须自今日或之后生效，且不得早于最新版本的生效日。',
  },
  'handbook/version-taken': {
    en: 'Another handbook version was published at the same moment; read the latest and publish again.',
    'zh-Hant': '同一時間已有另一個會員手冊版本發佈；請讀取最新版本後再發佈。',
    'zh-Hans': '同一时间已有另一个会员手册版本发布；请读取最新版本后再发布。',
  },
  'handbook/none-in-force': {
    en: 'The club has no member handbook in force yet.',
    'zh-Hant': '俱樂部目前尚無生效的會員手冊。',
    'zh-Hans': '俱乐部目前尚无生效的会员手册。',
  },
  'membership/campaign-not-running': {
    en: 'That campaign does not run on the day of the application.',
    'zh-Hant': '該行銷活動在申請當日並未進行。',
    'zh-Hans': '该营销活动在申请当日并未进行。',
  },
  'handover/invalid-transition': {
    en: 'That step does not fit the hand-over’s status, or is not yours to take.',
    'zh-Hant': '此步驟不符合交接班紀錄目前的狀態，或不應由您操作。',
    'zh-Hans': '此步骤不符合交接班记录目前的状态，或不应由您操作。',
  },
  'complaint/no-manager': {
    en: 'The staff member has no manager on record to handle a complaint about them.',
    'zh-Hant': '此員工沒有登記主管，無法處理針對其本人的投訴。',
    'zh-Hans': '此员工没有登记主管，无法处理针对其本人的投诉。',
  },
  'complaint/not-handler': {
    en: 'A complaint about a staff member’s conduct is handled by their manager.',
    'zh-Hant': '針對員工行為的投訴由其主管處理。',
    'zh-Hans': '针对员工行为的投诉由其主管处理。',
  },
  'survey/already-answered': {
    en: 'This survey has been answered already; answers are recorded once.',
    'zh-Hant': '此問卷已經回覆，答案只記錄一次。',
    'zh-Hans': '此问卷已经回复，答案只记录一次。',
  },
  'survey/unknown-question': {
    en: 'The survey has no such question.',
    'zh-Hant': '問卷沒有這一題。',
    'zh-Hans': '问卷没有这一题。',
  },
  'survey/answer-mismatch': {
    en: 'An answer does not fit its question.',
    'zh-Hant': '答案與題目類型不符。',
    'zh-Hans': '答案与题目类型不符。',
  },
  'survey/wrong-property': {
    en: 'The survey is for the owners of another property.',
    'zh-Hant': '此問卷屬於另一個物業的業主。',
    'zh-Hans': '此问卷属于另一个物业的业主。',
  },
  'catalogue/duplicate-name': {
    en: 'Another service of this category already has that name.',
    'zh-Hant': '此類別已有同名的服務項目。',
    'zh-Hans': '此类别已有同名的服务项目。',
  },
  'catalogue/service-retired': {
    en: 'That service is retired: it keeps its history but is no longer changed or used.',
    'zh-Hant': '此服務項目已停用：保留紀錄，但不再修改或使用。',
    'zh-Hans': '此服务项目已停用：保留记录，但不再修改或使用。',
  },
  'catalogue/not-offered-here': {
    en: 'This merchant does not give that service.',
    'zh-Hant': '此商戶不提供該服務項目。',
    'zh-Hans': '此商户不提供该服务项目。',
  },
  'catalogue/member-not-valid': {
    en: 'The membership is not valid today, so the service cannot be recorded.',
    'zh-Hant': '會員資格今日無效，不能登記服務。',
    'zh-Hans': '会员资格今日无效，不能登记服务。',
  },
  'handover/previous-pending': {
    en: 'The previous shift’s hand-over has not been taken over yet.',
    'zh-Hant': '上一班的交接班紀錄尚未有人接班。',
    'zh-Hans': '上一班的交接班记录尚未有人接班。',
  },
};

const fallback: Text = { en: 'The request was refused.', 'zh-Hant': '請求被拒絕。', 'zh-Hans': '请求被拒绝。' };

/** The localised title of an error code; codes without a translation fall back to their context's generic line. */
export function problemTitle(code: string, locale: ClubLocale): string {
  return (titles[code] ?? fallback)[locale];
}

/** True when the server has a translated title for the code. */
export function hasTitle(code: string): boolean {
  return code in titles;
}
