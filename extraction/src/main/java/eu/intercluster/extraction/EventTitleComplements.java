package eu.intercluster.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Romance event name may go on in lower case after its capitalised head word, as annotators mark it: "Settimana
 * europea delle regioni e delle città", "Rencontres régionales de l'économie circulaire", "Fiera del turismo rurale
 * della Dalmazia", "Journées de l’innovation alimentaire". After the head: adjectives, "di / de" complements with a
 * lower-case noun (and its adjectives), "e / et / y" before another complement, and a final "di / de" with a
 * capitalised name ("della Calabria", "de Corse"). At most {@value #MAX_WORDS} words; not in English text, where
 * such names are capitalised.
 */
final class EventTitleComplements {
  private static final int MAX_WORDS = 10;
  private static final Set<String> OF = Words.set("di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "de",
      "du", "des", "d'", "de la", "de l'", "del", "de los", "de las");
  private static final Set<String> AND = Words.set("e", "ed", "et", "y");
  private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}{3,}(?:ale|ali|ales|al|aux|ea|ee|eo|ei|ese|esi"
      + "|ico|ica|ici|iche|icos|icas|ique|iques|ivo|iva|ive|ivi|ivos|ivas|ario|aria|arie|ari|arios|arias|aire|aires"
      + "|ile|ili|iles|ano|ana|ane|ani|anos|anas|ienne|iennes|ien|iens|oise|oises|aise|aises|ense|enses|elle|elles"
      + "|ée|ées|ata|ato|ate|ati|ado|ada|ados|adas|able|ables|ible|ibles|abile|abili|ibile|ibili)");

  private EventTitleComplements() {}

  /** The exclusive end token of the name whose capitalised head is token head; head + 1 when it does not go on. */
  static int end(Doc doc, int head) {
    if ("en".equals(doc.lang)) {
      return head + 1;
    }
    int limit = Math.min(doc.sentence(doc.sentenceAt(doc.tokens.get(head).start())).last() + 1, doc.tokens.size());
    int end = head + 1;
    int i = head + 1;
    while (i < limit && i - head <= MAX_WORDS && spaced(doc, i)) {
      Token t = doc.tokens.get(i);
      String f = Words.f(t);
      if (lowerWord(t) && ADJECTIVE.matcher(f).matches() && !Words.FUNCTION.contains(f)) {
        end = ++i;
      } else if (OF.contains(f)) {
        int k = i + 1;
        while (k < limit && Words.ARTICLES.contains(Words.f(doc.tokens.get(k)))) {
          k++;
        }
        if (k >= limit) {
          break;
        }
        Token n = doc.tokens.get(k);
        if (lowerWord(n) && n.text().length() >= 3 && !Words.FUNCTION.contains(Words.f(n))) {
          end = i = k + 1;
        } else if (n.isWord() && n.isUpper()) {
          while (k < limit && doc.tokens.get(k).isWord() && doc.tokens.get(k).isUpper()) {
            k++;
          }
          return k;
        } else {
          break;
        }
      } else if (AND.contains(f) && i + 1 < limit && OF.contains(Words.f(doc.tokens.get(i + 1)))) {
        i++;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean lowerWord(Token t) {
    return t.isWord() && !t.isUpper() && t.text().chars().allMatch(Character::isLetter);
  }

  /** Whether token i follows the previous one after one space or right after an apostrophe. */
  private static boolean spaced(Doc doc, int i) {
    String gap = doc.slice(doc.tokens.get(i - 1).end(), doc.tokens.get(i).start());
    return gap.equals(" ") || gap.isEmpty() && doc.tokenText(i - 1).endsWith("'")
        || gap.isEmpty() && doc.tokenText(i - 1).endsWith("’");
  }
}
