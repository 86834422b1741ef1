// A throwaway redis-server on a free loopback port, for the tests and the bench: no persistence,
// bound to 127.0.0.1 only, stopped by the caller. Never used by the CLI itself.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface LocalRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A port the kernel just handed out on 127.0.0.1 (free at the time of asking). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

/** Starts `redis-server` and resolves once it accepts connections. */
export async function startLocalRedis(timeoutMs = 10_000): Promise<LocalRedis> {
  // Another process may grab the port between asking and binding: try a few.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freeLoopbackPort();
    try {
      const child = await launch(port, timeoutMs);
      return { url: `redis://127.0.0.1:${port}`, port, stop: () => stop(child) };
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

function launch(port: number, timeoutMs: number): Promise<ChildProcess> {
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--protected-mode',
    'yes',
    // BullMQ asks for this policy: evicting queue keys would lose jobs.
    '--maxmemory-policy',
    'noeviction',
  ];
  return new Promise((resolveChild, reject) => {
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`redis-server did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        // Keep draining so that a chatty server never blocks on a full pipe.
        child.stdout?.resume();
        child.stderr?.resume();
        resolveChild(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', (err) =>
      fail(
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? new Error('redis-server is not installed (Debian: apt-get install -y redis-server)')
          : err,
      ),
    );
    child.once('exit', (code) => fail(new Error(`redis-server exited with status ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}
