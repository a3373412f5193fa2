import { describe, expect, it } from 'vitest';
import { acceptsGzip, cachedBody } from '../../src/api/budget/cached-body.ts';

describe('cached bodies', () => {
  it('reads Accept-Encoding right also when the last value is remembered', () => {
    const values: [string | undefined, boolean][] = [
      ['gzip, deflate, br', true],
      ['gzip, deflate, br', true],
      ['identity', false],
      ['identity', false],
      ['gzip;q=0', false],
      ['br, GZIP;q=0.5', true],
      [undefined, false],
      ['gzip;q=0', false],
      ['x-gzip', true],
    ];
    for (const [value, gzip] of values) expect(acceptsGzip(value)).toBe(gzip);
  });

  it("merges the response headers once, the body's own cache-control last", () => {
    const plain = cachedBody('{"a":1}');
    expect(plain.sent).toEqual({ etag: plain.etag, 'cache-control': 'no-cache', vary: 'accept-encoding' });
    const private_ = cachedBody('{"a":1}', { 'cache-control': 'private, no-cache' });
    expect(private_.sent['cache-control']).toBe('private, no-cache');
    expect(private_.etag).toBe(plain.etag);
  });
});
