import type { ProcedureRecord, PropertyUnit } from '@clubkit/core/service';
import type { ClubServer } from '../app.js';

/** The demo property whose service desk runs the demo procedures. */
export const DEMO_PROPERTY_ID = 'prp_riverside';

/**
 * The demo service desk's units and procedures (A4 §3.1, §3.2, §3.13), written through the Club
 * API's own routes so that core's rules decide every step, in each state a desk meets: a
 * renovation waiting for sign-offs whose drawings engineering sent back, a renovation above
 * 200 m² whose contractor was checked and that reaches security's fire review, a finished move-in
 * (its owner offered a substitute for a missing paper, then the readings, facilities and keys handed
 * over), and a move-out inspected with a deposit still to refund. The club's published fines for
 * renovation violations go on the price list: A4 names no amounts, so these are the demo club's.
 */
export async function seedProcedures(server: ClubServer): Promise<void> {
  const key = await server.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'demo procedures seed' });
  try {
    const call = async <T>(path: string, body?: unknown): Promise<T> => {
      const response = await server.fetch(
        new Request(`http://club.internal${path}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${key.secret}`, 'Content-Type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        }),
      );
      if (!response.ok) throw new Error(`The demo procedures could not be seeded: ${path} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const unit = (number: string, owner: string, areaSqm: number) =>
      call<PropertyUnit>('/v1/units', {
        propertyId: DEMO_PROPERTY_ID,
        number,
        owner: { name: owner, phone: '13800000000' },
        areaSqm,
      });
    const open = (body: object) => call<ProcedureRecord>('/v1/procedures', body);
    const sign = async (p: ProcedureRecord, step: string, ...departments: string[]) => {
      for (const department of departments) await call(`/v1/procedures/${p.id}/sign-offs`, { step, department });
    };
    const event = (p: ProcedureRecord, body: object) => call<ProcedureRecord>(`/v1/procedures/${p.id}/events`, body);

    // The demo club's published fines, one per kind of violation it fines (A4 §3.2.4 4 2] D).
    const fines = [
      { name: '非規定時段使用強噪音工具', priceFen: 50_000, violation: 'noise' },
      { name: '施工垃圾未及時清理', priceFen: 20_000, violation: 'waste' },
      { name: '工人未持證上崗或無動火證動火', priceFen: 30_000, violation: 'no-pass' },
      { name: '消防設施不符規範', priceFen: 100_000, violation: 'fire-safety' },
    ];
    for (const fine of fines) await call('/v1/service-prices', { ...fine, chargeUnit: '每次' });

    const small = await unit('A-1203', '林志明', 128);
    const large = await unit('B-2101', '雲海貿易有限公司', 260);
    const newcomer = await unit('A-0802', '王淑芬', 96);
    const leaving = await unit('C-1506', '滇南茶業有限公司', 180);

    // A renovation waiting for sign-offs: engineering sent the drawings back with its reason.
    const renovation = await open({
      name: 'renovation',
      unitId: small.id,
      areaSqm: small.areaSqm,
      depositFen: 300_000,
    });
    await sign(renovation, 'application', 'customer-service');
    await event(renovation, { type: 'rejectDrawings', reason: '噴淋頭位置不符消防規範，請修改後重新提交。' });

    // Above 200 m²: core opens it with security's fire review, the next step waiting.
    const fire = await open({ name: 'renovation', unitId: large.id, areaSqm: large.areaSqm, depositFen: 500_000 });
    await sign(fire, 'application', 'customer-service');
    await event(fire, {
      type: 'checkContractor',
      contractor: { name: '滇峰裝飾工程有限公司', licenceNumber: '91532800MA6N3K2X7Q', qualificationGrade: 1 },
    });
    await sign(fire, 'drawings', 'engineering');
    await sign(fire, 'fees', 'customer-service');
    await sign(fire, 'undertakings', 'customer', 'contractor');

    // A finished move-in: the owner came without her licence copy and was offered to fax it the
    // same day; then every step signed by every party over the records they sign.
    const moveIn = await open({ name: 'move-in', unitId: newcomer.id });
    await sign(moveIn, 'notice', 'leasing');
    await event(moveIn, {
      type: 'documentsMissing',
      documents: ['business-licence'],
      remedy: 'substitute',
      substitute: '營業執照複印件加蓋公章，當日傳真補交',
    });
    await event(moveIn, { type: 'recordMeterReadings', readings: { electricity: 1520.5, water: 86.2, gas: 12.4 } });
    await event(moveIn, {
      type: 'recordFacilities',
      items: [
        { item: '分體式空調', count: 2, condition: 'good' },
        { item: '熱水器', count: 1, condition: 'good' },
        { item: '百葉窗', count: 3, condition: 'defective', note: '一副拉繩斷裂，已轉工程部跟進' },
      ],
    });
    await event(moveIn, {
      type: 'handOverKeys',
      keys: [
        { label: '大門鑰匙', count: 3 },
        { label: '信箱鑰匙', count: 1 },
      ],
    });
    for (const step of moveIn.steps.slice(1)) await sign(moveIn, step.id, ...step.departments);

    // A move-out inspected, its deposit still to refund less the damages.
    const moveOut = await open({ name: 'move-out', unitId: leaving.id, depositFen: 600_000 });
    await sign(moveOut, 'application', 'leasing', 'customer-service');
    await sign(moveOut, 'passes', 'customer-service');
    await sign(moveOut, 'inspection', 'engineering', 'security');
  } finally {
    await server.revokeKey(key.id);
  }
}
