// The console's one script: the provider and the operator widgets the role pages use. Each define
// entry registers its tag; a page holds only the widgets of its role.
import '@clubkit/elements/define/provider';
import '@clubkit/elements/define/stats-board';
import '@clubkit/elements/define/complaint-desk';
import '@clubkit/elements/define/offer-manager';
import '@clubkit/elements/define/member-desk';
import '@clubkit/elements/define/card-check';
import '@clubkit/elements/define/procedure-desk';
import '@clubkit/elements/define/alliance-board';
import '@clubkit/elements/define/handover-desk';
// The service catalogue is the administrator's alone: loaded on demand, so no other page's script grows.
if (document.querySelector('club-service-catalogue')) void import('@clubkit/elements/define/service-catalogue');
