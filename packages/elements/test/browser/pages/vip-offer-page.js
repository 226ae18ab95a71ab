// The test page's logic: it records the VIP offer's events as a partner page would receive them.
window.vipEvents = [];
for (const type of ['club-vip-order', 'club-vip-changed', 'club-error'])
  document.addEventListener(type, (event) => {
    window.vipEvents.push({
      type,
      orderId: event.orderId ?? event.order?.id,
      amountFen: event.amountFen,
      bubbles: event.bubbles,
      composed: event.composed,
    });
  });
