import { catalogue, Messages } from './catalogue';
import { activeMessagesReady, hasMessages, loadMessages, messagesFor, registerMessages, setActiveLocale } from './messages';

/** A catalogue as the built console has it: English inline, each other language a loader. */
function builtCatalogue(loads: string[]) {
  const language = (locale: string, text: string) => () => {
    loads.push(locale);
    return Promise.resolve<Messages<'test.greeting'>>({ 'test.greeting': text });
  };
  return catalogue(
    { 'test.greeting': 'Hello' },
    { de: language('de', 'Hallo'), ro: language('ro', 'Salut'), ru: language('ru', 'Привет') },
  );
}

describe('the console’s messages, one language at a time', () => {
  afterEach(() => setActiveLocale('en'));

  it('give English until a language has arrived, then that language', async () => {
    const loads: string[] = [];
    registerMessages(builtCatalogue(loads));
    expect(loads).toEqual([]);
    expect(messagesFor('de')['test.greeting']).toBe('Hello');
    expect(hasMessages('de')).toBe(false);
    await loadMessages('de');
    expect(messagesFor('de')['test.greeting']).toBe('Hallo');
    expect(hasMessages('de')).toBe(true);
    expect(messagesFor('ro')['test.greeting']).toBe('Hello');
    await loadMessages('de');
    expect(loads).toEqual(['de']);
  });

  it('fetch the active language of a catalogue as soon as its page registers it', async () => {
    const loads: string[] = [];
    setActiveLocale('ru');
    registerMessages(builtCatalogue(loads));
    await activeMessagesReady();
    expect(loads).toEqual(['ru']);
    expect(messagesFor('ru')['test.greeting']).toBe('Привет');
  });

  it('keep English standing and ask again when a language failed to load', async () => {
    let attempts = 0;
    const flaky = catalogue(
      { 'test.flaky': 'Hello' },
      {
        de: () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ 'test.flaky': 'Hallo' })),
        ro: { 'test.flaky': 'Salut' },
        ru: { 'test.flaky': 'Привет' },
      },
    );
    registerMessages(flaky);
    await loadMessages('de');
    expect(messagesFor('de')['test.flaky']).toBe('Hello');
    await loadMessages('de');
    expect(messagesFor('de')['test.flaky']).toBe('Hallo');
    expect(attempts).toBe(2);
  });
});
