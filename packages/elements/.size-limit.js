// Size budgets, checked by `pnpm test`: what a partner's bundler makes of our published entries
// (esbuild, minified, gzip), without the locales a page loads on demand (English and Simplified
// Chinese: `./locales/*` in the npm build, `./chunks/*` next to the CDN build), which are files of
// their own. The limits are regression guards in size-limit's units (kB of 1,000 bytes, its own
// gzip); the targets (KiB, gzip -9: 20 per widget, 35 for all three) are judged by
// `pnpm bench:elements`, which measures the same with code splitting and prints the breakdown.
// Each entry here is bundled alone, without splitting: scripts/first-load.mjs (also in `pnpm test`)
// guards the first load a splitting bundler makes, where a shared chunk can bring a lazy chunk's code.
const lazyLocalesApart = (config) => ({
  ...config,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // The QR encoder is a chunk the member card loads only to show a VIP card's code (`./qr.js`);
  // the merchant directory's detail view one it loads when a merchant is first opened; the complaint
  // form loads a member's details, the kept receipt and "check progress" only when they are needed
  // (`./on-demand/index.js`); the member card its handbook panel when a member first opens it
  // (`./handbook/index.js`); the alliance board's sheet editor its score bands (`./assessment-bands.js`);
  // the complaint form core's complaint rules when a person starts on it (`./complaint-check.js`);
  // the VIP offer its savings estimate (the searches and core's rule) on the first one (`./estimate.js`).
  external: [
    ...(config.external ?? []),
    './locales/*',
    './chunks/*',
    './qr.js',
    './handbook/index.js',
    './detail-view.js',
    './on-demand/index.js',
    './assessment-bands.js',
    './complaint-check.js',
    './estimate.js',
  ],
});
const entry = (name, path, limit) => ({ name, path, modifyEsbuildConfig: lazyLocalesApart, gzip: true, limit });
/** An alliance board section loaded on demand: the access check it shares with the others is measured apart. */
const sectionEntry = (name, path, limit) => ({
  ...entry(name, path, limit),
  modifyEsbuildConfig: (config) => {
    const apart = lazyLocalesApart(config);
    return { ...apart, external: [...apart.external, './section-access.js'] };
  },
});

