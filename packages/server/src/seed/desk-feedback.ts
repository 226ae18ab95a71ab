import type { Staff } from '@clubkit/core/api';
import type { PropertyUnit, Survey, SurveyRequest } from '@clubkit/core/service';
import type { ClubServer } from '../app.js';
import { DEMO_PROPERTY_ID } from './procedures.js';

/**
 * The demo service desk's feedback: a complaint about the night shift's conduct with a witness and
 * the lobby camera's recording (A4 §3.3.6 5), handled by the desk's manager and never shown to the
 * night shift; and the quarter's feedback survey (A4 §3.3.5 3) sent to the demo property's four
 * units, three of them answered. Written through the Club API's own routes after the units and the
 * staff exist, so core's rules decide every record; the same every run for the same day.
 */
export async function seedDeskFeedback(server: ClubServer, accused: Staff): Promise<void> {
  const key = await server.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'demo feedback seed' });
  try {
    const call = async <T>(path: string, body: unknown): Promise<T> => {
      const response = await server.fetch(
        new Request(`http://club.internal${path}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${key.secret}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
      if (!response.ok) throw new Error(`The demo feedback could not be seeded: ${path} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const units = await server.db
      .selectFrom('units')
      .select('doc')
      .where('property_id', '=', DEMO_PROPERTY_ID)
      .orderBy('id')
      .execute();
    const [first] = units.map((row) => JSON.parse(row.doc) as PropertyUnit);

    await call('/v1/conduct-complaints', {
      name: '林志明',
      subject: { unit: first?.number ?? 'A-1203' },
      content: '夜班前台人員接電話時語氣不耐煩，並拒絕登記我的報修。',
      phone: '13800000000',
      channel: 'visit',
      category: 'service-attitude',
      ...(first ? { unitId: first.id } : {}),
      conduct: {
        staffId: accused.id,
        witnesses: [{ name: '林太太', phone: '13800000001', statement: '當晚在旁聽見通話內容。' }],
        evidence: [{ description: '前台電話錄音，當晚 23:40', reference: '客服部錄音存檔' }],
      },
    });

    const survey = await call<Survey>('/v1/surveys', {
      title: '本季業主意見徵詢',
      propertyId: DEMO_PROPERTY_ID,
      questions: [
        { id: 'overall', kind: 'rating', prompt: '您對物業服務整體是否滿意？' },
        { id: 'front-desk', kind: 'rating', prompt: '前台接待的服務態度' },
        { id: 'cleaning', kind: 'rating', prompt: '公共區域的清潔' },
        { id: 'suggestions', kind: 'text', prompt: '您對我們還有什麼建議？' },
      ],
    });
    const answers = [
      [5, 4, 4, '希望延長前台服務時間。'],
      [4, 2, 5, '夜班接電話態度需改善。'],
      [3, 3, 2, '地下車庫清潔不足。'],
    ] as const;
    for (const [index, row] of units.entries()) {
      const unit = JSON.parse(row.doc) as PropertyUnit;
      const request = await call<SurveyRequest>(`/v1/surveys/${survey.id}/requests`, { unitId: unit.id });
      const given = answers[index];
      if (!given) continue;
      const [overall, frontDesk, cleaning, suggestions] = given;
      await call(`/v1/survey-requests/${request.id}/answers`, {
        answers: [
          { questionId: 'overall', rating: overall },
          { questionId: 'front-desk', rating: frontDesk },
          { questionId: 'cleaning', rating: cleaning },
          { questionId: 'suggestions', text: suggestions },
        ],
      });
    }
  } finally {
    await server.revokeKey(key.id);
  }
}
