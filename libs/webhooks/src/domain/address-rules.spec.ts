import { addressPolicy, addressProblem, hostOf, urlProblem } from './address-rules';

describe('webhook address rules', () => {
  const none = addressPolicy('');

  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
  ])('refuses %s', (address) => {
    expect(addressProblem(none, 'hook.example', address)).toBe('resolves to a loopback, private or link-local address');
  });

  it.each(['8.8.8.8', '193.0.14.129', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8'])('lets %s through', (address) => {
    expect(addressProblem(none, 'hook.example', address)).toBeNull();
  });

  it('lets allow-listed host names, addresses and subnets through, and nothing else', () => {
    const policy = addressPolicy('Receiver.Internal, 127.0.0.1,10.20.0.0/16,fd00::/8');
    expect(addressProblem(policy, 'receiver.internal', '10.9.9.9')).toBeNull();
    expect(addressProblem(policy, 'other.internal', '127.0.0.1')).toBeNull();
    expect(addressProblem(policy, 'other.internal', '10.20.3.4')).toBeNull();
    expect(addressProblem(policy, 'other.internal', 'fd00::5')).toBeNull();
    expect(addressProblem(policy, 'other.internal', '127.0.0.2')).not.toBeNull();
    expect(addressProblem(policy, 'other.internal', '10.21.0.1')).not.toBeNull();
    expect(addressProblem(policy, 'other.internal', 'not-an-address')).toBe('not-an-address is not an IP address');
  });

  it('takes IPv6 literals without brackets', () => {
    expect(hostOf(new URL('https://[::1]:8443/hook'))).toBe('::1');
    expect(hostOf(new URL('https://Hooks.Example.org/x'))).toBe('hooks.example.org');
  });

  it('accepts https, and http only outside production; refuses credentials, fragments and non-URLs', () => {
    expect(urlProblem('https://hooks.example.org/in', true)).toBeNull();
    expect(urlProblem('http://hooks.example.org/in', true)).toBe('must use https');
    expect(urlProblem('http://127.0.0.1:9000/in', false)).toBeNull();
    expect(urlProblem('ftp://hooks.example.org/in', false)).toBe('must use http or https');
    expect(urlProblem('https://user:pw@hooks.example.org/in', true)).toBe('must not carry credentials');
    expect(urlProblem('https://hooks.example.org/in#x', true)).toBe('must not have a fragment');
    expect(urlProblem('not a url', true)).toBe('is not a URL');
    expect(urlProblem(`https://hooks.example.org/${'a'.repeat(2000)}`, true)).toBe('is longer than 2000 characters');
  });
});
