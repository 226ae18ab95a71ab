import * as z from 'zod/mini';

/** The twelve kinds of record a customer archive holds (A4 §3.11.3). */
export const ArchiveRecordKind = {
  companyData: 'company-data',
  paymentsAndDeposits: 'payments-and-deposits',
  renovationFiles: 'renovation-files',
  moveInData: 'move-in-data',
  supplements: 'supplements',
  contacts: 'contacts',
  emergencyContacts: 'emergency-contacts',
  correspondence: 'correspondence',
  violationsAndArrears: 'violations-and-arrears',
  repairs: 'repairs',
  complaints: 'complaints',
  unitEngineeringFiles: 'unit-engineering-files',
} as const;
/** A kind of customer archive record. */
export type ArchiveRecordKind = (typeof ArchiveRecordKind)[keyof typeof ArchiveRecordKind];
/** Schema of {@link ArchiveRecordKind}. */
export const ArchiveRecordKindSchema = z.enum(ArchiveRecordKind);
