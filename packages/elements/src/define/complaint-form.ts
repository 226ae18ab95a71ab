// Registers <club-complaint-form> (and <club-provider>, which configures it).
import { ClubComplaintForm } from '../complaint-form/club-complaint-form.js';
import './provider.js';

ClubComplaintForm.define('club-complaint-form');

declare global {
  interface HTMLElementTagNameMap {
    'club-complaint-form': ClubComplaintForm;
  }
}
