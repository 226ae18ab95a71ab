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

// The administrator's handbook form: loaded (a chunk of its own) when its section is first opened.
const handbook = document.querySelector('#handbook-publish');
handbook?.addEventListener('toggle', () => {
  if (!handbook.open || handbook.dataset.loaded) return;
  handbook.dataset.loaded = 'true';
  const slot = handbook.querySelector('.handbook-slot');
  const provider = document.querySelector('club-provider');
  import('./handbook-form.js')
    .then(({ mountHandbookForm }) =>
      mountHandbookForm(slot, {
        baseUrl: provider?.getAttribute('base-url') ?? '',
        sessionEndpoint: provider?.getAttribute('session-endpoint') ?? '/api/staff-session',
      }),
    )
    .catch(() => {
      delete handbook.dataset.loaded;
      if (slot) slot.textContent = '無法載入會員手冊表單，請重新開啟。';
    });
});
// The service catalogue is the administrator's alone: loaded on demand, so no other page's script grows.
if (document.querySelector('club-service-catalogue')) void import('@clubkit/elements/define/service-catalogue');
