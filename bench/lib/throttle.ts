/**
 * The throttling proxy's model of a slow network, kept apart from the sockets so it can be tested
 * alone: each direction is a link that sends bytes one after another at its rate (shared by every
 * connection, like a phone's one radio) and delivers them half a round trip later; a new
 * connection first pays one round trip for TCP's handshake. Not modelled: TCP slow start, loss.
 */

export interface NetworkProfile {
  name: string;
  /** Round-trip time added to every exchange, in ms. */
  rttMs: number;
  /** Link rates in kilobits (1,000 bits) per second; Infinity = not limited. */
  downKbps: number;
  upKbps: number;
}

/** A phone on a slow mobile network: what Lighthouse's mobile run and DevTools' "Slow 4G" emulate. */
export const SLOW_PHONE_NETWORK: NetworkProfile = { name: 'slow 4G', rttMs: 150, downKbps: 1600, upKbps: 750 };
/** Loopback as it is: the proxy only counts. */
export const UNTHROTTLED: NetworkProfile = { name: 'unthrottled', rttMs: 0, downKbps: Infinity, upKbps: Infinity };

/** Time to put `bytes` on a link of `kbps` (kilobits per second = bits per millisecond). */
export function transmitMs(bytes: number, kbps: number): number {
  return kbps === Infinity ? 0 : (bytes * 8) / kbps;
}

/** One direction of the network. */
export interface Link {
  /**
   * Hands `bytes` to the link at `now` (they may not leave before `earliest`) and returns when
   * they arrive at the other end. Calls must come in the order the bytes were handed over.
   */
  send(now: number, bytes: number, earliest?: number): number;
}

export function createLink(kbps: number, oneWayDelayMs: number): Link {
  // When the link has finished sending what it was given so far.
  let busyUntil = -Infinity;
  return {
    send(now, bytes, earliest = now) {
      const start = Math.max(now, earliest, busyUntil);
      busyUntil = start + transmitMs(bytes, kbps);
      return busyUntil + oneWayDelayMs;
    },
  };
}

export interface Network {
  profile: NetworkProfile;
  /** Server → browser. */
  down: Link;
  /** Browser → server. */
  up: Link;
  /** How long after a connection is accepted its first bytes may leave (the TCP handshake). */
  handshakeMs: number;
}

export function createNetwork(profile: NetworkProfile): Network {
  const oneWay = profile.rttMs / 2;
  return {
    profile,
    down: createLink(profile.downKbps, oneWay),
    up: createLink(profile.upKbps, oneWay),
    handshakeMs: profile.rttMs,
  };
}

/** Segment size the proxy splits data into, so a large response arrives progressively. */
export const SEGMENT_BYTES = 4096;

export function describeProfile(profile: NetworkProfile): string {
  if (profile.rttMs === 0 && profile.downKbps === Infinity) return profile.name;
  const rate = (kbps: number) => (kbps >= 1000 ? `${kbps / 1000} Mbps` : `${kbps} kbps`);
  return `${profile.name}: ${profile.rttMs} ms round trip, ${rate(profile.downKbps)} down / ${rate(profile.upKbps)} up`;
}
