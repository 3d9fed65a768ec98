/**
 * Event types of the future event list. `a` is usually a pool index and `b` its generation.
 * The codes are hashed into the event log hash: never renumber one.
 */
export const EV_SECOND = 0;
export const EV_ARRIVAL = 1;
export const EV_CALL_ARRIVE = 2;
export const EV_COMPUTE_DONE = 3;
export const EV_REPLY = 4;
export const EV_TIMEOUT = 5;
export const EV_RETRY = 6;
export const EV_PUBLISH_ARRIVE = 7;
export const EV_DELIVER = 8;
export const EV_ACK_TIMEOUT = 9;
export const EV_TTL = 10;
export const EV_FAULT_START = 11;
export const EV_FAULT_END = 12;
export const EV_INSTANCE_DOWN = 13;
export const EV_INSTANCE_UP = 14;
export const EV_LB_NOTICE = 15;
export const EV_BREAKER_TIMER = 16;
export const EV_POLL_SEND = 17;
export const EV_POLL_ARRIVE = 18;
export const EV_POLL_DONE = 19;
export const EV_PUSH = 20;
export const EV_TRAFFIC = 21;
/** An autoscaled service evaluates its metric (autoscale.ts); `a` is its scaler index. */
export const EV_SCALE_CHECK = 22;
/** A new instance finished booting; `a` is the instance, `b` its boot generation. */
export const EV_BOOT_DONE = 23;
/** A closed-loop user of client `a` has finished thinking: it sends (users.ts). */
export const EV_USER_SEND = 24;
/** Point `b` of client `a`'s users schedule: users join or leave (users.ts). */
export const EV_USERS = 25;
/** Load balancers (balancerHealth.ts): a round of health probes, a probe reaching its backend, a probe's outcome, the end of an ejection. */
export const EV_PROBE_ROUND = 30;
export const EV_PROBE_ARRIVE = 31;
export const EV_PROBE_RESULT = 32;
export const EV_EJECTION_END = 33;

/** The heap event that stands for "the head of delay line `a` is due" (delayLines.ts). */
export const EV_LINE = 99;

/** An event type: one of the EV_* codes above. */
export type EventType =
  | typeof EV_SECOND
  | typeof EV_ARRIVAL
  | typeof EV_CALL_ARRIVE
  | typeof EV_COMPUTE_DONE
  | typeof EV_REPLY
  | typeof EV_TIMEOUT
  | typeof EV_RETRY
  | typeof EV_PUBLISH_ARRIVE
  | typeof EV_DELIVER
  | typeof EV_ACK_TIMEOUT
  | typeof EV_TTL
  | typeof EV_FAULT_START
  | typeof EV_FAULT_END
  | typeof EV_INSTANCE_DOWN
  | typeof EV_INSTANCE_UP
  | typeof EV_LB_NOTICE
  | typeof EV_BREAKER_TIMER
  | typeof EV_POLL_SEND
  | typeof EV_POLL_ARRIVE
  | typeof EV_POLL_DONE
  | typeof EV_PUSH
  | typeof EV_TRAFFIC
  | typeof EV_SCALE_CHECK
  | typeof EV_BOOT_DONE
  | typeof EV_USER_SEND
  | typeof EV_USERS
  | typeof EV_PROBE_ROUND
  | typeof EV_PROBE_ARRIVE
  | typeof EV_PROBE_RESULT
  | typeof EV_EJECTION_END
  | typeof EV_LINE;

/** Transfer kind codes: indexes into TRANSFER_KINDS (transferPacking.ts). */
export const T_REQUEST = 0;
export const T_REPLY = 1;
export const T_FAILURE = 2;
export const T_RETRY = 3;
export const T_PUBLISH = 4;
export const T_DELIVERY = 5;
export const T_POLL = 6;
export const T_PUSH = 7;
