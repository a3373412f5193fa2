import { describe, expect, it } from 'vitest';
import { classifyDatabaseError, unavailableFor, DATABASE_UNAVAILABLE_MESSAGE } from './faults.ts';
import { UnavailableError } from '../domain/errors.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('classifyDatabaseError', () => {
  it.each([
    ['ECONNREFUSED', withCode('ECONNREFUSED'), 'unreachable'],
    ['ENOTFOUND', withCode('ENOTFOUND'), 'unreachable'],
    ['EHOSTUNREACH', withCode('EHOSTUNREACH'), 'unreachable'],
    ['ETIMEDOUT', withCode('ETIMEDOUT'), 'timeout'],
    ['ECONNRESET', withCode('ECONNRESET'), 'connection-lost'],
    ['EPIPE', withCode('EPIPE'), 'connection-lost'],
    ['57P01 admin shutdown / pg_terminate_backend', withCode('57P01', 'terminating connection due to administrator command'), 'shutting-down'],
    ['57P02 crash shutdown', withCode('57P02'), 'shutting-down'],
    ['57P03 cannot connect now (starting up)', withCode('57P03', 'the database system is starting up'), 'starting'],
    ['08006 connection failure', withCode('08006'), 'connection-lost'],
    ['08003 connection does not exist', withCode('08003'), 'connection-lost'],
    ['08001 unable to connect', withCode('08001'), 'connection-lost'],
    ['57014 statement timeout', withCode('57014', 'canceling statement due to statement timeout'), 'timeout'],
    ['55P03 lock timeout', withCode('55P03', 'canceling statement due to lock timeout'), 'lock-timeout'],
    ['25P03 idle in transaction timeout', withCode('25P03'), 'timeout'],
    ['53300 too many connections', withCode('53300'), 'unreachable'],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect'), 'timeout'],
    ['connect timeout', new Error('Connection terminated due to connection timeout'), 'timeout'],
    ['dropped connection', new Error('Connection terminated unexpectedly'), 'connection-lost'],
    ['broken client', new Error('Client has encountered a connection error and is not queryable'), 'connection-lost'],
    ['wrapped in cause', new Error('outer', { cause: withCode('ECONNREFUSED') }), 'unreachable'],
    ['AggregateError of connect attempts', Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), { code: undefined }), 'unreachable'],
    // Not faults of the database: the request or the code is wrong; they must stay what they are.
    ['23505 unique violation', withCode('23505'), null],
    ['22P02 invalid text', withCode('22P02'), null],
    ['42P01 undefined table', withCode('42P01'), null],
    ['28P01 wrong password', withCode('28P01'), null],
    ['3D000 unknown database', withCode('3D000'), null],
    ['plain error', new Error('boom'), null],
    ['not an error', 'text', null],
    ['null', null, null],
  ])('%s', (_name, err, expected) => {
    expect(classifyDatabaseError(err)).toBe(expected);
  });
});

describe('unavailableFor', () => {
  it('turns a database fault into the family\'s "unavailable" with Retry-After 30 s and a Dutch message', () => {
    const error = unavailableFor(withCode('57P01'));
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error!.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(error!.retryAfterSeconds).toBe(30);
    expect(error!.code).toBe('database-onbereikbaar');
  });

  it('leaves other errors alone', () => {
    expect(unavailableFor(withCode('23505'))).toBeNull();
  });
});
