// The one RFC 8628-style polling loop (§3.4-3.5) of every flow that waits for a person: Okta's
// device authorization, Okta direct authentication's MFA push, and IAM Identity Center's
// CreateToken. Each supplies one attempt; the waiting rules live here.
import { FlowError } from "../errors.ts";
import { isPassingFailure } from "./network_error.ts";

/** What an attempt answers when the person has not finished yet. */
export type PollState = "authorization_pending" | "slow_down";

const SLOW_DOWN_STEP_S = 5;
/** Busy answers (429, 5xx) in a row before the poll gives up. */
const MAX_BUSY_IN_A_ROW = 10;

export interface PollSchedule {
  /** Seconds between attempts (at least 1). */
  interval: number;
  /** When the code (or challenge) stops being valid, in epoch ms. */
  deadline: number;
  /** The code's whole lifetime in seconds, for the expiry message. */
  lifetime: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Called when the server asks for slower polling, with the new interval in seconds. */
  onSlowDown?: (intervalSeconds: number) => void;
  /** Called before waiting out a busy answer (429 or 5xx), with the wait in seconds. */
  onBusy?: (status: number, seconds: number) => void;
  /** Called before each wait, with the seconds the code has left. */
  onWait?: (secondsLeft: number) => void;
}

/** device_code_expired, naming the code's lifetime in minutes. */
export function pollExpired(lifetimeSeconds: number, cause?: unknown): FlowError {
  return new FlowError("device_code_expired", {
    minutes: Math.max(1, Math.round(lifetimeSeconds / 60)),
  }, { cause });
}

/**
 * Waits `interval` before each attempt; `slow_down` adds 5 s to this and every later wait; a
 * network failure doubles the wait; a busy answer (FlowError server_busy) waits its
 * Retry-After or a doubled interval, up to 10 in a row; never attempts past the deadline
 * (device_code_expired). Any other error of the attempt ends the loop.
 */
export async function pollUntilDone<T>(
  attempt: () => Promise<T | PollState>,
  schedule: PollSchedule,
): Promise<T> {
  let interval = Math.max(schedule.interval, 1);
  /** A busy answer's wait, when longer than the interval; 0 otherwise. */
  let busyWait = 0;
  let busy = 0;
  for (;;) {
    const wait = Math.max(interval, busyWait);
    busyWait = 0;
    if (schedule.now() + wait * 1000 > schedule.deadline) throw pollExpired(schedule.lifetime);
    schedule.onWait?.(Math.ceil((schedule.deadline - schedule.now()) / 1000));
    await schedule.sleep(wait * 1000);
    let answer: T | PollState;
    try {
      answer = await attempt();
    } catch (err) {
      if (isPassingFailure(err)) {
        busy = 0;
        interval *= 2;
        continue;
      }
      if (err instanceof FlowError && err.code === "server_busy") {
        if (++busy >= MAX_BUSY_IN_A_ROW) {
          throw new FlowError("server_busy", { ...err.params, tries: busy }, { cause: err });
        }
        busyWait = Math.max(Number(err.params.seconds) || 0, interval * 2);
        schedule.onBusy?.(Number(err.params.status), busyWait);
        continue;
      }
      throw err;
    }
    busy = 0;
    if (answer === "authorization_pending") continue;
    if (answer === "slow_down") {
      interval += SLOW_DOWN_STEP_S;
      schedule.onSlowDown?.(interval);
      continue;
    }
    return answer;
  }
}
