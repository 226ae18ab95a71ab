// Registers <club-merchant-directory>, used alone with its own attributes. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too (or '@clubkit/elements/define' for every tag).
import { ClubMerchantDirectory } from '../merchant-directory/merchant-directory.js';

ClubMerchantDirectory.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-merchant-directory': ClubMerchantDirectory;
  }
}
