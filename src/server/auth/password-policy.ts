/**
 * The minimum a new password must have beyond its length: passwords made of one repeated
 * character, digits only, a keyboard or counting run, a top common password, or the email's own
 * name are the first an attacker tries, so they are refused with the reason. Long passphrases of
 * ordinary words pass.
 */

// The most common passwords at or above the minimum length (public breach-list heads).
const COMMON = new Set([
  'password',
  'password1',
  'password123',
  'passw0rd',
  'qwertyuiop',
  'qwerty123',
  'iloveyou',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'welcome1',
  'letmein123',
  'admin123',
  'abc123456',
  'trustno1',
  'contraseña',
  'contrasena',
]);

const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function isRun(text: string): boolean {
  const t = text.toLowerCase();
  return RUNS.some((run) => {
    const twice = run + run;
    const back = [...twice].reverse().join('');
    return twice.includes(t) || back.includes(t);
  });
}

/** Why `password` is too weak for `email`'s account, or undefined when it is acceptable. */
export function passwordWeakness(password: string, email: string): string | undefined {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return 'it repeats too few different characters';
  if (/^\d+$/.test(password)) return 'it is only digits';
  if (isRun(password)) return 'it is a keyboard or counting sequence';
  if (COMMON.has(lower)) return 'it is one of the most common passwords';
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && lower.includes(name)) return 'it contains the email address';
  return undefined;
}
