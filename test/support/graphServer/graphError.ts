// Graph-shaped error responses: `{ error: { code, message } }` with the status Graph uses for each code.
import { type RouteResponse } from "./types";

export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): RouteResponse {
  return { status, headers: { "content-type": "application/json", ...headers }, body: { error: { code, message } } };
}

export const badRequest = (message: string, code = "BadRequest"): RouteResponse => graphError(400, code, message);

export const itemNotFound = (what: string): RouteResponse =>
  graphError(404, "ErrorItemNotFound", `The specified object was not found in the store. (${what})`);
