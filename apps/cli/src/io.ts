/** Where a command writes and reads; `run()` takes one, so tests pass a memory-backed fake. */
export interface Writer {
  write(text: string): unknown;
}

export interface Io {
  /** Data: results, JSON. */
  stdout: Writer;
  /** Diagnostics: summaries, usage errors. */
  stderr: Writer;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  /** Whether to colour output: a terminal, and NO_COLOR unset. */
  color: boolean;
  readStdin(): Promise<string>;
  /** Stdin as it arrives, for inputs of any size; absent in tests, where readStdin serves. */
  stdinStream?(): AsyncIterable<Uint8Array | string>;
}

export function processIo(env: NodeJS.ProcessEnv = process.env): Io {
  // `chancery validate … | head` closes the pipe early; that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const isTTY = process.stdout.isTTY === true;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY,
    color: isTTY && !env.NO_COLOR,
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    stdinStream: () => process.stdin,
  };
}

/** An Io that records what is written, for tests. */
export function memoryIo(options: { stdin?: string; isTTY?: boolean; color?: boolean } = {}): Io & { out(): string; err(): string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    isTTY: options.isTTY ?? false,
    color: options.color ?? false,
    readStdin: async () => options.stdin ?? "",
    out: () => out,
    err: () => err,
  };
}

const ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], cyan: [36, 39] } as const;

/** Colours text when the Io allows it. */
export function paint(io: Io, style: keyof typeof ANSI, text: string): string {
  const [open, close] = ANSI[style];
  return io.color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
}
