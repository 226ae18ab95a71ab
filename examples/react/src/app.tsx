// The member area of a React 19 partner site: the clubkit widgets as React components, with
// typed props and `on…` event props. The Club API's URL and publishable key come from the
// partner back end (/demo/config.json); its session endpoint mints member sessions.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ClubComplaintForm, ClubMemberCard, ClubMerchantDirectory, ClubProvider } from '@clubkit/elements/react';
import type { DirectoryRegion } from '@clubkit/elements';

interface DemoConfig {
  baseUrl: string;
  publishableKey: string;
  sessionEndpoint: string;
}

const regions: DirectoryRegion[] = [
  { code: 'jinghong', label: '景洪市', labels: { 'zh-Hans': '景洪市', en: 'Jinghong' } },
  { code: 'menghai', label: '勐海縣', labels: { 'zh-Hans': '勐海县', en: 'Menghai' } },
  { code: 'mengla', label: '勐臘縣', labels: { 'zh-Hans': '勐腊县', en: 'Mengla' } },
];

/**
 * Signs the demo member in or out on the partner site, then reloads so every widget starts afresh.
 * Signing out first ends the member session the widgets hold (`<club-provider>`'s `signOut()`).
 */
function SignInButton({ signedIn }: { signedIn: boolean }) {
  const toggle = async (button: HTMLButtonElement) => {
    if (signedIn)
      await button
        .closest('club-provider')
        ?.signOut()
        .catch((error: unknown) => {
          console.warn('the member session could not be ended here', error);
        });
    await fetch(signedIn ? '/api/sign-out' : '/api/sign-in', { method: 'POST' });
    location.reload();
  };
  return (
    <button
      type="button"
      className={signedIn ? 'sign-out' : 'sign-in'}
      onClick={(event) => void toggle(event.currentTarget)}
    >
      {signedIn ? '登出' : '以示範會員登入'}
    </button>
  );
}

function App() {
  const [config, setConfig] = useState<DemoConfig>();
  const [signedIn, setSignedIn] = useState<boolean>();
  const [reference, setReference] = useState<string>();

  useEffect(() => {
    void fetch('/demo/config.json')
      .then((r) => r.json() as Promise<DemoConfig>)
      .then(setConfig);
    void fetch('/api/session')
      .then((r) => r.json() as Promise<{ signedIn: boolean }>)
      .then((s) => setSignedIn(s.signedIn));
  }, []);

  if (!config || signedIn === undefined) return <p className="loading">載入中…</p>;
  return (
    <ClubProvider
      baseUrl={config.baseUrl}
      publishableKey={config.publishableKey}
      // Only a signed-in visitor has a session to ask for: the complaint form fills itself in from
      // the member's records whenever the provider can sign a member in.
      sessionEndpoint={signedIn ? config.sessionEndpoint : undefined}
      locale="zh-Hant"
    >
      <section className="panel" aria-labelledby="card-heading">
        <div className="panel-head">
          <h2 id="card-heading">我的會員卡</h2>
          <SignInButton signedIn={signedIn} />
        </div>
        {/* Only a signed-in visitor has a card: a signed-out one is not sent asking for a session. */}
        {signedIn ? (
          <ClubMemberCard id="card" onRenew={(e) => console.info('renew', e.card.holder.name)} />
        ) : (
          <p>請先登入網路銀行，即可查看您的會員卡。</p>
        )}
      </section>
      <section className="panel" aria-labelledby="directory-heading">
        <h2 id="directory-heading">特約商戶</h2>
        <ClubMerchantDirectory
          id="directory"
          tier="vip"
          regions={regions}
          onSelect={(e) => console.info('select', e.merchant.id, e.merchant.name)}
        />
      </section>
      <section className="panel" aria-labelledby="complaint-heading">
        <h2 id="complaint-heading">意見與投訴</h2>
        {reference ? (
          <p id="receipt-note" className="note" role="status">
            已收到您的投訴，案件編號 <strong id="receipt-reference">{reference}</strong>
          </p>
        ) : null}
        <ClubComplaintForm id="complaint" onSubmitted={(e) => setReference(e.receipt.reference)} />
      </section>
    </ClubProvider>
  );
}

const root = document.getElementById('app');
if (!root) throw new Error('The page has no #app element to render into.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
