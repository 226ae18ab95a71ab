import {
  createClubClient,
  isClubApiError,
  isClubClientError,
  isClubNetworkError,
  sessionFromEndpoint,
  type ClubClient,
} from '@clubkit/client';
import type { MemberCardView } from '@clubkit/core/api';
import { issueCardNumber, startMembership } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { MemberCardController } from './member-card-controller.js';
import { PlainHost } from '../testing/plain-host.js';

const DEAD = 'http://127.0.0.1:9';
let api: TestApi;
let member: ClubClient;
beforeAll(async () => {
  api = await startTestApi();
  member = createClubClient({ baseUrl: api.baseUrl, session: sessionFromEndpoint(api.sessionEndpoint) });
});
afterAll(() => api.close());

function controllerWith(getClient: () => ClubClient | undefined) {
  const host = new PlainHost();
  const controller = new MemberCardController(host, getClient);
  return { host, controller };
}

function pendingView(): MemberCardView {
  const policy = {
    id: 'pol_9',
    number: 'PDAA9',
    memberId: 'mbr_9',
    branchId: 'br_menghai',
    plate: '雲K00001',
    start: '2030-01-01',
    end: '2030-12-31',
  };
  const membership = startMembership(
    {
      id: 'mem_9',
      memberId: 'mbr_9',
      branchId: 'br_menghai',
      tier: 'standard',
      policy,
      card: { id: 'card_9', number: issueCardNumber('62188', 9) },
    },
    '2029-12-01',
  );
  return {
    holder: { id: 'mbr_9', name: '李四' },
    branch: { id: 'br_menghai', name: '勐海支公司', region: 'menghai' },
    membership,
    today: '2029-12-01',
  };
}

describe('MemberCardController', () => {
  it('registers with its host and stays idle without a client', async () => {
    const { host, controller } = controllerWith(() => undefined);
    expect(host.controllers).toContain(controller);
    host.connect();
    await controller.sync();
    expect(controller.state).toEqual({ status: 'idle' });
  });

  it('loads the signed-in member’s card when its host connects, through loading to ready', async () => {
    const { host, controller } = controllerWith(() => member);
    host.connect();
    expect(controller.state.status).toBe('loading');
    await controller.sync();
    await controller.reload();
    const state = controller.state;
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.card.view.holder.name).toBe('陳美玲');
    expect(state.card.view.membership?.tier).toBe('vip');
    expect(state.card.membershipState).toBe('active');
    expect(state.card.days).toBeGreaterThan(0);
    expect(state.card.canRenew).toBe(true);
    expect(state.card.renewUrgent).toBe(false);
    expect(host.updates).toBeGreaterThanOrEqual(2);
  });

  it('is signed out when the partner’s session endpoint has no member', async () => {
    const signedOut = createClubClient({ baseUrl: api.baseUrl, session: sessionFromEndpoint(api.signedOutEndpoint) });
    const { controller } = controllerWith(() => signedOut);
    await controller.reload();
    expect(controller.state).toEqual({ status: 'signed-out' });
  });

  it('holds the network error when the Club API cannot be reached, and recovers on retry', async () => {
    let client = createClubClient({ baseUrl: DEAD, session: sessionFromEndpoint(api.sessionEndpoint), retry: false });
    const { controller } = controllerWith(() => client);
    await controller.reload();
    const failed = controller.state;
    expect(failed.status).toBe('error');
    expect(failed.status === 'error' && isClubNetworkError(failed.error)).toBe(true);

    client = member;
    const retried = controller.retry();
    expect(controller.state.status).toBe('loading');
    await retried;
    expect(controller.state.status).toBe('ready');
  });

  it('holds the API’s error when the Club API refuses the session', async () => {
    const forged = createClubClient({
      baseUrl: api.baseUrl,
      session: { getToken: () => Promise.resolve('ms_forged') },
    });
    const { controller } = controllerWith(() => forged);
    await controller.reload();
    const state = controller.state;
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    expect(isClubApiError(state.error)).toBe(true);
    expect(isClubApiError(state.error) && state.error.status).toBe(401);
  });

  it('holds the client’s error when the session endpoint cannot be reached', async () => {
    const unreachable = createClubClient({ baseUrl: api.baseUrl, session: sessionFromEndpoint(`${DEAD}/session`) });
    const { controller } = controllerWith(() => unreachable);
    await controller.reload();
    const state = controller.state;
    expect(state.status).toBe('error');
    expect(state.status === 'error' && isClubClientError(state.error) && state.error.code).toBe(
      'client/session-unavailable',
    );
  });

  it('reloads on sync only when the client in force has changed', async () => {
    let client: ClubClient | undefined;
    const { host, controller } = controllerWith(() => client);
    host.connect();
    await controller.sync();
    expect(controller.state.status).toBe('idle');

    client = member;
    const loading = controller.sync();
    expect(controller.state.status).toBe('loading');
    await loading;
    expect(controller.state.status).toBe('ready');

    const updates = host.updates;
    await controller.sync();
    expect(host.updates).toBe(updates);
    expect(controller.state.status).toBe('ready');

    client = undefined;
    await controller.sync();
    expect(controller.state.status).toBe('idle');
  });

  it('shows a card view the page already has, without a request, until the client changes', async () => {
    const { host, controller } = controllerWith(() => undefined);
    controller.show(pendingView());
    host.connect();
    await controller.sync();
    const state = controller.state;
    expect(state.status).toBe('ready');
    expect(state.status === 'ready' && state.card.membershipState).toBe('pending');
    expect(state.status === 'ready' && state.card.days).toBe(31);
  });

  it('keeps a shown view when a load started earlier lands later', async () => {
    const { controller } = controllerWith(() => member);
    const load = controller.reload();
    controller.show(pendingView());
    await load;
    const state = controller.state;
    expect(state.status === 'ready' && state.card.view.holder.name).toBe('李四');
  });

  it('drops a load when its host disconnects and loads again on reconnect', async () => {
    const { host, controller } = controllerWith(() => member);
    host.connect();
    expect(controller.state.status).toBe('loading');
    host.disconnect();
    await new Promise((r) => setTimeout(r, 200));
    expect(controller.state.status).toBe('loading');
    host.connect();
    await controller.reload();
    expect(controller.state.status).toBe('ready');
  });

  it('shows a view as given, without checking it again: the Club API checked it, and the page carries no schema', async () => {
    const { controller } = controllerWith(() => undefined);
    const view = pendingView();
    const membership = view.membership;
    if (!membership) throw new Error('the pending view has a membership');
    controller.show({ ...view, membership: { ...membership, plate: 'not a plate' } });
    await Promise.resolve();
    expect(controller.state.status).toBe('ready');
  });
});
