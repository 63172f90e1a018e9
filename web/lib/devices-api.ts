/** The owner's device accounts (src/server/devices.ts): register, list, assign an agent, revoke. */
import { bearer, withHeaders } from './http';

export interface Device {
  id: string;
  name: string;
  agent: string | null;
  createdAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
}

export function devicesApi(token: string | null) {
  const call = withHeaders(bearer(token));
  return {
    list: () => call<{ devices: Device[] }>('GET', '/api/admin/devices'),
    register: (name: string, agent: string | undefined) =>
      call<Device & { secret: string }>('POST', '/api/admin/devices', agent ? { name, agent } : { name }),
    assign: (id: string, agent: string | null) =>
      call<Device>('PATCH', `/api/admin/devices/${encodeURIComponent(id)}`, { agent }),
    revoke: (id: string) => call<Device>('POST', `/api/admin/devices/${encodeURIComponent(id)}/revoke`),
  };
}
