import { afterEach, describe, expect, it } from 'vitest';
import { QrScannerController, ScannerStatus, type FrameReader } from './qr-scanner.js';
import { PlainHost } from '../testing/plain-host.js';

// happy-dom has no camera: these tests give the controller a stand-in `getUserMedia` to check its
// own bookkeeping (tracks stopped, refusals worded). Chromium's fake camera reads a real QR code in
// test/browser/card-check.test.ts.

interface Track {
  stopped: boolean;
  stop(): void;
}

function fakeCamera(outcome: 'grant' | Error): { tracks: Track[] } {
  const tracks: Track[] = [];
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: {
      getUserMedia: () => {
        if (outcome instanceof Error) return Promise.reject(outcome);
        const made = [0, 1].map(() => {
          const track: Track = {
            stopped: false,
            stop() {
              track.stopped = true;
            },
          };
          return track;
        });
        tracks.push(...made);
        return Promise.resolve(Object.assign(new MediaStream(), { getTracks: () => made }));
      },
    },
  });
  return { tracks };
}

const video = () => {
  const v = document.createElement('video');
  v.play = () => Promise.resolve();
  return v;
};

afterEach(() => {
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe('QrScannerController', () => {
  it('hands over the first code read and stops every track', async () => {
    const camera = fakeCamera('grant');
    const reads: string[] = [];
    let frames = 0;
    const reader: FrameReader = () => Promise.resolve(++frames < 3 ? undefined : '123456789015');
    const host = new PlainHost();
    const scanner = new QrScannerController(
      host,
      (text) => reads.push(text),
      () => Promise.resolve(reader),
    );
    const v = video();
    await scanner.start(v);
    expect(scanner.status).toBe(ScannerStatus.scanning);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(reads).toEqual(['123456789015']);
    expect(scanner.status).toBe(ScannerStatus.off);
    expect(camera.tracks.map((t) => t.stopped)).toEqual([true, true]);
    expect(v.srcObject).toBeNull();
  });

  it('stops every track when its host leaves the page', async () => {
    const camera = fakeCamera('grant');
    const host = new PlainHost();
    const scanner = new QrScannerController(
      host,
      () => {},
      () => Promise.resolve(() => Promise.resolve(undefined)),
    );
    await scanner.start(video());
    expect(camera.tracks.every((t) => !t.stopped)).toBe(true);
    for (const c of host.controllers) c.hostDisconnected?.();
    expect(camera.tracks.map((t) => t.stopped)).toEqual([true, true]);
    expect(scanner.status).toBe(ScannerStatus.off);
  });

  it('says the camera was refused, or that there is none', async () => {
    const host = new PlainHost();
    const reader = () => Promise.resolve(() => Promise.resolve(undefined));
    fakeCamera(Object.assign(new Error('denied'), { name: 'NotAllowedError' }));
    const refused = new QrScannerController(host, () => {}, reader);
    await refused.start(video());
    expect(refused.status).toBe(ScannerStatus.denied);

    fakeCamera(Object.assign(new Error('none'), { name: 'NotFoundError' }));
    const missing = new QrScannerController(host, () => {}, reader);
    await missing.start(video());
    expect(missing.status).toBe(ScannerStatus.unavailable);

    Reflect.deleteProperty(navigator, 'mediaDevices');
    const none = new QrScannerController(host, () => {}, reader);
    await none.start(video());
    expect(none.status).toBe(ScannerStatus.unavailable);
  });
});
