/** A settings-API answer other than 2xx: its status, the API's message, and why (`X-Sandbox-Reason`). */
export class ApiProblem extends Error {
  readonly status: number;
  /** The backend's `X-Sandbox-Reason`, when it gave one. */
  readonly reason: string | null;

  constructor(status: number, message: string, reason: string | null = null) {
    super(message);
    this.status = status;
    this.reason = reason;
  }
}
