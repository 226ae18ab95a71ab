import { scaleClubBatches } from '../dist/scale-seed.js';
import { searchMerchants } from '@clubkit/core/merchants';
import v8 from 'node:v8';
const gc = globalThis.gc;
const docs = [];
for (const b of scaleClubBatches({ members: 1000, merchants: 200000, complaints: 0, vipOrders: 0, redemptions: 0, seed: 20261130, today: '2026-11-30' })) {
  if (b.table === 'merchants') for (const r of b.rows) docs.push(r.doc);
}
gc(); const h0 = process.memoryUsage().heapUsed;
console.log('docs', docs.length, 'avg json chars', docs.reduce((s,d)=>s+d.length,0)/docs.length);
const mode = process.argv[2];
let list;
if (mode === 'objects') list = docs.map(d => JSON.parse(d));
gc(); const h1 = process.memoryUsage().heapUsed;
console.log(mode, 'heap MB', ((h1-h0)/1e6).toFixed(1));
if (mode === 'objects') { searchMerchants(list, { text: 'x' }); gc(); console.log('with index MB', ((process.memoryUsage().heapUsed-h0)/1e6).toFixed(1)); }
console.log(docs[5]);
