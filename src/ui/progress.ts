// Progress on a terminal: one live line (rewritten in place) for long waits, cleared before any
// other line is printed. Without a terminal (logs, CI, credential_process) it prints nothing,
// so logs stay quiet.

export interface Progress {
  /** Shows `text` as the live line; undefined clears it. */
  status(text: string | undefined): void;
  /** Prints one line of stderr, the live line cleared first. */
  log(line: string): void;
}

const CLEAR = "\r\x1b[2K";

export function progress(write: (text: string) => void, terminal: boolean): Progress {
  let live = false;
  return {
    status(text) {
      if (!terminal) return;
      if (text === undefined) {
        if (live) write(CLEAR);
        live = false;
        return;
      }
      write(`${CLEAR}${text}`);
      live = true;
    },
    log(line) {
      if (live) write(CLEAR);
      live = false;
      write(`${line}\n`);
    },
  };
}
