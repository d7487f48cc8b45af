import { decodeBody } from '../../../shared/adapters/http/body-reader';

describe('decoding a body to text', () => {
  it.each([
    ['the Content-Type charset', Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'text/html; charset=windows-1252', 'Café'],
    [
      'a meta charset when the header has none',
      Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from([0xfc])]),
      'text/html',
      '<meta charset="iso-8859-1"><p>ü',
    ],
    ['UTF-8 by default', Buffer.from('Tōkyō 東京'), undefined, 'Tōkyō 東京'],
    ['UTF-8 for an unknown label', Buffer.from('ok'), 'text/plain; charset=x-unknown', 'ok'],
  ])('uses %s', (_how, body, contentType, expected) => {
    expect(decodeBody(body, contentType)).toBe(expected);
  });
});
