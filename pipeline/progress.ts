// Progress on stderr: a bar with documents/s and ETA when stderr is a terminal, nothing otherwise
// (logs piped to a file must not fill up with redraws).
import cliProgress from 'cli-progress';

export interface Progress {
  /** The total, as far as it is known yet (folders are counted while they are processed). */
  setTotal(total: number): void;
  tick(): void;
  stop(): void;
}

const SILENT: Progress = { setTotal() {}, tick() {}, stop() {} };

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return SILENT;
  const t0 = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'tamis {bar} {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  let total = 0;
  bar.start(0, 0, { rate: '0.0' });
  const rate = () => (done / Math.max(1e-3, (performance.now() - t0) / 1000)).toFixed(1);
  return {
    setTotal(n) {
      total = Math.max(n, done);
      bar.setTotal(total);
    },
    tick() {
      done++;
      if (done > total) {
        total = done;
        bar.setTotal(total);
      }
      bar.update(done, { rate: rate() });
    },
    stop() {
      bar.stop();
    },
  };
}
