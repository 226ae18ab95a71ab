// The CDN build for a VIP page where members also sign up for the club's activities and group buys:
// everything clubkit-vip.js has (clubkit.js and <club-vip-offer>), and <club-vip-activities> with
// its controller. A page loads this one instead of clubkit.js or clubkit-vip.js (never two: each
// holds its own lit, and a strict CSP allows one 'lit-html' Trusted Types policy), so the files
// member pages and VIP sales pages load stay their size.
// Each define entry is imported here: a bundler keeps a module's side effects only where
// package.json says it has them, which cdn-vip.ts does not.
export * from './cdn.js';
export * from './vip-offer.js';
export * from './vip-activities.js';
import './define/vip-offer.js';
import './define/vip-activities.js';
