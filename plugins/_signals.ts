// Exit statuses of children killed by a signal: 128 + the signal's number, as shells report,
// with the numbers of the OS at hand (Linux and macOS/BSD differ from SIGBUS on).

const COMMON: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGSEGV: 11,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGWINCH: 28,
};

/** signal(7) on Linux. */
const LINUX: Record<string, number> = {
  ...COMMON,
  SIGBUS: 7,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGSTKFLT: 16,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGURG: 23,
  SIGIO: 29,
  SIGPOLL: 29,
  SIGPWR: 30,
  SIGSYS: 31,
};

/** <sys/signal.h> on macOS and the BSDs. */
const BSD: Record<string, number> = {
  ...COMMON,
  SIGEMT: 7,
  SIGBUS: 10,
  SIGSYS: 12,
  SIGURG: 16,
  SIGSTOP: 17,
  SIGTSTP: 18,
  SIGCONT: 19,
  SIGCHLD: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGIO: 23,
  SIGINFO: 29,
  SIGUSR1: 30,
  SIGUSR2: 31,
};

/** The number of `signal` on `os`; undefined when that OS has no such signal. */
export function signalNumber(signal: string, os: string): number | undefined {
  if (os === "windows") return signal === "SIGBREAK" ? 21 : COMMON[signal];
  return (os === "linux" || os === "android" ? LINUX : BSD)[signal];
}

/** The exit status a shell reports for a child that ended with `status` (1 if unknowable). */
export function exitStatus(status: Deno.CommandStatus, os: string = Deno.build.os): number {
  if (!status.signal) return status.code;
  const number = signalNumber(status.signal, os);
  return number === undefined ? 1 : 128 + number;
}
