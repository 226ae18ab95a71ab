import type { Staff } from '@clubkit/core/api';
import type { Handover } from '@clubkit/core/service';
import type { ClubServer } from '../app.js';

/**
 * The demo front desk's first shift hand-over (A4 §3.9.1 1), written and signed through the Club
 * API's own route by the night shift's `writer`, so that the day shift (the demo desk user) reads
 * it, asks what is unclear and takes it over: a log and three open items to carry.
 */
export async function seedHandover(server: ClubServer, writer: Staff): Promise<Handover> {
  const key = await server.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'demo hand-over seed' });
  try {
    const call = async <T>(path: string, body: unknown, token = key.secret): Promise<T> => {
      const response = await server.fetch(
        new Request(`http://club.internal${path}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
      if (!response.ok) throw new Error(`The demo hand-over could not be seeded: ${path} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const session = await call<{ token: string }>('/v1/staff-sessions', { staffId: writer.id });
    try {
      return await call<Handover>(
        '/v1/handovers',
        {
          log: '夜班：接聽業主來電 6 通，登記報修 2 宗（A-1203 廚房漏水已派工程部）；02:10 消防控制室誤報一次，保安部已複核。',
          items: [
            'A-1203 業主的備用鑰匙在前台保險櫃，待業主本人憑身份證領取。',
            'B-2101 裝修單位明早 9 點送審圖紙，請通知工程部接收。',
            '快遞代收 3 件（C-1506 兩件、A-0802 一件），已登記，待業主領取。',
          ],
        },
        session.token,
      );
    } finally {
      await server.fetch(
        new Request('http://club.internal/v1/staff-sessions/current', {
          method: 'DELETE',
          headers: { Authorization: `Bearer ${session.token}` },
        }),
      );
    }
  } finally {
    await server.revokeKey(key.id);
  }
}
