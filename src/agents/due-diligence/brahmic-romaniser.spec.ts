import { romaniseBrahmic } from 'src/agents/due-diligence/brahmic-romaniser';
import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { scoreNamePair } from 'src/agents/due-diligence/party-screener';

const matches = (a: string, b: string) => scoreNamePair(a, b).score >= MATCH_THRESHOLD;

describe('Indian scripts in Latin letters', () => {
  it('writes the inherent a, vowel signs, the virama and nasals as Indian names are spelt', () => {
    expect(romaniseBrahmic('शर्मा').text).toBe('sharma');
    expect(romaniseBrahmic('গঙ্গা').text).toBe('ganga');
    expect(romaniseBrahmic('ગોપાલ').text).toBe('gopal');
    expect(romaniseBrahmic('ഗോപാലകൃഷ്ണൻ').text).toBe('gopalakrishnan');
    expect(romaniseBrahmic('ज्ञान').text).toBe('gyan');
    // A final a after a cluster or in -iya is said (Vastra, Rashtriya).
    expect(romaniseBrahmic('वस्त्र').text).toBe('vastra');
    expect(romaniseBrahmic('राष्ट्रीय').text).toBe('rashtriya');
  });

  it('leaves the inherent a unspoken at the end and between spoken syllables in Hindi, keeping the full spelling', () => {
    expect(romaniseBrahmic('रामलाल')).toEqual({ text: 'ramlal', full: 'ramalala' });
    expect(romaniseBrahmic('कमल')).toEqual({ text: 'kamal', full: 'kamala' });
    // Tamil writes a final consonant with the virama and says every a it writes.
    expect(romaniseBrahmic('அண்ணாமலை')).toEqual({ text: 'annamalai', full: null });
  });

  it('matches Indian company names across scripts, legal forms and loanwords included', () => {
    expect(matches('शर्मा ट्रेडर्स प्राइवेट लिमिटेड', 'Sharma Traders Private Limited')).toBe(true);
    expect(matches('रामलाल एंड संस', 'Ramlal and Sons')).toBe(true);
    expect(matches('পদ্মা ফিশারিজ লিমিটেড', 'Padma Fisheries Limited')).toBe(true);
    expect(matches('ਗੁਰੂ ਨਾਨਕ ਟ੍ਰਾਂਸਪੋਰਟ', 'Guru Nanak Transport')).toBe(true);
    expect(matches('वर्मा ट्रेडर्स', 'Sharma Traders')).toBe(false);
    // Native business words are translated and keep their own spelling too.
    expect(matches('शर्मा वस्त्र उद्योग', 'Sharma Textile Industries')).toBe(true);
    expect(matches('शर्मा वस्त्र उद्योग', 'Sharma Vastra Udyog')).toBe(true);
    expect(matches('ঢাকা বস্ত্র শিল্প', 'Dhaka Textile Industries')).toBe(true);
  });

  it('reads Sinhala by its own layout, conjuncts joined with a zero-width joiner included', () => {
    expect(romaniseBrahmic('ලංකා').text).toBe('lanka');
    expect(matches('පෙරේරා සහ පුත්‍රයෝ', 'Perera and Sons')).toBe(true);
    expect(matches('ජයසූරිය ට්‍රේඩර්ස්', 'Jayasuriya Traders')).toBe(true);
  });
});
