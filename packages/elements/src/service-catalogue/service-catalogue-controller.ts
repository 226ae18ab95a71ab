import { isClubClientError } from '@clubkit/client';
import { catalogueCounts, type CatalogueCounts } from '@clubkit/core/membership';
import type { ClubService, ServiceCategory } from '@clubkit/core/membership';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServiceCatalogueClient } from './client.js';
import type { CatalogueEdits } from './may-edit.js';

export type { CatalogueEdits };

/** The states of a {@link ServiceCatalogueController}. */
export const ServiceCatalogueStatus = {
  /** No client: no base URL or session endpoint. */
  idle: 'idle',
  /** The session endpoint says no staff member is signed in. */
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  /** Loading failed; `retry()` tries again. */
  error: 'error',
} as const;
/** A state name of a {@link ServiceCatalogueController}. */
export type ServiceCatalogueStatus = (typeof ServiceCatalogueStatus)[keyof typeof ServiceCatalogueStatus];

/** The catalogue as loaded; `status` tells which. */
export type ServiceCatalogueState =
  | { status: typeof ServiceCatalogueStatus.idle }
  | { status: typeof ServiceCatalogueStatus.signedOut }
  | { status: typeof ServiceCatalogueStatus.loading }
  | {
      status: typeof ServiceCatalogueStatus.ready;
      /** The services offered, oldest first. */
      services: readonly ClubService[];
      /** How many each category offers, and in all (core's `catalogueCounts`). */
      counts: CatalogueCounts;
      /** The changes the staff member signed in may make (core's `can()`): none, a read-only catalogue. */
      edits: CatalogueEdits;
    }
  | { status: typeof ServiceCatalogueStatus.error; error: unknown };

/** The last change asked for: adding a service, or retiring one. */
export type ServiceCatalogueAction =
  | { status: 'idle' }
  | { status: 'invalid'; kind: 'add'; field: 'name' }
  | { status: 'submitting'; kind: 'add' | 'retire' }
  | { status: 'done'; kind: 'add' | 'retire'; service: ClubService }
  | { status: 'error'; kind: 'add' | 'retire'; error: unknown };

const IDLE: ServiceCatalogueState = { status: ServiceCatalogueStatus.idle };
const LOADING: ServiceCatalogueState = { status: ServiceCatalogueStatus.loading };
const SIGNED_OUT = 'client/signed-out';

/**
 * The club's service catalogue (A2 §2, 三大類共54項服務) for the people who keep it: the services
 * offered by category with their counts, `add()` a service, `retire()` one. Whether a name is free
 * and who may change the catalogue are the Club API's answer (core's rules): a refusal is
 * `action.error`. Headless: it works with any `ReactiveControllerHost`.
 *
 * @example
 * const catalogue = new ServiceCatalogueController(host, () => serviceCatalogueClient(transport));
 * await catalogue.reload();
 * await catalogue.add({ category: 'car', name: '優惠洗車' });
 */
export class ServiceCatalogueController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => ServiceCatalogueClient | undefined;
  readonly #task: Task<[ServiceCatalogueClient | undefined], ServiceCatalogueState>;
  #pending = IDLE;
  #loadedWith: { client: ServiceCatalogueClient | undefined } | undefined;
  #action: ServiceCatalogueAction = { status: 'idle' };

  constructor(host: ReactiveControllerHost, getClient: () => ServiceCatalogueClient | undefined) {
    this.#host = host;
    this.#getClient = getClient;
    this.#task = new Task(host, {
      autoRun: false,
      task: async ([client], { signal }) => {
        if (!client) return IDLE;
        try {
          // Who is signed in decides the changes offered; core's rule loads on demand, beside the services.
          const [services, edits] = await Promise.all([
            (async () => {
              const out: ClubService[] = [];
              for await (const s of client.services.list({ limit: 100 }, { signal })) out.push(s);
              return out;
            })(),
            client.staffSessions
              .current({ signal })
              .then(async (session) => (await import('./may-edit.js')).catalogueEditsOf(session.staff.principal)),
          ]);
          signal.throwIfAborted();
          return { status: ServiceCatalogueStatus.ready, services, counts: catalogueCounts(services), edits };
        } catch (error) {
          signal.throwIfAborted();
          return isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: ServiceCatalogueStatus.signedOut }
            : { status: ServiceCatalogueStatus.error, error };
        }
      },
    });
    host.addController(this);
  }

  /** The catalogue's state. */
  get state(): ServiceCatalogueState {
    return this.#task.status === TaskStatus.COMPLETE && this.#task.value ? this.#task.value : this.#pending;
  }

  /** Whether a load is in flight. */
  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** The last change asked for. */
  get action(): ServiceCatalogueAction {
    return this.#action;
  }

  hostConnected(): void {
    void this.sync();
  }

  hostDisconnected(): void {
    if (this.loading) {
      this.#task.abort();
      this.#loadedWith = undefined;
    }
  }

  /** Loads the catalogue when the client in force differs from the one of the last load. */
  sync(): Promise<void> {
    if (this.#loadedWith && this.#getClient() === this.#loadedWith.client) return Promise.resolve();
    this.#action = { status: 'idle' };
    return this.reload();
  }

  /** Loads the catalogue again; the services shown stay meanwhile. Never rejects. */
  reload(): Promise<void> {
    const client = this.#getClient();
    const shown = this.state;
    const same = this.#loadedWith?.client === client;
    this.#loadedWith = { client };
    this.#pending = !client ? IDLE : same && shown.status === ServiceCatalogueStatus.ready ? shown : LOADING;
    return this.#task.run([client]);
  }

  /** Tries again after an error. */
  retry(): Promise<void> {
    return this.reload();
  }

  /**
   * Adds a service to a category (the administrator). A blank name is `invalid` before any
   * request. Resolves true when added (and the catalogue reloaded); false otherwise.
   */
  async add(input: { category: ServiceCategory; name: string }): Promise<boolean> {
    const name = input.name.trim();
    if (name === '') {
      this.#set({ status: 'invalid', kind: 'add', field: 'name' });
      return false;
    }
    return this.#change('add', (client) => client.services.create({ category: input.category, name }));
  }

  /** Retires a service: kept with its uses, no longer offered. Resolves true when retired. */
  retire(serviceId: string): Promise<boolean> {
    return this.#change('retire', (client) => client.services.retire(serviceId));
  }

  async #change(kind: 'add' | 'retire', call: (client: ServiceCatalogueClient) => Promise<ClubService>) {
    const client = this.#getClient();
    if (!client || this.#action.status === 'submitting') return false;
    this.#set({ status: 'submitting', kind });
    try {
      const service = await call(client);
      await this.reload();
      this.#set({ status: 'done', kind, service });
      return true;
    } catch (error) {
      this.#set({ status: 'error', kind, error });
      return false;
    }
  }

  #set(action: ServiceCatalogueAction): void {
    this.#action = action;
    this.#host.requestUpdate();
  }
}
