// Imports every public entry of the built package by its published name, in plain Node ESM,
// and checks that each one exports what its context promises.
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const expected = {
  '.': ['ClubError', 'isClubError', 'yuan', 'formatMoney', 'normalizePlate', 'projectRevenue', 'can', 'Page'],
  './shared': ['formatMoney', 'yuan', 'isWholeFen', 'dateInZone', 'addMonths', 'randomUuid', 'matchLocale', 'Tier'],
  './membership': [
    'normalizePlate',
    'membershipWindow',
    'membershipStatus',
    'membershipStateOn',
    'membershipStatusOn',
    'assertVehicleFree',
    'renewMembership',
    'replaceCard',
    'issueCardNumber',
    'normalizeCardNumber',
  ],
  './fees': ['VIP_ANNUAL_FEE_FEN', 'proratedFee', 'estimateYearlySavings'],
  './vip': ['openVipOrder', 'confirmVipOrder', 'cancelVipOrder', 'vipCardStatus', 'counterQuote', 'CardCode'],
  './fees/annual-fee': ['VIP_ANNUAL_FEE_FEN', 'DAYS_PER_FEE_YEAR'],
  './vip/card-status': ['vipCardStatus', 'isVipValid', 'VipCardStatus'],
  './merchants': ['offerSaving', 'bestOffer', 'offerSavingOn', 'bestOfferOn', 'searchMerchants', 'Merchant', 'Offer'],
  './merchants/category-labels/zh-hant': ['CATEGORY_LABELS_ZH_HANT'],
  './merchants/category-labels/zh-hans': ['CATEGORY_LABELS_ZH_HANS'],
  './merchants/category-labels/en': ['CATEGORY_LABELS_EN'],
  './projection': ['projectRevenue', 'formatProjectionTable'],
  './service/vocabulary': ['ComplaintCategory', 'ComplaintStatus', 'Department', 'COMPLAINT_CONTENT_MAX'],
  './service': ['createComplaint', 'applyComplaintEvent', 'complaintDeadline', 'isOverdue', 'procedureProgress'],
  './alliance': [
    'marketVolume',
    'checkQualification',
    'reviewCompliance',
    'allianceBudget',
    'salespersonPay',
    'counterfeitPenalty',
  ],
  './access': [
    'can',
    'canOn',
    'assertCan',
    'listScope',
    'Principal',
    'ActionSchema',
    'ModuleSchema',
    'ResourceTypeSchema',
  ],
  './stats': ['memberStats', 'complaintStats', 'allianceStats', 'merchantStats'],
  './api': ['Page', 'ProblemDetails', 'MemberSession', 'ComplaintReceipt'],
  './samples': ['sampleMerchants', 'sampleOffer', 'seededRandom'],
};
let failed = 0;
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath === './package.json') continue;
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const names = expected[subpath];
  if (!names) {
    console.error(`no expectations for ${specifier}: add them to this script`);
    failed++;
    continue;
  }
  const mod = await import(specifier);
  const missing = names.filter((n) => !(n in mod));
  if (missing.length > 0) {
    console.error(`${specifier} lacks ${missing.join(', ')}`);
    failed++;
  } else {
    console.log(`ok ${specifier} (${Object.keys(mod).length} exports)`);
  }
}
const { projectRevenue } = await import(pkg.name);
const year5 = projectRevenue().years[4];
if (year5.membersAtEnd !== 18000 || year5.billedFen !== 657_000_000) {
  console.error('projectRevenue() lost the source scenario', year5);
  failed++;
}
process.exit(failed ? 1 : 0);
