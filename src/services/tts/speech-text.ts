/**
 * Makes LLM text speakable. Both offline engines read markup aloud (espeak-ng says
 * "asterisk asterisk red", flite "hash"), and cloud voices stumble over URLs, so sentences
 * are cleaned just before synthesis; captions (tts-text) keep the cleaned text too.
 */

const NUMBER_WORD: Record<string, string> = { es: 'número', en: 'number' };

export function cleanTextForSpeech(text: string, language?: string): string {
  const lang = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (
    text
      // [label](url) → label
      .replace(/\[([^\]]+)\]\((?:[^)\s]+)\)/g, '$1')
      // bare URLs → host name ("shop.example.com")
      .replace(/\bhttps?:\/\/(?:www\.)?([^/\s)]+)[^\s)]*/g, '$1')
      // headings, list bullets and quote markers at line start
      .replace(/^\s{0,3}(?:#{1,6}\s+|[-*+•]\s+|>\s*)/gm, '')
      // "#4512" → "number 4512"
      .replace(/#\s?(\d)/g, `${NUMBER_WORD[lang] ?? NUMBER_WORD.en} $1`)
      // emphasis and code markers; underscores only when they wrap a word
      .replace(/\*{1,3}|`+|~~/g, '')
      .replace(/(^|[\s(])_{1,2}([^_\s][^_]*?)_{1,2}(?=[\s).,!?;:]|$)/g, '$1$2')
      .replace(/[ \t]{2,}/g, ' ')
      .trim()
  );
}
