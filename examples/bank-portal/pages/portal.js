// The portal's own page logic (a file of its own: the page's CSP allows no inline script).
// The demo sign-in stands for the bank's online banking login: it sets an HttpOnly cookie, and
// the widgets then get member sessions from /api/club-session. The session endpoint and the card
// are added only for a signed-in visitor, so a signed-out page view never asks for a session it cannot have.
const status = document.getElementById('account-status');
const signIn = document.getElementById('sign-in');
const signOut = document.getElementById('sign-out');

async function post(path) {
  const response = await fetch(path, { method: 'POST' });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

/** Signing in or out changes who the widgets act for: the page starts again, as after a bank login. */
signIn.addEventListener('click', () => post('/api/sign-in').then(() => location.reload()));
// Sign-out ends the member session the widgets hold (its token is refused from then on) and
// clears them, then ends the bank's own sign-in, whose back end ends the member's other sessions.
signOut.addEventListener('click', async () => {
  await document
    .querySelector('club-provider')
    .signOut()
    .catch((error) => console.warn('the member session could not be ended here', error));
  await post('/api/sign-out');
  location.reload();
});

const { signedIn } = await (await fetch('/api/session')).json();
status.textContent = signedIn ? '已登入網路銀行（示範會員）' : '未登入';
signIn.hidden = signedIn;
signOut.hidden = !signedIn;
if (signedIn) {
  // Member sessions only for a signed-in visitor: signed out, the widgets ask for none (the VIP
  // offer shows its sign-in note) and the page logs no 401.
  document.querySelector('club-provider').sessionEndpoint = '/api/club-session';
  const card = document.createElement('club-member-card');
  card.id = 'card';
  document.getElementById('card-place').replaceChildren(card);
}

// What the partner page does with the widgets' events.
// Renew on the card: what the bank sells online is the VIP card's year, through the VIP offer on
// this page, which makes the order a renewal for a member who holds a VIP year (and the card's
// first year for one who does not). The page takes the member there, its button focused: one
// more press opens the order, paid through the bank like any other (club-vip-order below).
document.addEventListener('club-renew', async () => {
  const offer = document.getElementById('vip-offer');
  if (!offer) return; // the restyled page sells no VIP card
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  offer.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  await offer.updateComplete;
  offer.shadowRoot?.querySelector('[part~="buy-button"]')?.focus({ preventScroll: true });
});
document.addEventListener('club-submitted', (event) => {
  console.info('complaint received', event.receipt.reference);
});
// The VIP card is paid through the bank: the page hands the order to its back end, which takes
// the money and confirms the order with the club; the widget then reads the order as paid.
document.addEventListener('club-vip-order', async (event) => {
  const response = await fetch('/api/vip-payment', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ orderId: event.orderId }),
  });
  if (!response.ok) console.warn('the payment was not taken', response.status);
  event.target.controller.refresh();
});
// Once paid, the member card shows the VIP card.
document.addEventListener('club-vip-changed', () => {
  void document.getElementById('card')?.controller.reload();
});
document.addEventListener('club-select', (event) => {
  console.info('merchant opened', event.merchant.id, event.merchant.name);
});
