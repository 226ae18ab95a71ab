import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The smallest reactive host, for testing a controller without an element: it keeps the
 * controllers added to it (`connect()` and `disconnect()` play the element's lifecycle), counts
 * the updates asked for, and is an `EventTarget`, where a controller dispatches its events.
 */
export class PlainHost extends EventTarget implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    const at = this.controllers.indexOf(controller);
    if (at >= 0) this.controllers.splice(at, 1);
  }
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}
