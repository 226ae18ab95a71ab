// The sheet editor's score bands, a chunk the assessment steps load with the sheets
// (`import('./assessment-bands.js')`): the reward each band of score earns, with its words in the
// three locales. The checks are the controller's (`AssessmentSteps.publish`), as the server makes them.
import { html, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import type { AssessmentSteps } from './assessment-steps.js';

/** The words of the bands' table. */
interface BandMessages {
  /** The table's caption: a score reaching a band's lowest score earns its reward. */
  title: string;
  minScore: string;
  reward: string;
  /** The remove button of band `n`. */
  remove(n: number): string;
  add: string;
}

const zhHant: BandMessages = {
  title: '獎金級距',
  minScore: '最低分數',
  reward: '獎金（元）',
  remove: (n) => `刪除第 ${n} 級`,
  add: '新增級距',
};
const WORDS: Record<string, BandMessages> = {
  en: {
    title: 'Reward bands',
    minScore: 'Lowest score',
    reward: 'Reward (CNY)',
    remove: (n) => `Remove band ${n}`,
    add: 'Add a band',
  },
  'zh-Hans': {
    title: '奖金级距',
    minScore: '最低分数',
    reward: '奖金（元）',
    remove: (n) => `删除第 ${n} 级`,
    add: '新增级距',
  },
};

/** A field's `aria-invalid` and `aria-describedby`: set on the one the last check named. */
type FieldMark = (field: string) => { invalid: string; describedBy: unknown };

/**
 * The bands of the next sheet version as typed: each band's lowest score and its reward in yuan,
 * a button to remove it, and one to add a band; `at` marks the field the last check named.
 */
export function renderBands(steps: AssessmentSteps, common: CommonMessages, at: FieldMark): TemplateResult {
  const t = WORDS[common.intlLocale] ?? zhHant;
  return html`<table part="sheet-bands" class="standing fit">
      <caption>${t.title}</caption>
      <thead>
        <tr>
          <th scope="col">${t.minScore}</th>
          <th scope="col">${t.reward}</th>
          <td></td>
        </tr>
      </thead>
      <tbody>
        ${steps.bands.map(
          (band, i) => html`<tr part="sheet-band">
            ${(['minScore', 'reward'] as const).map((field) => {
              const f = at(`band-${i}-${field}`);
              return html`<td>
                <input
                  part="band-${field}"
                  aria-label=${`${t[field]} ${i + 1}`}
                  inputmode="decimal"
                  size="8"
                  .value=${band[field]}
                  aria-invalid=${f.invalid}
                  aria-describedby=${f.describedBy}
                  @input=${(e: Event) => steps.setBand(i, field, (e.target as HTMLInputElement).value)}
                />
              </td>`;
            })}
            <td>
              <button type="button" part="remove-band-button" @click=${() => steps.removeBand(i)}>
                ${t.remove(i + 1)}
              </button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
    <div class="bar">
      <button type="button" part="add-band-button" @click=${() => steps.addBand()}>${t.add}</button>
    </div>`;
}
