import { createClubTransport, isClubApiError } from '@clubkit/client';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { serviceCatalogueClient, type ServiceCatalogueClient } from './client.js';
import { ServiceCatalogueController, ServiceCatalogueStatus } from './service-catalogue-controller.js';
import { PlainHost } from '../testing/plain-host.js';

let api: TestApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function catalogueAs(role: string): Promise<{ a: TestApi; controller: ServiceCatalogueController }> {
  const a = (api ??= await startTestApi({ members: 10, merchants: 20, complaints: 0 }));
  const token = await a.staffToken({ role });
  const client: ServiceCatalogueClient = serviceCatalogueClient(
    createClubTransport({ baseUrl: a.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
  );
  const controller = new ServiceCatalogueController(new PlainHost(), () => client);
  await controller.reload();
  return { a, controller };
}

describe('ServiceCatalogueController', () => {
  it('is idle without a client', async () => {
    const controller = new ServiceCatalogueController(new PlainHost(), () => undefined);
    await controller.reload();
    expect(controller.state.status).toBe(ServiceCatalogueStatus.idle);
  });

  it('loads the demo catalogue with its counts, adds a service and retires it, as the Club API answers', async () => {
    const { controller } = await catalogueAs('admin');
    const loaded = controller.state;
    if (loaded.status !== ServiceCatalogueStatus.ready) throw new Error(`not ready: ${loaded.status}`);
    expect(loaded.counts).toEqual({ car: 24, 'value-added': 18, club: 12, total: 54 });
    expect(loaded.edits).toEqual({ add: true, retire: true });
    expect(await controller.add({ category: 'value-added', name: '  代訂門票 ' })).toBe(true);
    const action = controller.action;
    expect(action.status === 'done' && action.service).toMatchObject({ category: 'value-added', name: '代訂門票' });
    const after = controller.state;
    expect(after.status === ServiceCatalogueStatus.ready && after.counts.total).toBe(55);
    const id = action.status === 'done' ? action.service.id : '';
    expect(await controller.retire(id)).toBe(true);
    const retired = controller.state;
    expect(retired.status === ServiceCatalogueStatus.ready && retired.services.some((s) => s.id === id)).toBe(false);
  });

  it('refuses a blank name before any request, and a name the category has with the Club API’s code', async () => {
    const { controller } = await catalogueAs('admin');
    expect(await controller.add({ category: 'car', name: '   ' })).toBe(false);
    expect(controller.action).toEqual({ status: 'invalid', kind: 'add', field: 'name' });
    expect(await controller.add({ category: 'car', name: '優惠洗車' })).toBe(false);
    const action = controller.action;
    expect(action.status === 'error' && isClubApiError(action.error) && action.error.code).toBe(
      'catalogue/duplicate-name',
    );
  });

  it('reads the catalogue as a branch operator, offers it no change, and the Club API refuses one sent anyway', async () => {
    const { controller } = await catalogueAs('branch');
    const state = controller.state;
    expect(state.status === ServiceCatalogueStatus.ready && state.edits).toEqual({ add: false, retire: false });
    expect(await controller.add({ category: 'club', name: '新服務' })).toBe(false);
    const action = controller.action;
    expect(action.status === 'error' && isClubApiError(action.error) && action.error.status).toBe(403);
  });

  it('offers no change to the merchant, desk and alliance roles, who read the catalogue too', async () => {
    for (const role of ['merchant', 'desk', 'alliance']) {
      const { controller } = await catalogueAs(role);
      const state = controller.state;
      if (state.status !== ServiceCatalogueStatus.ready) throw new Error(`${role}: not ready: ${state.status}`);
      expect(state.counts.total).toBe(54);
      expect(state.edits).toEqual({ add: false, retire: false });
    }
  });
});
