// Registers <club-complaint-form> (and <club-provider>, which configures it).
import { ClubComplaintForm } from '../complaint-form/complaint-form.js';
import './provider.js';

ClubComplaintForm.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-complaint-form': ClubComplaintForm;
  }
}
