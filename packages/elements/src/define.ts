// Registers every widget's tag: <club-provider>, <club-member-card>, <club-complaint-form> and
// <club-merchant-directory>. A tag another script already defined is left alone, with a warning.
import './define/provider.js';
import './define/member-card.js';
import './define/complaint-form.js';
import './define/merchant-directory.js';
