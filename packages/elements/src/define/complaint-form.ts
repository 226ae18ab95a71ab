// Registers <club-complaint-form>, used alone with its own attributes. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too (or '@clubkit/elements/define' for every tag).
import { ClubComplaintForm } from '../complaint-form/complaint-form.js';

ClubComplaintForm.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-complaint-form': ClubComplaintForm;
  }
}
