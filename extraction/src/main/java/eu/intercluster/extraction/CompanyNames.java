package eu.intercluster.extraction;

import java.util.regex.Pattern;

/**
 * A name that is complete before a following "di / of / de City": it ends in a company's legal form ("Ricircola
 * S.r.l.", "AlpineAI GmbH", "Medibots s.r.o.") or is an acronym ("INESC TEC"). The city is then where the
 * organisation is, not part of its name ("AlpineAI GmbH di Innsbruck").
 */
final class CompanyNames {
  private static final Pattern LEGAL_FORM = Pattern.compile("(?u)(?:^|\\s)(?:S\\.?p\\.?A\\.?|S\\.?r\\.?l\\.?(?:s\\.?)?"
      + "|GmbH|AG|SA|S\\.A\\.|SAS|SARL|S\\.L\\.|SL|SLU|B\\.?V\\.?|N\\.?V\\.?|Ltd\\.?|Inc\\.?|Plc|PLC|LLC|Kft\\.?"
      + "|d\\.o\\.o\\.?|s\\.r\\.o\\.?|a\\.s\\.?|Oy|AB|ASA|A/S|e\\.V\\.?|SpA|Srl|S\\.L\\.U\\.)$");

  private CompanyNames() {}

  static boolean endsComplete(String name) {
    return LEGAL_FORM.matcher(name).find() || Norm.isAcronymLike(name);
  }
}
