import { html, render } from 'lit';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ClubProvider } from '../provider/provider.js';
import { startTestApi, until, type TestApi } from '../testing/api.js';
import { ClubHandoverDesk } from './handover-desk.js';

ClubProvider.define('club-provider');
ClubHandoverDesk.define('club-handover-desk');

afterEach(() => {
  document.body.innerHTML = '';
});

const endpoint = 'http://console.test/staff-session';

/** The desk in English for the demo desk user (the day shift), counting the Club API's requests. */
async function deskOfDayShift(api: TestApi) {
  const send = globalThis.fetch;
  const requests: string[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url === endpoint) return Response.json({ token: await api.staffToken({ role: 'desk' }) });
    requests.push(`${input instanceof Request ? input.method : (init?.method ?? 'GET')} ${url}`);
    return send(input, init);
  });
  onTestFinished(() => spy.mockRestore());
  const root = document.createElement('div');
  document.body.append(root);
  render(
    html`<club-provider base-url=${api.baseUrl} session-endpoint=${endpoint} locale="en"
      ><club-handover-desk></club-handover-desk
    ></club-provider>`,
    root,
  );
  const desk = root.querySelector('club-handover-desk') as ClubHandoverDesk;
  await until(() => expect(desk.controller.state.status).toBe('ready'), 10_000);
  await desk.updateComplete;
  const shadow = desk.shadowRoot;
  if (!shadow) throw new Error('no shadow root');
  const $ = (selector: string): HTMLElement => {
    const found = shadow.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  const submit = async (form: string, text: string, field = 'textarea') => {
    const f = $(form) as HTMLFormElement;
    const area = f.querySelector<HTMLTextAreaElement>(field);
    if (area) {
      area.value = text;
      area.dispatchEvent(new Event('input'));
    }
    f.requestSubmit();
    await until(() => expect(desk.controller.action.status).not.toBe('submitting'));
    await desk.controller.settled;
    await desk.updateComplete;
  };
  return { desk, shadow, $, submit, requests };
}

describe('<club-handover-desk> inside <club-provider>', () => {
  it('shows the night shift’s hand-over in English, asks a question, and says why taking over waits', async () => {
    const api = await startTestApi({ members: 10, merchants: 5, complaints: 0 });
    onTestFinished(() => api.close());
    const { shadow, $, submit, requests } = await deskOfDayShift(api);
    expect($('[part~="handover-status"]').textContent).toBe('Awaiting the next shift');
    expect($('[part~="meta"]').textContent).toMatch(/Handed over by colleague stf_\w+, /);
    expect(shadow.querySelectorAll('[part~="items"] [part~="item"]')).toHaveLength(3);
    // Not taken over: no form for the next hand-over.
    expect(shadow.querySelector('form[data-form="handOver"]')).toBeNull();

    // An empty question is not sent.
    const before = requests.length;
    await submit('form[data-form="ask"]', '   ');
    expect($('#question-error').textContent).toBe('Please fill this in.');
    expect($('#question').getAttribute('aria-invalid')).toBe('true');
    expect(requests.length).toBe(before);

    await submit('form[data-form="ask"]', 'Which safe holds the spare key?');
    expect($('[part~="question"]').textContent).toContain('Which safe holds the spare key?');
    expect($('[part~="answer"]').textContent).toBe('Not answered yet.');
    const accept = $('[part~="accept-button"]');
    expect(accept.getAttribute('aria-disabled')).toBe('true');
    expect($(`#${accept.getAttribute('aria-describedby') ?? ''}`).textContent).toBe(
      '1 question has no answer yet: take over once it is answered.',
    );
    // Clicked all the same, it sends nothing.
    const asked = requests.length;
    accept.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.length).toBe(asked);
  });

  it('words a hand-over refused because another was written meanwhile, and keeps what was typed', async () => {
    const api = await startTestApi({ members: 10, merchants: 5, complaints: 0 });
    onTestFinished(() => api.close());
    const { desk, shadow, $, submit } = await deskOfDayShift(api);
    // The day shift takes over the night shift's hand-over.
    $('[part~="accept-button"]').click();
    await until(() =>
      expect(desk.controller.state.status === 'ready' && desk.controller.state.latest?.status).toBe('accepted'),
    );
    await desk.updateComplete;
    // She took it over: its review is the manager's, not hers.
    expect(shadow.querySelector('form[data-form="review"]')).toBeNull();
    const form = $('form[data-form="handOver"]') as HTMLFormElement;
    const carried = form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(carried).toHaveLength(3);
    carried[0]?.click();
    const items = $('#new-items') as HTMLTextAreaElement;
    items.value = 'Meter reading for D-0101';
    items.dispatchEvent(new Event('input'));
    // Meanwhile someone else hands over after the same one.
    await api.adminCall('POST', '/v1/handovers', { log: 'Duty supervisor: counted the safe.' });
    await submit('form[data-form="handOver"]', 'Day shift: spare key handed to the owner.', '#log');
    expect($('#action-error').textContent).toContain('Could not hand over: The latest hand-over is not taken over yet');
    expect(shadow.activeElement?.id).toBe('action-error');
    // What was typed is all still there.
    expect(($('#log') as HTMLTextAreaElement).value).toBe('Day shift: spare key handed to the owner.');
    expect(($('#new-items') as HTMLTextAreaElement).value).toBe('Meter reading for D-0101');
    expect(($('#carried-0') as HTMLInputElement).checked).toBe(true);
    expect(($('#carried-1') as HTMLInputElement).checked).toBe(false);
    // The latest shown is now the one written meanwhile.
    expect(desk.controller.state.status === 'ready' && desk.controller.state.latest?.log).toBe(
      'Duty supervisor: counted the safe.',
    );
  });
});
