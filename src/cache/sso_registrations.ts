// Identity Center client registrations kept between logins (they hold a client secret):
// `<cache>/sso/registration-<key>.json`, 0600, reused while they have 15 minutes left.
import type { Registration } from "../aws/identity_center.ts";
import type { RegistrationStore } from "../flow/sso_deps.ts";
import { cacheDir, readJson, writeJson } from "./store.ts";

interface Stored {
  clientId: string;
  clientSecret: string;
  expiresAt: string;
}

export function registrationStore(root: string): RegistrationStore {
  const path = (key: string) => `${root}/sso/registration-${key}.json`;
  return {
    read(key) {
      const v = readJson<Partial<Stored>>(path(key));
      if (
        typeof v?.clientId !== "string" || typeof v.clientSecret !== "string" ||
        typeof v.expiresAt !== "string" || Number.isNaN(Date.parse(v.expiresAt))
      ) return undefined;
      return {
        clientId: v.clientId,
        clientSecret: v.clientSecret,
        expiresAt: new Date(v.expiresAt),
      };
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