// The limits sit about 0.3 kB above the sizes measured after the build began minifying the
// insides of css/html/svg templates (scripts/minify-templates.mjs), which took 0.2–0.7 kB off
// each entry. The member card's VIP code (controller, view, messages; the QR encoder is apart)
// keeps the bundle of all three and the CDN build over their 35 KiB target: a chunk of its own
// would cost the CDN build its single file and win only about 0.2 KiB back, measured.
// The finished look (December 2026) raised nine of them, measured: the shared controls, alert and
// skeleton styles and the card's face (0.1–0.3 kB a widget), the directory's rows on a phone with
// branch, place and headline offer, its folding filters and skeleton rows (0.6 kB), the region
// names and validation words in three locales (0.25 kB), and the complaint form's prefill notice,
// kept receipt and progress glue (0.9 kB; their views and words load on demand). Each is a
// feature a visitor sees; the 20/35 KiB targets are missed by more than before, and say so.
// The complaint form binds its inputs' `.value` without lit's `live` directive (21.36 kB, from
// 21.8): its guard came down by 0.4 kB.
// The client holding each attempt's request until its answer is read (Node's fetch lost a timeout's
// abort when a collection took the request mid-call) added 20–30 bytes to every widget: the three
// guards that had less room than that (member card, member desk, card check) rose by 0.05 kB.
// The complaint form loads core's complaint rules when focus first enters it (`./complaint-check.js`,
// measured apart below), and imports the complaint words from `@clubkit/core/service/vocabulary`:
// its first file came down by about 1.2 kB.
// The category names are a message whose built-in values are core's per-locale tables
// (`@clubkit/core/merchants/category-labels/…`), so a widget's first file carries zh-Hant's alone:
// the directory, the VIP offer and the offer manager each came down by 0.5–0.7 kB, the bundle of
// all widgets by 0.4 kB; the CDN build no longer exports core's `categoryLabel` (all three tables).
export default [
  entry('CDN build: all three widgets, provider, client, lit', 'dist/cdn/clubkit.js', '39.2 kB'),
  entry('@clubkit/elements/define (all widgets)', 'dist/define.js', '38.9 kB'),
  entry('@clubkit/elements/define/member-card', 'dist/define/member-card.js', '19.75 kB'),
  entry('@clubkit/elements/define/complaint-form', 'dist/define/complaint-form.js', '20.5 kB'),
  entry('complaint-form: core rules (on demand)', 'dist/complaint-form/complaint-check.js', '1.95 kB'),
  entry('@clubkit/elements/define/merchant-directory', 'dist/define/merchant-directory.js', '23.6 kB'),
  // An operator widget, outside the member bundles above; about a third of it is core's access
  // rules (can(), with their zod/mini schemas), which decide the sections a role sees. The VIP
  // revenue section (money formatting, two charts, three locales' words) added about 0.9 KiB, the
  // campaigns chart with core's report sentence (in the three locales) about 0.8 KiB.
  // Its income section (the administrator's activities and advertising income: controller, view,
  // three locales' words, the activities client) is a chunk loaded when opened, measured below; the
  // alliance resources that name the alliance section's counties load with that section only
  // (./county-client.js, 0.5 kB), which made room for the income lines' chart and the section's button.
  // Its income gating asks core's `canOn()`, the access rules without zod (24.9 kB, from 32.2 with `can()`).
  {
    ...entry('@clubkit/elements/define/stats-board (operator)', 'dist/define/stats-board.js', '25.2 kB'),
    modifyEsbuildConfig: (config) => {
      const apart = lazyLocalesApart(config);
      return { ...apart, external: [...apart.external, './income.js', './income-client.js', './county-client.js'] };
    },
  },
  // The stats board's income section and its client, with lit and what they share with the board.
  entry('stats-board: income section (on demand)', 'dist/stats-board/income.js', '9.8 kB'),
  // The return visits due (their controller, list and three locales' words, the visits client) added
  // 0.6 kB, the queue's paging ("show more", the one-status queues by cursor) 0.7 kB.
  // Its conduct complaint and feedback survey sections (their controllers, views, three locales' words
  // and client) are chunks loaded when the desk opens one, and its step forms one loaded when the desk
  // first takes a step (which made room for the sections' buttons), so they are measured below.
  {
    ...entry('@clubkit/elements/define/complaint-desk (operator)', 'dist/define/complaint-desk.js', '21.1 kB'),
    modifyEsbuildConfig: (config) => {
      const apart = lazyLocalesApart(config);
      return {
        ...apart,
        external: [
          ...apart.external,
          './conduct.js',
          './surveys.js',
          './records-client.js',
          './step-form.js',
          './drafts.js',
          './desk-access.js',
        ],
      };
    },
  },
  // The complaint desk's chunks, each with lit and what it shares with the desk.
  // What the desk typed in a section or a step form, kept while a complaint is open: loaded with the
  // first section or step form opened.
  entry('complaint-desk: kept drafts (on demand)', 'dist/complaint-desk/drafts.js', '0.8 kB'),
  entry('complaint-desk: step forms (on demand)', 'dist/complaint-desk/step-form.js', '7.3 kB'),
  // Its staff member picker is a chunk of its own, loaded when the section opens (measured below).
  {
    ...entry('complaint-desk: conduct complaints (on demand)', 'dist/complaint-desk/conduct.js', '9.6 kB'),
    modifyEsbuildConfig: (config) => {
      const apart = lazyLocalesApart(config);
      return { ...apart, external: [...apart.external, './staff-picker.js'] };
    },
  },
  entry('complaint-desk: conduct staff picker (on demand)', 'dist/complaint-desk/staff-picker.js', '9.2 kB'),
  // Which forms the signed-in staff member can submit: core's can() with its schemas, loaded with the
  // first queue beside the session request, so a form the Club API would refuse is never shown.
  entry(
    'complaint-desk: the forms a role can submit (with the first queue)',
    'dist/complaint-desk/desk-access.js',
    '9.5 kB',
  ),
  entry('complaint-desk: feedback surveys (on demand)', 'dist/complaint-desk/surveys.js', '10.7 kB'),
  entry('complaint-desk: sections client (on demand)', 'dist/complaint-desk/records-client.js', '1 kB'),
  // An operator widget; core's offer rules without zod, the directory's offer words, the staff client.
  // Whether the role signed in may change the offers (core's can(), with its zod/mini checks) is a
  // chunk it loads beside the merchant (./may-change.js), measured below.
  {
    ...entry('@clubkit/elements/define/offer-manager (operator)', 'dist/define/offer-manager.js', '23.8 kB'),
    modifyEsbuildConfig: (config) => {
      const apart = lazyLocalesApart(config);
      return { ...apart, external: [...apart.external, './may-change.js'] };
    },
  },
  entry('offer-manager: whether a role may change offers (on demand)', 'dist/offer-manager/may-change.js', '1.9 kB'),
  // Sold on a partner's page, outside the member bundles above: the VIP orders client. Core's
  // savings rule without its zod input check (estimateYearlySavingsOn: 32.5 KiB with
  // the checked one) and the directory searches it weighs load with the first estimate, measured
  // apart (from 21.93 kB; the price and the card status come from core's narrow subpaths
  // `fees/annual-fee` and `vip/card-status`, which do not reach the rule). The words of the offers'
  // terms, shown only with an estimate, load with it too (estimate 1.65 -> 2.31 kB, offer 20.44 kB),
  // and so does the view of a ready estimate (estimate 2.31 -> 2.63 kB, offer 20.25 kB).
  entry('@clubkit/elements/define/vip-offer', 'dist/define/vip-offer.js', '20.6 kB'),
  entry('vip-offer: the savings estimate (on demand)', 'dist/vip-offer/estimate.js', '2.9 kB'),
  // clubkit.js with <club-vip-offer>, which a page that sells the card loads instead of clubkit.js.
  // It carries no zod since the VIP offer estimates with core's unchecked savings rule.
  entry('CDN build with the VIP offer: clubkit-vip.js', 'dist/cdn/clubkit-vip.js', '39.2 kB'),
  // An operator widget; core's calendar and membership state rules, the staff client's member resources.
  // The campaigns (their list and column, the administrator's form, three locales' words) added 0.7 kB.
  // Its application form (state, checks, view, three locales' words, the branches client) is a chunk
  // loaded when the form is first opened; core's access rules (can(), which decide the forms a role
  // sees: 9.7 kB, a third of it zod/mini) one loaded with the first queue; and the administrator's
  // campaign form one loaded only on a page that shows it to her (which made room for the apply button
  // and the role checks: 22.44 → 22.49 kB). They are left out here and measured below. Core's
  // calendar learnt the years before 100 and `isCalendarDate` for the application form: 22.56 kB.
  {
    ...entry('@clubkit/elements/define/member-desk (operator)', 'dist/define/member-desk.js', '22.6 kB'),
    modifyEsbuildConfig: (config) => {
      const apart = lazyLocalesApart(config);
      return {
        ...apart,
        external: [
          ...apart.external,
          './access.js',
          './application-form.js',
          './application-client.js',
          './campaign-form.js',
        ],
      };
    },
  },
  // The member desk's chunks, each with lit and what it shares with the desk.
  entry('member-desk: application form (on demand)', 'dist/member-desk/application-form.js', '10.6 kB'),
  entry('member-desk: application form client (on demand)', 'dist/member-desk/application-client.js', '0.9 kB'),
  entry('member-desk: access rules (with the first queue)', 'dist/member-desk/access.js', '1.9 kB'),
  entry('member-desk: campaign form (administrator, on demand)', 'dist/member-desk/campaign-form.js', '6.8 kB'),
  // An operator widget; its QR decoder (@paulmillr/qr, ~10.5 kB) is a chunk of its own, loaded
  // only when the camera opens on a browser without BarcodeDetector, so it is left out here, and so
  // is its service use record (./service-use.js), measured below. The button that opens that record
  // and its loader stay in the first file: 0.1 kB, on the merchant's intranet page only.
  {
    ...entry('@clubkit/elements/define/card-check (operator)', 'dist/define/card-check.js', '21.55 kB'),
    modifyEsbuildConfig: (config) => {
      const apart = lazyLocalesApart(config);
      return { ...apart, external: [...apart.external, '@paulmillr/qr/decode.js', './service-use.js'] };
    },
  },
  // The counter's record of a member's use of a catalogue service (its client, form and three
  // locales' words), a chunk the counter loads when it is first opened, with lit and what it shares.
  entry('card-check: service use (on demand)', 'dist/card-check/service-use.js', '13 kB'),
  // An operator widget; the staff client's procedure and unit resources, core's money formatting,
  // and the forms and words of a renovation's and a move-in's seven records (about 3 kB of it).
  entry('@clubkit/elements/define/procedure-desk (operator)', 'dist/define/procedure-desk.js', '25.5 kB'),
  // An operator widget; the alliance resources of the staff client, core's calendar and money formatting.
  // Its assessment, secondary-dealer list, time-rules, primary-dealer and promotions sections (controller, view, three locales'
  // words, their client) are chunks loaded when the sales centre opens them, so they are left out here
  // and measured below.
  {
    ...entry('@clubkit/elements/define/alliance-board (operator)', 'dist/define/alliance-board.js', '20 kB'),
    modifyEsbuildConfig: (config) => {
      const apart = lazyLocalesApart(config);
      return {
        ...apart,
        external: [
          ...apart.external,
          './assessments.js',
          './assessment-client.js',
          './secondary-lists.js',
          './secondary-list-client.js',
          './time-rules.js',
          './time-rules-client.js',
          './primary-dealer.js',
          './primary-dealer-client.js',
          './promotions.js',
          './promotions-client.js',
        ],
      };
    },
  },
  // The alliance board's assessment section and its client, with lit and what they share with the board.
  // Its other steps, sheet editor and fund ledger are a chunk it loads with its data, and who may sign
  // which step is asked of the sections' access check: both measured below.
  {
    ...entry('alliance-board: assessment section (on demand)', 'dist/alliance-board/assessments.js', '9 kB'),
    modifyEsbuildConfig: (config) => {
      const apart = lazyLocalesApart(config);
      return { ...apart, external: [...apart.external, './assessment-steps-view.js', './section-access.js'] };
    },
  },
  // The director's and deputy's scores, the branch's and region's check, the sheet editor and the
  // fund ledger with its fines (controller, view, words), with lit (about 6 kB of it, which the page
  // has already loaded) and core's money formatting; measured at 11.0 kB when it was split out.
  entry('alliance-board: assessment steps (on demand)', 'dist/alliance-board/assessment-steps-view.js', '11.3 kB'),
  // The sheet editor's score bands (view and three locales' words), loaded with the sheets; their
  // editing and checks are the steps' own.
  entry('alliance-board: sheet score bands (on demand)', 'dist/alliance-board/assessment-bands.js', '6.8 kB'),
  // The secondary-dealer list section (controller, view, three locales' words) with lit and what it shares with the board.
  entry('alliance-board: secondary-dealer list section (on demand)', 'dist/alliance-board/secondary-lists.js', '10 kB'),
  // The alliance board's time-rules section (view, three locales' words) and its client.
  entry('alliance-board: time-rules section (on demand)', 'dist/alliance-board/time-rules.js', '8.5 kB'),
  // The alliance board's primary-dealer section (controller, view, replacement form, three locales' words).
  // Who may replace the primary dealer is asked of core's access rules, a module of its own measured below.
  sectionEntry('alliance-board: primary-dealer section (on demand)', 'dist/alliance-board/primary-dealer.js', '9 kB'),
  // The alliance board's member-only promotions section (controller, view, its list, enrolment, reward and
  // set-up forms, three locales' words), without the access check measured below.
  sectionEntry('alliance-board: promotions section (on demand)', 'dist/alliance-board/promotions.js', '12 kB'),
  // Which forms a section shows, asked of core's `canOn()` on the staff session's principal (the rules the
  // Club API enforces, without the input checks `can()` takes zod for: 1.6 kB where `can()` was 9.7).
  // A module the sections share, loaded with the first one opened; the board's first file never carries it.
  entry("alliance-board: sections' access check (on demand)", 'dist/alliance-board/section-access.js', '1.9 kB'),
  // An operator widget; the staff client's hand-over resource, core's open-items rule.
  entry('@clubkit/elements/define/handover-desk (operator)', 'dist/define/handover-desk.js', '19.5 kB'),
  // The member card's handbook panel (state, view, look, three locales' words): no lit and no
  // client of its own, which the card hands it, so it is only what a member who opens it downloads.
  entry('member-card: handbook panel (on demand)', 'dist/member-card/handbook/index.js', '2.5 kB'),
  // An operator widget; the admin's catalogue resource and core's zod-free catalogue constants.
  // Which changes it offers (core's can(), with its zod/mini checks) is a chunk it loads beside the
  // services (./may-edit.js), measured below.
  {
    ...entry('@clubkit/elements/define/service-catalogue (operator)', 'dist/define/service-catalogue.js', '17 kB'),
    modifyEsbuildConfig: (config) => {
      const apart = lazyLocalesApart(config);
      return { ...apart, external: [...apart.external, './may-edit.js'] };
    },
  },
  // The catalogue's changes a role may make: core's access rules, the same for every staff member.
  entry('service-catalogue: changes a role may make (on demand)', 'dist/service-catalogue/may-edit.js', '1.9 kB'),
  // Shown on a partner's VIP page, outside the member bundles above: the members' activities client,
  // the controller, the view and its words in Traditional Chinese (English and Simplified Chinese load
  // on demand), measured at 17.5 kB. Target: 20 KiB gzip, like a member widget.
  entry('@clubkit/elements/define/vip-activities', 'dist/define/vip-activities.js', '17.8 kB'),
  // clubkit-vip.js with <club-vip-activities>: the file a VIP page with both widgets loads instead.
  entry(
    'CDN build with the VIP offer and activities: clubkit-vip-activities.js',
    'dist/cdn/clubkit-vip-activities.js',
    '47.9 kB',
  ),
  { name: 'lit alone (reference)', path: 'scripts/lit-reference.js', gzip: true, limit: '6.5 kB' },
];
