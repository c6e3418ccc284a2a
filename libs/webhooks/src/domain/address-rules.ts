import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may be sent. Loopback, private, link-local, shared, documentation,
 * multicast and reserved ranges are refused unless the host is on the allow-list
 * (WEBHOOK_ALLOWED_HOSTS): an endpoint must not become a way into the platform's own network.
 * IPv4-mapped IPv6 addresses are judged by the IPv4 ranges (BlockList does so).
 */
const NON_PUBLIC_RANGES: readonly (readonly [string, number, 'ipv4' | 'ipv6'])[] = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['64:ff9b::', 96, 'ipv6'],
  ['64:ff9b:1::', 48, 'ipv6'],
  ['100::', 64, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['2002::', 16, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['fec0::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

const NON_PUBLIC = new BlockList();
for (const [network, prefix, family] of NON_PUBLIC_RANGES) NON_PUBLIC.addSubnet(network, prefix, family);

const familyOf = (address: string): 'ipv4' | 'ipv6' | null => ({ 4: 'ipv4', 6: 'ipv6' } as const)[isIP(address) as 4 | 6] ?? null;

/** The allow-list: host names (lower case) and addresses or subnets. */
export interface AddressPolicy {
  readonly hosts: ReadonlySet<string>;
  readonly addresses: BlockList;
}

/** Reads WEBHOOK_ALLOWED_HOSTS: host names, addresses and CIDRs separated by commas. */
export function addressPolicy(spec: string): AddressPolicy {
  const hosts = new Set<string>();
  const addresses = new BlockList();
  for (const entry of spec.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean)) {
    const [network, prefix] = entry.split('/');
    const family = familyOf(network);
    if (family && prefix !== undefined) addresses.addSubnet(network, Number(prefix), family);
    else if (family) addresses.addAddress(network, family);
    else hosts.add(entry);
  }
  return { hosts, addresses };
}

/** The URL's host as the resolver takes it: IPv6 literals without their brackets. */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();

/** Why `address` (which `hostname` resolved to) may not be reached, or null when it may. */
export function addressProblem(policy: AddressPolicy, hostname: string, address: string): string | null {
  const family = familyOf(address);
  if (!family) return `${address} is not an IP address`;
  if (policy.hosts.has(hostname.toLowerCase()) || policy.addresses.check(address, family)) return null;
  return NON_PUBLIC.check(address, family) ? 'resolves to a loopback, private or link-local address' : null;
}

const MAX_URL_LENGTH = 2000;

/** What is wrong with an endpoint URL before its host is resolved, or null. Production accepts https only. */
export function urlProblem(raw: string, production: boolean): string | null {
  if (raw.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && (production || url.protocol !== 'http:')) return production ? 'must use https' : 'must use http or https';
  if (url.username || url.password) return 'must not carry credentials';
  if (url.hash) return 'must not have a fragment';
  return null;
}
