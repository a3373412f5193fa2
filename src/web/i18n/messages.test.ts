import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
  });

  it('has no empty texts and the same placeholders in both languages', () => {
    for (const [key, nl] of Object.entries(messages.nl)) {
      const en = (messages.en as Record<string, string>)[key] ?? '';
      expect(nl.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(nl));
    }
  });
});
