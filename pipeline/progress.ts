// Progress on stderr when it is a terminal, nothing otherwise (logs piped to a file must not fill up
// with redraws). Until the total is known (a folder is still being counted, stdin never is) it is a
// count with documents/s; once known, a bar with the ETA. cli-progress draws a total of 0 as a full
// bar reading "0/0", so the bar is only drawn against a real total.
import cliProgress, { type Options, type Params } from 'cli-progress';

export interface Progress {
  /** The final number of documents, once it is known. */
  setTotal(total: number): void;
  tick(): void;
  stop(): void;
}

const SILENT: Progress = { setTotal() {}, tick() {}, stop() {} };

const COUNT_FORMAT = 'tamis {value} documents | {rate} docs/s';
const BAR_FORMAT = 'tamis {bar} {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}';

interface Payload {
  rate: string;
  known: boolean;
}

/** One line of the display: a count while the total is unknown, then the bar. */
function formatLine(options: Options, params: Params, payload: Payload): string {
  return cliProgress.Format.Formatter(
    { ...options, format: payload.known ? BAR_FORMAT : COUNT_FORMAT },
    params,
    payload as unknown as Record<string, unknown>,
  );
}

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return SILENT;
  const t0 = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: formatLine,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  let total = 0;
  let known = false;
  bar.start(0, 0, { rate: '0.0', known } satisfies Payload);
  const rate = () => (done / Math.max(1e-3, (performance.now() - t0) / 1000)).toFixed(1);
  return {
    setTotal(n) {
      total = Math.max(n, done);
      // An empty run has nothing to draw a bar against: it stays a count.
      known = total > 0;
      bar.setTotal(total);
      bar.update(done, { rate: rate(), known } satisfies Payload);
    },
    tick() {
      done++;
      if (done > total) {
        total = done;
        bar.setTotal(total);
      }
      bar.update(done, { rate: rate(), known } satisfies Payload);
    },
    stop() {
      bar.stop();
    },
  };
}
