// The CDN build for a page that sells the VIP card: everything clubkit.js has, and
// <club-vip-offer> with its controller. A page loads this one instead of clubkit.js (never both:
// each holds its own lit, and a strict CSP allows one 'lit-html' Trusted Types policy), so
// clubkit.js, which member pages load, stays the three member widgets' size.
export * from './cdn.js';
export * from './vip-offer.js';
import './define/vip-offer.js';
