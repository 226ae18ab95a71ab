import type { Complaint, Visit } from '@clubkit/core/service';
import type { ClubServer } from '../app.js';

const HOUR = 3_600_000;

/**
 * The demo service desk's return visits after resolved complaints (A4 §3.3.4 4), booked through
 * the Club API's own route: the first resolved complaint's visit was due yesterday and is still to
 * make, the second's is due within the hour, the third's is next week. `now` is the seed's instant.
 */
export async function seedReturnVisits(server: ClubServer, now: Date): Promise<Visit[]> {
  const key = await server.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'demo visits seed' });
  try {
    const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
      const response = await server.fetch(
        new Request(`http://club.internal${path}`, {
          method,
          headers: { Authorization: `Bearer ${key.secret}`, 'Content-Type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        }),
      );
      if (!response.ok) throw new Error(`The demo visits could not be seeded: ${path} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const resolved = await call<{ data: Complaint[] }>('GET', '/v1/complaints?status=resolved&limit=3');
    const offsets = [-24 * HOUR, HOUR / 2, 7 * 24 * HOUR];
    const visits: Visit[] = [];
    for (const [i, complaint] of resolved.data.entries()) {
      const unit = 'unit' in complaint.subject ? complaint.subject.unit : undefined;
      visits.push(
        await call<Visit>('POST', '/v1/visits', {
          customer: complaint.name,
          phone: complaint.phone,
          ...(unit ? { unit } : {}),
          purpose: `回訪投訴 ${complaint.reference}：處理結果是否滿意，是否還有其他要求。`,
          appointmentAt: new Date(now.getTime() + (offsets[i] ?? 0)).toISOString(),
          subject: { kind: 'complaint', id: complaint.id },
        }),
      );
    }
    return visits;
  } finally {
    await server.revokeKey(key.id);
  }
}
