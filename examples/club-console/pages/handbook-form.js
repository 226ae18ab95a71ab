// The administrator's form that publishes a new version of the member handbook (A3 art.4, 7, 8),
// loaded on demand when the "publish the member handbook" section is first opened. It starts from
// the version in force, and publishes with the operator client over the console's staff session.
// Built with the DOM (no HTML strings), so it runs under the page's Trusted Types policy.
import { isClubApiError } from '@clubkit/client';
import { createOperatorClient, sessionFromEndpoint } from '@clubkit/client/operator';

/** The fields of the form, with their labels and hints. */
const FIELDS = [
  { name: 'title', label: '手冊標題', kind: 'input' },
  { name: 'effectiveFrom', label: '生效日', kind: 'date', hint: '今日或之後，且不早於最新版本的生效日。' },
  { name: 'sections', label: '章節', kind: 'textarea', hint: '每節以空行分隔；每節第一行為標題，其後為內文。' },
  { name: 'rights', label: '會員的權利', kind: 'textarea', hint: '每行一項。' },
  { name: 'duties', label: '會員的義務', kind: 'textarea', hint: '每行一項。' },
];

const lines = (text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Sections from the text: blocks separated by a blank line, the first line of each its heading. */
const sectionsOf = (text) =>
  text
    .split(/\n\s*\n/)
    .map(lines)
    .filter((block) => block.length > 0)
    .map(([heading = '', ...body]) => ({ heading, body: body.join('\n') }));

const sectionsText = (sections) => sections.map((s) => `${s.heading}\n${s.body}`).join('\n\n');

/** The club's calendar day tomorrow in Shanghai, as `YYYY-MM-DD`. */
const clubDay = (offsetDays) =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

function element(tag, attributes = {}, text) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** What the Club API's refusal means, in the console's words. */
function refusal(error) {
  if (!isClubApiError(error)) return '無法連線到俱樂部服務，請稍後再試。';
  if (error.code === 'membership/handbook-backdated') return '生效日須為今日或之後，且不得早於最新版本的生效日。';
  if (error.code === 'handbook/version-taken') return '剛有另一個版本發佈；請重新開啟後再發佈。';
  if (error.code === 'invalid-input') {
    const names = new Map(FIELDS.map((f) => [f.name, f.label]));
    const fields = [...new Set(error.issues.map((issue) => names.get(String(issue.path[0])) ?? String(issue.path[0])))];
    return `請檢查：${fields.join('、')}（不可空白、不可重複、不可過長）。`;
  }
  return error.message;
}

/** Builds the form into `slot` and fills it from the version in force. */
export async function mountHandbookForm(slot, { baseUrl, sessionEndpoint }) {
  const club = createOperatorClient({ baseUrl, session: sessionFromEndpoint(sessionEndpoint) });
  const form = element('form', { class: 'handbook-form', novalidate: '' });
  const inputs = {};
  for (const field of FIELDS) {
    const id = `handbook-${field.name}`;
    const row = element('p', { class: 'field' });
    row.append(element('label', { for: id }, field.label));
    const input =
      field.kind === 'textarea'
        ? element('textarea', { id, name: field.name, rows: field.name === 'sections' ? '8' : '5' })
        : element('input', { id, name: field.name, type: field.kind === 'date' ? 'date' : 'text', required: '' });
    if (field.hint) {
      const hintId = `${id}-hint`;
      input.setAttribute('aria-describedby', hintId);
      row.append(input, element('span', { id: hintId, class: 'hint' }, field.hint));
    } else row.append(input);
    inputs[field.name] = input;
    form.append(row);
  }
  const status = element('p', { role: 'status', class: 'handbook-status' });
  const alert = element('p', { role: 'alert', class: 'error' });
  const submit = element('button', { type: 'submit' }, '發佈新版本');
  form.append(submit, status, alert);
  slot.replaceChildren(form);

  inputs.effectiveFrom.value = clubDay(1);
  try {
    const current = await club.handbook.current();
    inputs.title.value = current.title;
    inputs.sections.value = sectionsText(current.sections);
    inputs.rights.value = current.rights.join('\n');
    inputs.duties.value = current.duties.join('\n');
    status.textContent = `目前生效：第 ${current.version} 版，自 ${current.effectiveFrom} 起。`;
  } catch (error) {
    if (!isClubApiError(error) || error.code !== 'handbook/none-in-force') alert.textContent = refusal(error);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.textContent = '';
    submit.disabled = true;
    try {
      const published = await club.handbook.publish({
        title: inputs.title.value,
        lang: document.documentElement.lang || 'zh-Hant',
        effectiveFrom: inputs.effectiveFrom.value,
        sections: sectionsOf(inputs.sections.value),
        rights: lines(inputs.rights.value),
        duties: lines(inputs.duties.value),
      });
      status.textContent = `已發佈第 ${published.version} 版，自 ${published.effectiveFrom} 起生效。`;
    } catch (error) {
      alert.textContent = refusal(error);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
