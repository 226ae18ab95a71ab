import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, assert, describe, expect, it } from 'vitest';
import { ClubComplaintForm, ClubMerchantDirectory, ClubProvider } from './react.js';
import { ClubSubmittedEvent } from './shared/events.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** React's async act: runs `update`, then lets what it set off settle before returning. */
async function settle(update: () => void): Promise<void> {
  await act(async () => {
    update();
    await Promise.resolve();
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('@clubkit/elements/react', () => {
  it('renders the widgets as their custom elements with props as properties', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await settle(() => {
      root.render(
        createElement(
          ClubProvider,
          { baseUrl: 'http://127.0.0.1:9', publishableKey: 'pk_test', locale: 'en' },
          createElement(ClubMerchantDirectory, { tier: 'vip' }),
        ),
      );
    });
    const provider = host.querySelector('club-provider') as HTMLElement & { baseUrl?: string };
    const directory = host.querySelector('club-merchant-directory') as HTMLElement & { tier?: string };
    expect(customElements.get('club-provider')).toBeDefined();
    expect(provider.baseUrl).toBe('http://127.0.0.1:9');
    expect(directory.tier).toBe('vip');
    await settle(() => root.unmount());
  });

  it('calls on… props for the club events', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const references: string[] = [];
    await settle(() => {
      root.render(
        createElement(ClubComplaintForm, {
          onSubmitted: (e: ClubSubmittedEvent) => references.push(e.receipt.reference),
        }),
      );
    });
    const form = host.querySelector('club-complaint-form');
    assert(form, 'the form is rendered');
    form.dispatchEvent(
      new ClubSubmittedEvent({
        id: 'cmp_1',
        reference: 'C20261127-0001',
        status: 'received',
        category: 'other',
        receivedAt: '2026-11-27T00:00:00Z',
        followUpBy: '2026-11-28T00:00:00Z',
      }),
    );
    expect(references).toEqual(['C20261127-0001']);
    await settle(() => root.unmount());
  });
});
