#!/usr/bin/env python3
"""Repeat check of knowledge13 and safety13 against every earlier set, run once before freezing.

It reads the earlier sets' lines (knowledge questions of eval/knowledge*, eval/knowledge-dev*; safety
attempts, ordinary requests and redaction texts of eval/safety*, eval/safety-dev and its probes) but
prints only this set's own line and its best scores, never an earlier line, so the writer never sees
them. Measures, after folding case, accents and punctuation: exact repeat; difflib ratio; word
Jaccard with all words and without common English/Spanish function words; longest shared run of
words. Run: python3 eval/safety13/repeat-check.py
"""
import difflib, glob, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STOP = set('a an the and or but of to in on at for with from by is are was be it its this that i you he she we they my your me our us do does did can could would should will just so if not no yes what which who how when where why there here el la los las un una unos unas y o de del al en con por para es son fue ser lo le les se me mi mis tu su sus que qué como cómo cuando dónde donde cuál cuánto ya si sí no muy más'.split())

def fold(t):
    t = unicodedata.normalize('NFD', t.lower())
    t = ''.join(c for c in t if unicodedata.category(c) != 'Mn')
    return re.sub(r'[^\w]+', ' ', t).strip()

def questions(path):
    out = []
    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == 'question' and isinstance(v, str): out.append(v)
                else: walk(v)
        elif isinstance(x, list):
            for v in x: walk(v)
    try: walk(json.load(open(path)))
    except Exception: pass
    return out

def tsv(path):
    out = []
    if not os.path.exists(path): return out
    for line in open(path, encoding='utf8'):
        if line.startswith('#') or not line.strip(): continue
        out.append(line.rstrip('\n').split('\t')[-1])
    return out

def check(own, earlier, label, line_at=0.7, jac_at=0.45):
    earlier_f = [fold(e) for e in earlier]
    earlier_set = set(earlier_f)
    earlier_w = [set(e.split()) for e in earlier_f]
    earlier_c = [w - STOP for w in earlier_w]
    grams = set()
    for e in earlier_f:
        w = e.split()
        grams.update(' '.join(w[i:i + 6]) for i in range(len(w) - 5))
    flagged = 0
    worst = [0, 0, 0]
    for line in own:
        f = fold(line); w = set(f.split()); c = w - STOP
        exact = f in earlier_set
        jac = max((len(w & e) / len(w | e) for e in earlier_w if w | e), default=0)
        jacc = max((len(c & e) / len(c | e) for e in earlier_c if c | e), default=0)
        sm = difflib.SequenceMatcher(None, f, '')
        ratio = 0
        for e in earlier_f:
            if abs(len(e) - len(f)) > len(f): continue
            sm.set_seq2(e)
            if sm.real_quick_ratio() < line_at or sm.quick_ratio() < line_at: continue
            ratio = max(ratio, sm.ratio())
        ws = f.split()
        gram = any(' '.join(ws[i:i + 6]) in grams for i in range(len(ws) - 5))
        worst = [max(worst[0], ratio), max(worst[1], jac), max(worst[2], jacc)]
        if exact or ratio >= line_at or jac >= jac_at or jacc >= jac_at or gram:
            flagged += 1
            print(f'  FLAG {label}: exact={exact} ratio={ratio:.2f} jaccard={jac:.2f}/{jacc:.2f} 6-gram={gram} :: {line}')
    print(f'{label}: {len(own)} lines against {len(earlier)} earlier; flagged {flagged}; highest ratio {worst[0]:.2f}, jaccard {worst[1]:.2f} (all words) / {worst[2]:.2f} (content words)')
    return flagged

def main():
    k_own = questions(os.path.join(ROOT, 'knowledge13', 'questions.json'))
    k_prev = [q for p in sorted(glob.glob(os.path.join(ROOT, 'knowledge*', '**', '*.json'), recursive=True))
              if '/knowledge13/' not in p and not p.endswith('documents.json') for q in questions(p)]
    s_own = [l for f in ('attempts.tsv', 'ordinary.tsv', 'redaction.tsv') for l in tsv(os.path.join(ROOT, 'safety13', f))]
    s_prev = [l for p in sorted(glob.glob(os.path.join(ROOT, 'safety*', '**', '*.tsv'), recursive=True))
              if '/safety13/' not in p for l in tsv(p)]
    n = check(k_own, k_prev, 'knowledge13 questions') + check(s_own, s_prev, 'safety13 lines')
    # Within each set, pairs of its own lines.
    for label, own in (('knowledge13 within', k_own), ('safety13 within', s_own)):
        best = 0
        for i, a in enumerate(own):
            wa = set(fold(a).split())
            for b in own[i + 1:]:
                wb = set(fold(b).split())
                best = max(best, len(wa & wb) / len(wa | wb))
        print(f'{label}: highest word Jaccard between two own lines {best:.2f}')
    sys.exit(1 if n else 0)

main()
