import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the camera stands. */
export const ScannerStatus = {
  off: 'off',
  /** Asking for the camera (the browser may ask the person first). */
  starting: 'starting',
  /** The camera runs and frames are being read. */
  scanning: 'scanning',
  /** This browser or device has no camera to give. */
  unavailable: 'unavailable',
  /** The person or the page's policy refused the camera. */
  denied: 'denied',
} as const;
/** Where the camera stands. */
export type ScannerStatus = (typeof ScannerStatus)[keyof typeof ScannerStatus];

/** Reads the text of a QR code in a video frame, or undefined when the frame holds none. */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | undefined>;

/** Milliseconds between two frames read. */
const FRAME_INTERVAL_MS = 150;

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The browser's own `BarcodeDetector`, when it has one that reads QR codes. */
async function nativeReader(): Promise<FrameReader | undefined> {
  const Detector = (
    globalThis as { BarcodeDetector?: BarcodeDetectorClass & { getSupportedFormats?(): Promise<string[]> } }
  ).BarcodeDetector;
  if (!Detector) return undefined;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    if (!formats.includes('qr_code')) return undefined;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue;
  } catch {
    return undefined;
  }
}

/**
 * `@paulmillr/qr`'s decoder on frames drawn to a canvas, for browsers without `BarcodeDetector`.
 * Loaded with a dynamic `import()` the first time the camera starts, so the widget's bundle does
 * not carry it.
 */
async function decoderReader(): Promise<FrameReader> {
  const { default: decodeQR } = await import('@paulmillr/qr/decode.js');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!context || width === 0 || height === 0) return Promise.resolve(undefined);
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    try {
      return Promise.resolve(decodeQR(context.getImageData(0, 0, width, height)));
    } catch {
      // No QR code in this frame (or one too blurred to read): the next frame is tried.
      return Promise.resolve(undefined);
    }
  };
}

/** The reader of QR codes this browser offers: its `BarcodeDetector`, or the decoder loaded on demand. */
export async function frameReader(): Promise<FrameReader> {
  return (await nativeReader()) ?? decoderReader();
}

/**
 * The counter's camera: opens the rear camera (`getUserMedia`, `facingMode: environment`) into a
 * `<video>`, reads QR codes from its frames and hands the first text read to `onRead`, then stops
 * the camera. Stopping, and the host leaving the page, stop every track. No camera, or a refusal,
 * leaves `status` saying so; typing the code still works.
 */
export class QrScannerController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onRead: (text: string) => void;
  readonly #reader: () => Promise<FrameReader>;
  #status: ScannerStatus = ScannerStatus.off;
  #stream: MediaStream | undefined;
  #video: HTMLVideoElement | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by each start and stop, so a camera granted after a stop is closed at once. */
  #run = 0;

  /**
   * @param host - the element to update on changes
   * @param onRead - called with the text of the first QR code read
   * @param reader - how frames are read @default {@link frameReader}
   */
  constructor(
    host: ReactiveControllerHost,
    onRead: (text: string) => void,
    reader: () => Promise<FrameReader> = frameReader,
  ) {
    this.#host = host;
    this.#onRead = onRead;
    this.#reader = reader;
    host.addController(this);
  }

  /** Where the camera stands. */
  get status(): ScannerStatus {
    return this.#status;
  }

  /** Whether the camera is being asked for or runs. */
  get active(): boolean {
    return this.#status === ScannerStatus.starting || this.#status === ScannerStatus.scanning;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  /** Opens the camera into `video` and reads frames until a QR code is read or {@link stop} is called. */
  async start(video: HTMLVideoElement): Promise<void> {
    this.stop();
    const run = ++this.#run;
    const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (!media?.getUserMedia) {
      this.#set(ScannerStatus.unavailable);
      return;
    }
    this.#set(ScannerStatus.starting);
    let stream: MediaStream;
    let read: FrameReader;
    try {
      [stream, read] = await Promise.all([
        media.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
        this.#reader(),
      ]);
    } catch (error) {
      if (run !== this.#run) return;
      const name = (error as { name?: string } | undefined)?.name;
      this.#set(
        name === 'NotAllowedError' || name === 'SecurityError' ? ScannerStatus.denied : ScannerStatus.unavailable,
      );
      return;
    }
    if (run !== this.#run) {
      for (const track of stream.getTracks()) track.stop();
      return;
    }
    this.#stream = stream;
    this.#video = video;
    video.srcObject = stream;
    try {
      await video.play();
    } catch {
      // Autoplay of a muted, inline video is allowed; frames are read even if play() was interrupted.
    }
    this.#set(ScannerStatus.scanning);
    const tick = async (): Promise<void> => {
      if (run !== this.#run) return;
      const text = await read(video).catch(() => undefined);
      if (run !== this.#run) return;
      if (text) {
        this.stop();
        this.#onRead(text);
        return;
      }
      this.#timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
    };
    void tick();
  }

  /** Stops the camera: every track ends and the video is emptied. */
  stop(): void {
    this.#run++;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const track of this.#stream?.getTracks() ?? []) track.stop();
    this.#stream = undefined;
    if (this.#video) this.#video.srcObject = null;
    this.#video = undefined;
    if (this.active) this.#set(ScannerStatus.off);
  }

  #set(status: ScannerStatus): void {
    this.#status = status;
    this.#host.requestUpdate();
  }
}
