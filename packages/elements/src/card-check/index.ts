// The counter widget's public names, for src/operator.ts to re-export.
export { ClubCardCheck } from './card-check.js';
export {
  CardCheckController,
  CardCheckStep,
  type CardCheckFailure,
  type CardCheckOptions,
} from './card-check-controller.js';
export {
  CardEntryIssueCode,
  readBill,
  readCardCheckForm,
  readCardEntry,
  type CardCheckField,
  type CardCheckFormResult,
  type CardCheckValues,
  type CardEntryIssue,
  type CardIdentification,
} from './card-entry.js';
export { cardCheckClient, cardCheckKit, type CardCheckClient } from './client.js';
export { ClubRedeemedEvent } from './events.js';
export { cardCheckCatalog, cardCheckZhHant, type CardCheckMessages } from './messages.js';
export { frameReader, QrScannerController, ScannerStatus, type FrameReader } from './qr-scanner.js';
