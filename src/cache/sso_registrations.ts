// Identity Center client registrations kept between logins (they hold a client secret):
// `<cache>/sso/registration-<key>.json`, 0600, reused while they have 15 minutes left.
import type { Registration } from "../aws/identity_center.ts";
import { cacheDir, readJson, writeJson } from "./store.ts";
import { stringField } from "../text/json.ts";

/** Client registrations by what they were made for, in okta-aws's cache (they hold a secret). */
export interface RegistrationStore {
  read(key: string): Registration | undefined;
  write(key: string, registration: Registration): void;
}

export function registrationStore(root: string): RegistrationStore {
  const path = (key: string) => `${root}/sso/registration-${key}.json`;
  return {
    read(key) {
      const v = readJson(path(key));
      const clientId = v && stringField(v, "clientId");
      const clientSecret = v && stringField(v, "clientSecret");
      const expiresAt = v && stringField(v, "expiresAt");
      if (
        clientId === undefined || clientSecret === undefined || expiresAt === undefined ||
        Number.isNaN(Date.parse(expiresAt))
      ) return undefined;
      return { clientId, clientSecret, expiresAt: new Date(expiresAt) };
    },
    write(key, registration: Registration) {
      cacheDir(root, "sso");
      writeJson(path(key), {
        clientId: registration.clientId,
        clientSecret: registration.clientSecret,
        expiresAt: registration.expiresAt.toISOString(),
      });
    },
  };
}
